import { rootFacts } from '../model/lineage';
import { compareGoVersions } from '../model/gomod';
import type { ImageFacts } from '../model/catalogue';
import type { GoBuild } from '../model/types';
import { commandForm, disableCgo } from '../edits/text';
import type { SourceFile } from '../parse/source';
import { defineRule, type Fix, type Report } from './types';
import { finalImage, type FinalImage } from './util';
import { deliberateCgo, linksExternally } from '../model/cgo';

type MessageId = 'noLibc' | 'libcMismatch' | 'implicit' | 'explicitIncompatible' | 'deliberateIncompatible' | 'externalLink' | 'misspelled' | 'notExported';

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
        'With cgo on (the default wherever a C compiler exists, as in the Debian-based `golang` images), the binary is linked dynamically against the C library of the build stage. On `scratch`, distroless `static` or Chainguard `static` there is no libc and no dynamic loader, and the container dies at once with `exec /app: no such file or directory`; on a final image with another libc (glibc-built binary on Alpine) it fails the same way. Where it does start, it loads libc and the dynamic loader on every cold start. `CGO_ENABLED=0` gives a static binary that runs anywhere. A deliberate `CGO_ENABLED=1` is respected when the final image has a matching libc (distroless `base`/`cc`, Debian). A build that sets `CGO_CFLAGS`, `CGO_LDFLAGS`, `CC` or the like uses cgo on purpose: like `CGO_ENABLED=1`, it is only reported where the final image cannot run it. Cross builds are not reported: the go command turns cgo off by itself for a GOOS other than linux or a GOARCH other than amd64 and arm64. A cgo binary linked statically (`-ldflags \'-linkmode external -extldflags "-static"\'`, the usual recipe for SQLite on scratch) needs no libc and is not reported. Reported as an error where the binary cannot start, and as a warning where the final image has the libc it needs. A misspelled name (`cgo_enabled=0`, `CGO_ENABLE=0`) or a shell variable that is not exported does not reach the go command, and is reported as such.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Adds `CGO_ENABLED=0 ` in front of the `go` command, corrects a misspelled name, or exports an unexported one. Safe when the final image has no matching libc (the original binary cannot start there). Unsafe when the final image has a libc: a static binary uses Go\'s own DNS resolver and user lookup instead of the C library\'s. Offered when nothing shows that the build needs cgo. Not offered, and a build that cannot run on the final image is reported as deliberate cgo, when: CGO_ENABLED=1 is explicit; the build sets CGO_CFLAGS, CGO_LDFLAGS, CGO_LDFLAGS_ALLOW, CC or the like; it uses -race, -msan, -asan or a -buildmode that needs cgo; go.mod requires a module that only works with cgo (github.com/mattn/go-sqlite3, confluent-kafka-go, bimg, govips, go-duckdb, grocksdb, git2go, msteinert/pam, …; pure-Go ones such as modernc.org/sqlite do not count); a .go file of the build context imports "C". Choose a final image with the right libc, or link statically. Not offered either when -ldflags has -linkmode external without -extldflags "-static": the binary would stay dynamic.',
    },
    messages: {
      noLibc:
        '`go {{verb}}` runs with cgo on (the default) but the final image {{image}} has no libc: the binary is linked dynamically and fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      libcMismatch:
        '`go {{verb}}` links against {{builderLibc}} (cgo is on by default) but the final image {{image}} has {{finalLibc}}: the binary fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      implicit:
        '`go {{verb}}` runs with cgo on (the default): the binary is linked dynamically against libc and needs the C library and loader at every start; set CGO_ENABLED=0 for a static binary',
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
      if (cgoOffByItself(build, builder)) continue;
      // cgo the Dockerfile does not show: treated like CGO_ENABLED=1, never fixed by turning it off.
      const why = deliberateCgo(model, build);
      if (why) {
        if (final && incompatible(builder, final.facts)) reports.push({ messageId: 'deliberateIncompatible', ...span, data: { ...messageData(build, builder, final), why } });
        continue;
      }
      if (build.cgoMistakes.length > 0) {
        for (const m of build.cgoMistakes) {
          reports.push(
            m.kind === 'misspelled'
              ? { messageId: 'misspelled', ...m.span, data: { name: m.text }, fix: renameFix(file, m.span, m.text) }
              : { messageId: 'notExported', ...m.span, fix: { title: 'Export CGO_ENABLED', applicability: 'safe', edits: [{ start: m.span.start, end: m.span.start, text: 'export ' }] } },
          );
        }
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
      if (final && final.facts.libc === 'none') reports.push({ messageId: 'noLibc', ...span, data, fix: safe });
      else if (final && incompatible(builder, final.facts)) reports.push({ messageId: 'libcMismatch', ...span, data, fix: safe });
      // The binary runs (the final image has its libc): a warning, not an error; none when the
      // build sets CGO_CFLAGS, CGO_LDFLAGS or CC, which only a cgo build reads.
      else if (!build.cgoFlags) reports.push({ messageId: 'implicit', severity: 'warning', ...span, data, fix: fix('unsafe') });
    }
    return reports;
  },
});

/** The placeholders of the messages, made only for a build that is reported. */
function messageData(build: GoBuild, builder: ImageFacts | undefined, final: FinalImage | undefined): Record<string, string> {
  return {
    image: final?.image ?? 'final image',
    binary: build.output ?? '/app',
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
 * Go 1.20 and later turn cgo off when no C compiler is found, as in golang:*-alpine. The binary is
 * then static already, unless the stage installs a compiler.
 */
function cgoOffByItself(build: GoBuild, builder: ImageFacts | undefined): boolean {
  if (crossCompiles(build)) return true;
  if (!builder || builder.hasCCompiler !== false) return false;
  if (builder.goVersion !== undefined && (compareGoVersions(builder.goVersion, '1.20') ?? 0) < 0) return false;
  return !installsCompiler(build);
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

const COMPILER_PACKAGES = new Set(['gcc', 'build-base', 'clang', 'musl-dev', 'g++', 'build-essential', 'libc6-dev', 'libc-dev']);

function installsCompiler(build: GoBuild): boolean {
  for (let s: typeof build.stage | undefined = build.stage, n = 0; s && n < 64; s = s.base.kind === 'stage' ? s.base.stage : undefined, n++) {
    for (const run of s.runs) {
      for (const cmd of run.commands) for (const w of cmd.words) if (COMPILER_PACKAGES.has(w.text)) return true;
    }
  }
  return false;
}

function renameFix(file: SourceFile, span: { start: number; end: number }, name: string): Fix {
  // In an exec-form array the word's span starts at its opening quote.
  const start = file.text[span.start] === '"' ? span.start + 1 : span.start;
  return { title: `Rename ${name} to CGO_ENABLED`, applicability: 'safe', edits: [{ start, end: start + name.length, text: 'CGO_ENABLED' }] };
}
