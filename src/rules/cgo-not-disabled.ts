import { rootFacts } from '../model/lineage';
import { compilerInstalled } from '../model/compiler';
import type { ImageFacts } from '../model/catalogue';
import type { GoBuild, HostBuild, Model } from '../model/types';
import { disableCgo } from '../edits/text';
import { offer, type NoFix } from '../edits/types';
import { releaseEnvEdits } from '../edits/goreleaser';
import type { SourceFile } from '../parse/source';
import { defineRule, type Fix, type Report } from './types';
import { buildEdits, buildForm, buildPlace, finalImage, hostBinaryPath, hostLabel, hostPlace, rootImageText, type FinalImage } from './util';
import { deliberateCgo, linksExternally, pieNeedsCgo } from '../model/cgo';

type MessageId =
  | 'noLibc'
  | 'libcMismatch'
  | 'implicit'
  | 'noCompiler'
  | 'explicitIncompatible'
  | 'deliberateIncompatible'
  | 'externalLink'
  | 'misspelled'
  | 'notExported'
  | 'hostNoLibc'
  | 'hostLibcMismatch'
  | 'hostImplicit'
  | 'hostExplicitIncompatible';

export default defineRule<MessageId>({
  meta: {
    code: 'GD001',
    name: 'cgo-not-disabled',
    severity: 'error',
    fixable: ['safe', 'unsafe'],
    tags: ['correctness', 'startup', 'size'],
    docs: {
      summary: 'A `go build` whose binary ships in the final image runs without `CGO_ENABLED=0`.',
      why:
        'With cgo on (the default wherever a C compiler exists, as in the Debian-based `golang` images), the binary is linked dynamically against the C library of the build stage. On `scratch`, distroless `static` or Chainguard `static` there is no libc and no dynamic loader, and the container dies at once with `exec /app: no such file or directory`; on a final image with another libc (glibc-built binary on Alpine) it fails the same way. Where it does start, it loads libc and the dynamic loader on every cold start. `CGO_ENABLED=0` gives a static binary that runs anywhere. A deliberate `CGO_ENABLED=1` is respected when the final image has a matching libc (distroless `base`/`cc`, Debian). A build that sets `CGO_CFLAGS`, `CGO_LDFLAGS`, `CC` or the like uses cgo on purpose: like `CGO_ENABLED=1`, it is only reported where the final image cannot run it. Cross builds are not reported: the go command turns cgo off by itself for a GOOS other than linux or a GOARCH other than amd64 and arm64. A cgo binary linked statically (`-ldflags \'-linkmode external -extldflags "-static"\'`, the usual recipe for SQLite on scratch) needs no libc and is not reported. Reported as an error where the binary cannot start, and as a warning where the final image has the libc it needs. Go 1.20 and later turn cgo off when they find no C compiler, as in `golang:*-alpine`: there the binary is static by accident, and the first `apk add build-base` (for the race detector, for SQLite), in that stage or one it is built FROM, silently makes it dynamic; reported as info, so that CGO_ENABLED=0 is written down. A compiler installed before the build (`apk add gcc`, `build-base`, `musl-dev`) turns cgo on, and the build is judged as on a Debian builder; a package list in a variable is not judged. A misspelled name (`cgo_enabled=0`, `CGO_ENABLE=0`) or a shell variable that is not exported does not reach the go command, and is reported as such (as info where cgo is off for want of a compiler). The go build may also be written in a Makefile or a script the RUN runs (`RUN make build`, `RUN ./build.sh`), or run before `docker build`: a GoReleaser build of a `dockers` entry that names the Dockerfile, or a Makefile target whose binary the Dockerfile copies in when the same Makefile builds the image. Those run on the machine that makes the release, a Linux CI runner with a C compiler, where a linux/amd64 build has cgo on unless `CGO_ENABLED=0` says otherwise (in the GoReleaser file, the Makefile, or the `env` of the GitHub Actions step that runs GoReleaser); the finding then points into the Makefile, script or GoReleaser file. A build for another platform (an arm64 image built on amd64) is a cross build, with cgo off. Flags that cannot be known (`$(FLAGS)`) may link a deliberate cgo build statically: not reported.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Adds `CGO_ENABLED=0 ` in front of the `go` command, corrects a misspelled name, or exports an unexported one. Safe when the final image has no matching libc (the original binary cannot start there), and where cgo is off for want of a C compiler (writing CGO_ENABLED=0 changes nothing in the binary). Unsafe when the final image has a libc: a static binary uses Go\'s own DNS resolver and user lookup instead of the C library\'s. Offered when nothing shows that the build needs cgo. Not offered, and a build that cannot run on the final image is reported as deliberate cgo, when: CGO_ENABLED=1 is explicit; the build sets CGO_CFLAGS, CGO_LDFLAGS, CGO_LDFLAGS_ALLOW, CC or the like; it uses -race, -msan, -asan or a -buildmode that needs cgo; go.mod requires a module that only works with cgo (github.com/mattn/go-sqlite3, confluent-kafka-go, bimg, govips, go-duckdb, grocksdb, git2go, msteinert/pam, …; pure-Go ones such as modernc.org/sqlite do not count); a .go file of the build context imports "C". Choose a final image with the right libc, or link statically. Not offered either when -ldflags has -linkmode external without -extldflags "-static": the binary would stay dynamic. Nor for a `-buildmode=pie` build unless it targets a platform where Go links PIE itself (linux/amd64, arm64, loong64, ppc64le; GOARCH written on the build): elsewhere, and on a builder whose platform a multi-platform build varies, PIE with cgo off fails with \"-buildmode=pie requires external (cgo) linking\". Where the builder has no C compiler, a misspelled or unexported name is corrected only when it sets 0 (a 1 reaching the go command would turn cgo on without a compiler, and the build would fail). In a Makefile, a script or a GoReleaser file the fix edits that file (`CGO_ENABLED=0` before the go command, or first in the build\'s `env`) and is unsafe: the file also makes binaries for other uses (release archives, local builds), which become static as well. Not offered where the go command comes from a make variable (`$(GOBUILD)`), or where the GoReleaser settings are shared through a YAML alias.',
    },
    messages: {
      noLibc:
        '`go {{verb}}` runs with cgo on (the default) but the final image {{image}} has no libc: the binary is linked dynamically and fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      libcMismatch:
        '`go {{verb}}` links against {{builderLibc}} (cgo is on by default) but the final image {{image}} has {{finalLibc}}: the binary fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      implicit:
        '`go {{verb}}` runs with cgo on (the default): the binary is linked dynamically against libc and needs the C library and loader at every start; set CGO_ENABLED=0 for a static binary',
      noCompiler:
        '`go {{verb}}` has cgo off only because {{builder}} has no C compiler: the first `apk add build-base` (for the race detector, for SQLite) silently turns the static binary dynamic; write CGO_ENABLED=0',
      deliberateIncompatible:
        '`go {{verb}}` uses cgo on purpose ({{why}}): the binary needs {{builderLibc}}, but the final image {{image}} has {{finalLibc}}, so it fails with "exec {{binary}}: no such file or directory"; use a final image with {{builderLibc}} (e.g. {{libcImage}}) or link statically (-ldflags \'-linkmode external -extldflags "-static"\'); CGO_ENABLED=0 would break the build',
      externalLink:
        '`go {{verb}}` links with -linkmode external, which makes a dynamic binary even with CGO_ENABLED=0; the final image {{image}} has no libc, so it fails with "exec {{binary}}: no such file or directory"; remove -linkmode external or add -extldflags "-static"',
      explicitIncompatible:
        'CGO_ENABLED={{value}} builds a binary that needs {{builderLibc}}, but the final image {{image}} has {{finalLibc}}: it fails with "exec {{binary}}: no such file or directory"; use a final image with {{builderLibc}} (e.g. {{libcImage}}) or CGO_ENABLED=0',
      misspelled:
        '{{name}} does not disable cgo: environment variable names are case-sensitive and the go command only reads CGO_ENABLED; write CGO_ENABLED=0',
      notExported:
        'CGO_ENABLED is set as a shell variable but not exported, so `go build` never sees it and cgo stays on; write `CGO_ENABLED=0 go build` or `export CGO_ENABLED=0`',
      hostNoLibc:
        '{{build}} runs `go build` without CGO_ENABLED=0 on a {{platform}} build machine with a C compiler: the binary {{dockerfile}} copies in is linked dynamically against glibc, but its final image {{image}} has no libc: it fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      hostLibcMismatch:
        '{{build}} runs `go build` without CGO_ENABLED=0 on a {{platform}} build machine with a C compiler: the binary {{dockerfile}} copies in links against glibc, but its final image {{image}} has {{finalLibc}}: it fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      hostImplicit:
        '{{build}} runs `go build` without CGO_ENABLED=0 on a {{platform}} build machine with a C compiler: the binary {{dockerfile}} copies in is linked dynamically against glibc and needs the C library and loader at every start; set CGO_ENABLED=0 for a static binary',
      hostExplicitIncompatible:
        'CGO_ENABLED={{value}} in {{build}} builds a binary that needs glibc, but the final image {{image}} of {{dockerfile}} has {{finalLibc}}: it fails with "exec {{binary}}: no such file or directory"; use a final image with glibc (e.g. gcr.io/distroless/base-debian12:nonroot) or CGO_ENABLED=0',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    const final = finalImage(model);
    for (const build of model.goBuilds) if (build.shipped) judgeBuild(reports, file, model, build, final);
    for (const build of model.hostBuilds) judgeHostBuild(reports, file, build, final);
    return reports;
  },
});

/** Report one shipped build of a stage (written in the Dockerfile, or in a Makefile or script a RUN runs). */
function judgeBuild(reports: Report<MessageId>[], file: SourceFile, model: Model, build: GoBuild, final: FinalImage | undefined): void {
  const cgo = build.cgo.value;
  // `-extldflags "-static"`: linked statically, the binary needs no libc where it runs.
  if (cgo === undefined || build.staticLink) return;
  const builder = rootFacts(build.stage);
  const place = buildPlace(build);
  if (cgo === '0') {
    if (linksExternally(build) && final?.facts.libc === 'none') reports.push({ messageId: 'externalLink', ...place, data: messageData(build, builder, final) });
    return;
  }
  if (cgo !== null) {
    // Set on purpose: respected unless the final image cannot run it. Flags that cannot be known
    // (`$(FLAGS)`) may link it statically, as cgo builds for scratch and alpine often are.
    if (cgo === '' || !final || !incompatible(builder, final.facts) || build.opaqueArgs) return;
    reports.push({ messageId: 'explicitIncompatible', ...place, data: messageData(build, builder, final) });
    return;
  }
  if (crossCompiles(build)) return;
  // No compiler in the image: cgo is off by default, unless one is installed before the build.
  const compiler = compilerInstalled(build);
  if (compiler === 'maybe') return;
  // cgo the Dockerfile does not show: treated like CGO_ENABLED=1, never fixed by turning it off.
  const why = deliberateCgo(model, build);
  if (why) {
    if (compiler !== 'no' && final && incompatible(builder, final.facts)) reports.push({ messageId: 'deliberateIncompatible', ...place, data: { ...messageData(build, builder, final), why } });
    return;
  }
  if (build.cgoMistakes.length > 0) {
    reports.push(...mistakes(file, build, compiler === 'no', place.anchor));
    return;
  }
  const pie = pieNeedsCgo(build);
  const fix = (applicability: 'safe' | 'unsafe'): Fix | NoFix | undefined => {
    if (pie) return { reason: pie };
    const edits = buildEdits(build, [build.goWord], [disableCgo(buildForm(build), build)]);
    // A Makefile or script also makes binaries for other uses (local builds): there, never a safe fix.
    return edits && { title: 'Build with CGO_ENABLED=0', applicability: build.file ? 'unsafe' : applicability, edits };
  };
  const data = messageData(build, builder, final);
  // -linkmode external keeps the binary dynamic with cgo off: CGO_ENABLED=0 alone would not help.
  const safe = linksExternally(build) ? undefined : fix('safe');
  // Static today, by accident: writing CGO_ENABLED=0 changes nothing but keeps it so.
  if (compiler === 'no') {
    if (!build.cgoFlags && safe) reports.push({ messageId: 'noCompiler', severity: 'info', ...place, data, ...offer(safe) });
  } else if (final && final.facts.libc === 'none') reports.push({ messageId: 'noLibc', ...place, data, ...offer(safe) });
  else if (final && incompatible(builder, final.facts)) reports.push({ messageId: 'libcMismatch', ...place, data, ...offer(safe) });
  // The binary runs (the final image has its libc): a warning, not an error; none when the
  // build sets CGO_CFLAGS, CGO_LDFLAGS or CC, which only a cgo build reads.
  else if (!build.cgoFlags) reports.push({ messageId: 'implicit', severity: 'warning', ...place, data, ...offer(fix('unsafe')) });
}

/** The machine a build made before `docker build` runs on: a Linux CI runner, amd64, with a C compiler and glibc. */
const HOST: Pick<ImageFacts, 'libc' | 'hasCCompiler'> = { libc: 'glibc', hasCCompiler: true };

/** Report a build made before `docker build` (GoReleaser, a Makefile target) whose binary the image copies in. */
function judgeHostBuild(reports: Report<MessageId>[], file: SourceFile, build: HostBuild, final: FinalImage | undefined): void {
  const cgo = build.cgo.value;
  if (cgo === '0' || cgo === undefined || build.staticLink || !final) return;
  // The runner is amd64 Linux: a build for another platform is a cross build, with cgo off.
  if ((build.goos !== undefined && build.goos !== 'linux') || (build.goarch !== undefined && build.goarch !== 'amd64')) return;
  const place = hostPlace(build, 'env');
  const data = {
    build: hostLabel(build),
    platform: 'linux/amd64',
    dockerfile: file.path,
    image: final.image,
    binary: hostBinaryPath(build),
    finalLibc: libcName(final.facts.libc),
    value: cgo ?? '',
  };
  if (cgo !== null) {
    if (cgo !== '' && incompatible(HOST as ImageFacts, final.facts) && !build.command?.opaqueArgs) reports.push({ messageId: 'hostExplicitIncompatible', ...place, data });
    return;
  }
  // Changing how the file builds changes every binary it makes (release archives, local builds): never a safe fix.
  const edits = build.release ? releaseEnvEdits(build.release, 'CGO_ENABLED=0') : build.command && buildEdits(build.command, [build.command.goWord], [disableCgo('shell', build.command)]);
  const fix: Fix | undefined = edits && { title: 'Build with CGO_ENABLED=0', applicability: 'unsafe', edits };
  if (final.facts.libc === 'none') reports.push({ messageId: 'hostNoLibc', ...place, data, fix });
  else if (incompatible(HOST as ImageFacts, final.facts)) reports.push({ messageId: 'hostLibcMismatch', ...place, data, fix });
  else if (!build.cgoFlags) reports.push({ messageId: 'hostImplicit', severity: 'warning', ...place, data, fix });
}

/**
 * A misspelled or unexported CGO_ENABLED. Where the builder has no C compiler cgo is off anyway:
 * reported as info, and fixed only when the name sets 0 (making a 1 reach the go command would
 * turn cgo on where no compiler exists, and the build would fail).
 */
function mistakes(file: SourceFile, build: GoBuild, noCompiler: boolean, anchor: number | undefined): Report<MessageId>[] {
  return build.cgoMistakes.map((m): Report<MessageId> => {
    const severity = noCompiler ? ({ severity: 'info' } as const) : {};
    // Where the name is written: the Dockerfile, or the Makefile or script the RUN runs.
    const text = m.file ?? file;
    const where = m.file ? { file: m.file, ...(anchor !== undefined ? { anchor } : {}) } : {};
    const inFile = (fix: Fix): Fix => (m.file ? { ...fix, edits: fix.edits.map((e) => ({ ...e, file: m.file?.path })) } : fix);
    const fixable = m.asWritten && (!noCompiler || setsZero(text, m.span, m.text));
    if (m.kind === 'misspelled') return { messageId: 'misspelled', ...severity, ...m.span, ...where, data: { name: m.text }, fix: fixable ? inFile(renameFix(text, m.span, m.text)) : undefined };
    const fix: Fix = { title: 'Export CGO_ENABLED', applicability: 'safe', edits: [{ start: m.span.start, end: m.span.start, text: 'export ' }] };
    return { messageId: 'notExported', ...severity, ...m.span, ...where, fix: fixable ? inFile(fix) : undefined };
  });
}

/** Is the value written right after a name `=0` (`NAME=0`, `NAME="0"`)? */
function setsZero(file: { text: string }, span: { start: number }, name: string): boolean {
  // In an exec-form array the word starts at its opening quote.
  const at = (file.text[span.start] === '"' ? span.start + 1 : span.start) + name.length;
  for (const value of ['=0', '="0"', "='0'"]) {
    const next = file.text[at + value.length] ?? '';
    if (file.text.startsWith(value, at) && !isWordChar(next)) return true;
  }
  return false;
}

function isWordChar(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_';
}

/** The placeholders of the messages, made only for a build that is reported. */
function messageData(build: GoBuild, builder: ImageFacts | undefined, final: FinalImage | undefined): Record<string, string> {
  return {
    image: final?.image ?? 'final image',
    binary: build.output ?? '/app',
    builder: rootImageText(build.stage),
    builderLibc: libcName(builder?.libc === 'musl' ? 'musl' : 'glibc'),
    finalLibc: libcName(final?.facts.libc ?? 'unknown'),
    value: build.cgo.value ?? '',
    verb: build.verb,
    libcImage: builder?.libc === 'musl' ? 'alpine:3.20' : 'gcr.io/distroless/base-debian12:nonroot',
  };
}

function libcName(libc: string): string {
  return libc === 'none' ? 'no libc' : libc === 'unknown' ? 'an unknown libc' : libc;
}

/** A binary linked against the builder's libc cannot start on a final image without that libc. */
function incompatible(builder: ImageFacts | undefined, final: ImageFacts): boolean {
  if (final.libc === 'none') return true;
  const built = builder?.libc === 'musl' ? 'musl' : builder?.libc === 'glibc' ? 'glibc' : undefined;
  return built !== undefined && (final.libc === 'glibc' || final.libc === 'musl') && final.libc !== built;
}

/**
 * The go command turns cgo off by default when it cross-compiles (GOOS/GOARCH other than its
 * own). It runs on Linux, on amd64 or arm64 machines in practice: a GOOS other than linux, or a
 * GOARCH such as 386, arm or s390x, is a cross build. GOARCH=amd64 or arm64 may be either.
 */
function crossCompiles(build: GoBuild): boolean {
  const goos = build.goos.value;
  const goarch = build.goarch.value;
  // Unset or empty (`GOOS=$TARGETOS` without `ARG TARGETOS`): the build machine's own, not a cross build.
  if (goos && goos !== 'linux' && !goos.includes('$')) return true;
  return !!goarch && !goarch.includes('$') && goarch !== 'amd64' && goarch !== 'arm64';
}

function renameFix(file: { text: string }, span: { start: number; end: number }, name: string): Fix {
  // In an exec-form array the word's span starts at its opening quote.
  const start = file.text[span.start] === '"' ? span.start + 1 : span.start;
  return { title: `Rename ${name} to CGO_ENABLED`, applicability: 'safe', edits: [{ start, end: start + name.length, text: 'CGO_ENABLED' }] };
}
