import { commandForm, insertArgsBefore } from '../edits/text';
import { insertAfterFrom } from '../edits/layout';
import { stageLineage, stagePlatform } from '../model/lineage';
import { goWrapper } from '../model/go';
import { basename } from '../model/paths';
import type { GoBuild, Stage } from '../model/types';
import type { SourceFile } from '../parse/source';
import { defineRule, type Edit, type Fix, type Report } from './types';
import { buildPlace, refersTo } from './util';

type MessageId = 'buildMachineBinary' | 'undeclaredTarget';

const PLATFORM_ARGS = ['TARGETOS', 'TARGETARCH'] as const;

export default defineRule<MessageId>({
  meta: {
    code: 'GD019',
    name: 'build-platform-mismatch',
    severity: 'error',
    fixable: ['safe'],
    tags: ['correctness', 'multi-platform'],
    precision: 'high',
    docs: {
      summary: 'A builder stage `FROM --platform=$BUILDPLATFORM` whose shipped `go build` sets no GOARCH from TARGETARCH.',
      why:
        '`FROM --platform=$BUILDPLATFORM` runs the builder on the build machine\'s own platform, so that a multi-platform build (`docker buildx build --platform linux/amd64,linux/arm64`) compiles natively instead of under emulation. The go command then builds for the machine it runs on, unless GOOS and GOARCH say otherwise: without `GOARCH=$TARGETARCH` every platform\'s image gets the build machine\'s binary, and the arm64 image fails at once with `exec /app: exec format error`. TARGETOS and TARGETARCH are only visible in a stage that declares them (`ARG TARGETOS TARGETARCH`): `GOARCH=$TARGETARCH` without the ARG is empty, which the go command takes as unset. Not reported when GOARCH is set some other way (ENV, an exported variable, `go env -w`, a value of its own), for `xx-go` builds (tonistiigi/xx sets GOOS and GOARCH itself, also after `xx-go --wrap`), for builds that do not ship, for a GOOS of another system (`GOOS=darwin`: a release artifact the image does not run), for a builder whose image is picked by the target platform (`FROM --platform=$BUILDPLATFORM toolchain:${TARGETARCH}`, also through global ARGs: a per-target cross toolchain whose environment cannot be seen), or when the builder has no `--platform` or `--platform=$TARGETPLATFORM` (it then builds on the target platform).',
      bad: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETOS TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Safe: declares `ARG TARGETOS TARGETARCH` after the builder\'s FROM (the names it does not declare yet) and writes `GOOS=$TARGETOS GOARCH=$TARGETARCH ` in front of the `go` command (only `GOARCH=` when GOOS is already set). The build for the build machine\'s own platform is the same as before; the other platforms get a binary they can run. Only the ARG is added when GOARCH already names an undeclared `$TARGETARCH`. Not offered for an exec-form RUN (no shell expands `$TARGETARCH` there), for a go command written in a Makefile or script the RUN runs (the finding points there; the file may also run outside the image build), for a go command run through a wrapper (`time`, `exec`, `xargs`: the prefix would be the command it runs), nor for a build with cgo on purpose (`CGO_ENABLED=1`, `CGO_CFLAGS`, `CC`): a cgo cross build needs a C cross compiler (tonistiigi/xx provides one).',
    },
    messages: {
      buildMachineBinary:
        '`go {{verb}}` runs on the build machine\'s platform (FROM --platform={{platform}}) and sets no GOARCH: every platform\'s image gets the build machine\'s binary, which fails with "exec format error" on the others; build with GOOS=$TARGETOS GOARCH=$TARGETARCH',
      undeclaredTarget:
        'GOARCH comes from $TARGETARCH, which this stage does not declare: it is empty, so `go {{verb}}` builds for the build machine (FROM --platform={{platform}}) and the other platforms\' images fail with "exec format error"; add ARG TARGETARCH to the stage',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    // A final image built for the build machine too has the binary's platform (a problem of its own).
    if (model.finalLineage.some((s) => onBuildPlatform(s))) return [];
    const reports: Report<MessageId>[] = [];
    for (const build of model.goBuilds) {
      if (!build.shipped || !onBuildPlatform(build.stage) || setsTarget(build) || otherOs(build) || usesXx(build) || imageByTarget(build.stage)) continue;
      const platform = stagePlatform(build.stage)?.text ?? '$BUILDPLATFORM';
      const undeclared = build.goarch.source !== 'default' && refersTo(build.goarch.word?.text ?? '', 'TARGETARCH') && !build.run.scope.has('TARGETARCH');
      const noFix = noFixReason(build);
      const data = { verb: build.verb, platform };
      if (undeclared) {
        // GOARCH is written in the RUN (a word of the Dockerfile), or the build is in another file.
        const word = build.goarch.word && !build.file ? build.goarch.word : undefined;
        const at = word ? { start: word.start, end: word.end } : buildPlace(build);
        const names = refersTo(build.goos.word?.text ?? '', 'TARGETOS') ? PLATFORM_ARGS : (['TARGETARCH'] as const);
        // The ARG goes into the Dockerfile's stage, also when the go command is in a script the RUN runs.
        const declareNoFix = build.file ? cgoReason(build) : noFix;
        const fix = declareNoFix ? undefined : declareFix(file, build.stage, build, names);
        reports.push({ messageId: 'undeclaredTarget', ...at, data, ...(fix ? { fix } : declareNoFix ? { noFix: declareNoFix } : {}) });
        continue;
      }
      reports.push({ messageId: 'buildMachineBinary', ...buildPlace(build), data, ...(noFix ? { noFix } : { fix: targetFix(file, build) }) });
    }
    return reports;
  },
});

/** Does the stage run on the build machine's platform (`--platform=$BUILDPLATFORM`, here or up its FROM chain)? */
function onBuildPlatform(stage: Stage): boolean {
  const p = stagePlatform(stage)?.text;
  if (p === undefined) return false;
  if (isVariable(p, 'BUILDPLATFORM')) return true;
  const slash = p.indexOf('/');
  return slash !== -1 && isVariable(p.slice(0, slash), 'BUILDOS') && isVariable(p.slice(slash + 1), 'BUILDARCH');
}

/** Is `text` the variable `name` alone: `$NAME`, `${NAME}`, or with a default (`${NAME:-linux/amd64}`)? */
function isVariable(text: string, name: string): boolean {
  if (text === `$${name}` || text === `\${${name}}`) return true;
  return text.endsWith('}') && (text.startsWith(`\${${name}:-`) || text.startsWith(`\${${name}-`));
}

/** Does the build choose its target: GOARCH set to a value, even one only known at build time? */
function setsTarget(build: GoBuild): boolean {
  return build.goarch.source !== 'default' && build.goarch.value !== '' && build.goarch.value !== null;
}

/**
 * tonistiigi/xx: `xx-go build` sets GOOS, GOARCH (and GOARM...) from TARGETPLATFORM itself, and
 * after `xx-go --wrap` the plain `go` command does.
 */
function usesXx(build: GoBuild): boolean {
  if (basename(build.goWord.text) === 'xx-go') return true;
  for (const stage of stageLineage(build.stage)) {
    for (const run of stage.runs) {
      if (stage === build.stage && run.span.start > build.run.span.start) continue;
      for (const cmd of run.commands) {
        const words = cmd.words.map((w) => w.text);
        if (words.length > 1 && basename(words[0]) === 'xx-go' && words.includes('--wrap')) return true;
      }
    }
  }
  return false;
}

/**
 * A GOOS of its own other than linux (`GOOS=darwin go build`, `GOOS=windows`): a release artifact
 * for another system, which the image does not run, whatever its GOARCH.
 */
function otherOs(build: GoBuild): boolean {
  return build.goos.source !== 'default' && typeof build.goos.value === 'string' && build.goos.value !== '' && !build.goos.value.includes('$') && build.goos.value !== 'linux';
}

/**
 * The builder's image is picked by the target platform (`toolchain:${TARGETARCH}`, here or up its
 * FROM chain): a per-target cross toolchain whose environment may well set GOOS and GOARCH, and
 * cannot be seen, so that nothing can be said about the platform it builds for.
 */
function imageByTarget(stage: Stage): boolean {
  return stageLineage(stage).some((s) => s.imageByTarget === true);
}

/** Why the fix cannot be offered, or undefined when it can. */
function noFixReason(build: GoBuild): string | undefined {
  if (build.file) return `the go command is in ${build.file.path}, which may also run outside this image build`;
  if (build.run.form === 'exec') return 'an exec-form RUN does not expand $TARGETARCH';
  const wrapper = goWrapper(build);
  if (wrapper) return `the go command runs through \`${wrapper}\`, which would take GOOS=... for the command to run`;
  return cgoReason(build);
}

function cgoReason(build: GoBuild): string | undefined {
  return build.cgo.value === '1' || build.cgoFlags ? 'cgo is on on purpose, and a cgo cross build needs a C cross compiler' : undefined;
}

/** `ARG TARGETOS TARGETARCH` after the stage's FROM, for the names the RUN does not see yet. */
function declareFix(file: SourceFile, stage: Stage, build: GoBuild, names: readonly string[]): Fix | undefined {
  const missing = names.filter((n) => !build.run.scope.has(n));
  if (missing.length === 0) return undefined;
  return { title: `Declare ARG ${missing.join(' ')}`, applicability: 'safe', edits: [insertAfterFrom(file, stage, `ARG ${missing.join(' ')}`)] };
}

function targetFix(file: SourceFile, build: GoBuild): Fix {
  const setsOs = build.goos.source !== 'default' && build.goos.value !== '' && build.goos.value !== null;
  const prefix = setsOs ? ['GOARCH=$TARGETARCH'] : ['GOOS=$TARGETOS', 'GOARCH=$TARGETARCH'];
  const needed = setsOs ? ['TARGETARCH'] : [...PLATFORM_ARGS];
  const edits: Edit[] = [];
  const declare = declareFix(file, build.stage, build, needed);
  if (declare) edits.push(...declare.edits);
  edits.push(insertArgsBefore(commandForm(build.run), build.goWord, prefix.join(' '), prefix));
  return { title: `Build with ${prefix.join(' ')}`, applicability: 'safe', edits };
}
