import { rootFacts } from '../model/lineage';
import { compilerInstalled } from '../model/compiler';
import type { ImageFacts } from '../model/catalogue';
import type { GoBuild } from '../model/types';
import { commandForm, disableCgo } from '../edits/text';
import type { SourceFile } from '../parse/source';
import { defineRule, type Fix, type Report } from './types';
import { finalImage, rootImageText, type FinalImage } from './util';
import { deliberateCgo, linksExternally } from '../model/cgo';

type MessageId = 'noLibc' | 'libcMismatch' | 'implicit' | 'noCompiler' | 'explicitIncompatible' | 'deliberateIncompatible' | 'externalLink' | 'misspelled' | 'notExported';

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
        'With cgo on (the default wherever a C compiler exists, as in the Debian-based `golang` images), the binary is linked dynamically against the C library of the build stage. On `scratch`, distroless `static` or Chainguard `static` there is no libc and no dynamic loader, and the container dies at once with `exec /app: no such file or directory`; on a final image with another libc (glibc-built binary on Alpine) it fails the same way. Where it does start, it loads libc and the dynamic loader on every cold start. `CGO_ENABLED=0` gives a static binary that runs anywhere. A deliberate `CGO_ENABLED=1` is respected when the final image has a matching libc (distroless `base`/`cc`, Debian). A build that sets `CGO_CFLAGS`, `CGO_LDFLAGS`, `CC` or the like uses cgo on purpose: like `CGO_ENABLED=1`, it is only reported where the final image cannot run it. Cross builds are not reported: the go command turns cgo off by itself for a GOOS other than linux or a GOARCH other than amd64 and arm64. A cgo binary linked statically (`-ldflags \'-linkmode external -extldflags "-static"\'`, the usual recipe for SQLite on scratch) needs no libc and is not reported. Reported as an error where the binary cannot start, and as a warning where the final image has the libc it needs. Go 1.20 and later turn cgo off when they find no C compiler, as in `golang:*-alpine`: there the binary is static by accident, and the first `apk add build-base` (for the race detector, for SQLite), in that stage or one it is built FROM, silently makes it dynamic; reported as info, so that CGO_ENABLED=0 is written down. A compiler installed before the build (`apk add gcc`, `build-base`, `musl-dev`) turns cgo on, and the build is judged as on a Debian builder; a package list in a variable is not judged. A misspelled name (`cgo_enabled=0`, `CGO_ENABLE=0`) or a shell variable that is not exported does not reach the go command, and is reported as such (as info where cgo is off for want of a compiler).',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Adds `CGO_ENABLED=0 ` in front of the `go` command, corrects a misspelled name, or exports an unexported one. Safe when the final image has no matching libc (the original binary cannot start there), and where cgo is off for want of a C compiler (writing CGO_ENABLED=0 changes nothing in the binary). Unsafe when the final image has a libc: a static binary uses Go\'s own DNS resolver and user lookup instead of the C library\'s. Offered when nothing shows that the build needs cgo. Not offered, and a build that cannot run on the final image is reported as deliberate cgo, when: CGO_ENABLED=1 is explicit; the build sets CGO_CFLAGS, CGO_LDFLAGS, CGO_LDFLAGS_ALLOW, CC or the like; it uses -race, -msan, -asan or a -buildmode that needs cgo; go.mod requires a module that only works with cgo (github.com/mattn/go-sqlite3, confluent-kafka-go, bimg, govips, go-duckdb, grocksdb, git2go, msteinert/pam, …; pure-Go ones such as modernc.org/sqlite do not count); a .go file of the build context imports "C". Choose a final image with the right libc, or link statically. Not offered either when -ldflags has -linkmode external without -extldflags "-static": the binary would stay dynamic. Where the builder has no C compiler, a misspelled or unexported name is corrected only when it sets 0 (a 1 reaching the go command would turn cgo on without a compiler, and the build would fail).',
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
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    const final = finalImage(model);
    for (const build of model.goBuilds) {
      if (!build.shipped) continue;
      const cgo = build.cgo.value;
      // `-extldflags "-static"`: linked statically, the binary needs no libc where it runs.
      if (cgo === undefined || build.staticLink) continue;
      const builder = rootFacts(build.stage);
      const span = { start: build.goWord.start, end: build.verbWord.end };
      if (cgo === '0') {
        if (linksExternally(build) && final?.facts.libc === 'none') reports.push({ messageId: 'externalLink', ...span, data: messageData(build, builder, final) });
        continue;
      }
      if (cgo !== null) {
        // Set on purpose: respected unless the final image cannot run it.
        if (cgo === '' || !final || !incompatible(builder, final.facts)) continue;
        reports.push({ messageId: 'explicitIncompatible', ...span, data: messageData(build, builder, final) });
        continue;
      }
      if (crossCompiles(build)) continue;
      // No compiler in the image: cgo is off by default, unless one is installed before the build.
      const compiler = compilerInstalled(build);
      if (compiler === 'maybe') continue;
      // cgo the Dockerfile does not show: treated like CGO_ENABLED=1, never fixed by turning it off.
      const why = deliberateCgo(model, build);
      if (why) {
        if (compiler !== 'no' && final && incompatible(builder, final.facts)) reports.push({ messageId: 'deliberateIncompatible', ...span, data: { ...messageData(build, builder, final), why } });
        continue;
      }
      if (build.cgoMistakes.length > 0) {
        reports.push(...mistakes(file, build, compiler === 'no'));
        continue;
      }
      const fix = (applicability: 'safe' | 'unsafe'): Fix => ({
        title: 'Build with CGO_ENABLED=0',
        applicability,
        edits: [disableCgo(commandForm(build.run), build.goWord)],
      });
      const data = messageData(build, builder, final);
      // -linkmode external keeps the binary dynamic with cgo off: CGO_ENABLED=0 alone would not help.
      const safe = linksExternally(build) ? undefined : fix('safe');
      // Static today, by accident: writing CGO_ENABLED=0 changes nothing but keeps it so.
      if (compiler === 'no') {
        if (!build.cgoFlags && safe) reports.push({ messageId: 'noCompiler', severity: 'info', ...span, data, fix: safe });
      } else if (final && final.facts.libc === 'none') reports.push({ messageId: 'noLibc', ...span, data, fix: safe });
      else if (final && incompatible(builder, final.facts)) reports.push({ messageId: 'libcMismatch', ...span, data, fix: safe });
      // The binary runs (the final image has its libc): a warning, not an error; none when the
      // build sets CGO_CFLAGS, CGO_LDFLAGS or CC, which only a cgo build reads.
      else if (!build.cgoFlags) reports.push({ messageId: 'implicit', severity: 'warning', ...span, data, fix: fix('unsafe') });
    }
    return reports;
  },
});

/**
 * A misspelled or unexported CGO_ENABLED. Where the builder has no C compiler cgo is off anyway:
 * reported as info, and fixed only when the name sets 0 (making a 1 reach the go command would
 * turn cgo on where no compiler exists, and the build would fail).
 */
function mistakes(file: SourceFile, build: GoBuild, noCompiler: boolean): Report<MessageId>[] {
  return build.cgoMistakes.map((m): Report<MessageId> => {
    const severity = noCompiler ? ({ severity: 'info' } as const) : {};
    const fixable = !noCompiler || setsZero(file, m.span, m.text);
    if (m.kind === 'misspelled') return { messageId: 'misspelled', ...severity, ...m.span, data: { name: m.text }, fix: fixable ? renameFix(file, m.span, m.text) : undefined };
    const fix: Fix = { title: 'Export CGO_ENABLED', applicability: 'safe', edits: [{ start: m.span.start, end: m.span.start, text: 'export ' }] };
    return { messageId: 'notExported', ...severity, ...m.span, fix: fixable ? fix : undefined };
  });
}

/** Is the value written right after a name `=0` (`NAME=0`, `NAME="0"`)? */
function setsZero(file: SourceFile, span: { start: number }, name: string): boolean {
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

function renameFix(file: SourceFile, span: { start: number; end: number }, name: string): Fix {
  // In an exec-form array the word's span starts at its opening quote.
  const start = file.text[span.start] === '"' ? span.start + 1 : span.start;
  return { title: `Rename ${name} to CGO_ENABLED`, applicability: 'safe', edits: [{ start, end: start + name.length, text: 'CGO_ENABLED' }] };
}
