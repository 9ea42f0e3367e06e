import { Arg } from '../parse/ast';
import { compareGoVersions, goVersionSatisfies, toolchainGoVersion } from '../model/gomod';
import { golangTagGo } from '../model/go-version';
import { closestGolangVariant, GOLANG_TAGS_CHECKED } from '../model/golang-tags';
import { stageLineage } from '../model/lineage';
import { basename, normalize } from '../model/paths';
import type { Model, RunInfo, Stage } from '../model/types';
import { spanOf, type SourceFile } from '../parse/source';
import { defineRule, type Fix, type Report } from './types';
import { refersTo } from './util';

type MessageId = 'tooOld' | 'olderLanguage';

export default defineRule<MessageId>({
  meta: {
    code: 'GD014',
    name: 'go-version-mismatch',
    severity: 'error',
    fixable: ['unsafe'],
    tags: ['correctness'],
    docs: {
      summary: 'The `golang` builder image is older than the `go` line of go.mod (read from the build context).',
      why:
        'Since Go 1.21 the `go` line of go.mod is a minimum. The official `golang` images set `GOTOOLCHAIN=local`, so an older toolchain refuses to build: `go: go.mod requires go >= 1.23 (running go 1.22.5; GOTOOLCHAIN=local)`. The Dockerfile and go.mod are edited in different pull requests, which is how they drift apart. golint-docker reads go.mod from the build context (the Dockerfile\'s folder, or `--context`). A Go before 1.21 does not refuse a newer go line: it builds, but code that uses what the newer release added fails to compile (reported as a warning; a pre-release such as `1.18beta1` speaks the language of its release). Not reported when an ENV or ARG `GOTOOLCHAIN` lets the go command fetch a new enough toolchain (`auto`, `go1.23.4`), when no Go command runs on the image (in its stage or a stage built FROM it), or when nothing of the build context reaches those stages (`go get example.com/cmd` builds a module fetched from elsewhere, with its own go.mod).',
      goMod: 'module example.com/app\n\ngo 1.23\n',
      bad: '# go.mod says: go 1.23\nFROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: '# go.mod says: go 1.23\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Unsafe (the build moves to a newer Go release): raises the version in the tag to go.mod\'s Go minor version, keeping the rest of the tag (`1.21-alpine` becomes `1.23-alpine`) where that release published it; where it did not, the nearest newer variant it published (`1.11.1-alpine3.8` becomes `1.20-alpine3.16`, not the never-published `1.20-alpine3.8`), as the fix\'s title says. A variant-only tag that stopped at an old release (`golang:alpine3.9`, Go 1.12.9) is reported too. When the tag comes from an ARG default (`FROM golang:${GO_VERSION}`), the ARG default is raised instead, only where the variant stays. Not offered, and the finding says why, for an image pinned by digest (the digest, not the tag, decides what is pulled), when the image builds with `go get`, which Go 1.18 and later no longer builds with (the raise would break it), or when no variant of that release fits (per golint-docker\'s table of published golang tags, checked ' + GOLANG_TAGS_CHECKED + ').',
    },
    messages: {
      tooOld: 'golang:{{imageVersion}} is older than go.mod\'s `go {{required}}`: the build fails with "go.mod requires go >= {{required}} (running go {{imageVersion}}; GOTOOLCHAIN=local)"{{note}}',
      olderLanguage:
        'golang:{{imageVersion}} is older than go.mod\'s `go {{required}}`: a Go before 1.21 builds anyway (the go line became a minimum in Go 1.21), but code that uses what Go {{required}} added does not compile with it{{note}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    const required = model.goMod?.goVersion;
    if (!required) return reports;
    const children = childStages(model);
    for (const stage of model.stages) {
      if (stage.base.kind !== 'image' || stage.base.facts.family !== 'golang') continue;
      const imageVersion = stage.base.facts.goVersion ?? frozenVersion(stage);
      if (!imageVersion) continue;
      // Before Go 1.21 the go line is the language version, not a minimum: a 1.18beta1 toolchain speaks 1.18.
      const enforced = compareGoVersions(imageVersion, '1.21rc1') !== -1;
      if ((enforced ? goVersionSatisfies(imageVersion, required) : languageSatisfies(imageVersion, required)) !== false) continue;
      // The go command runs in this stage or in one built FROM it, with GOTOOLCHAIN as set there.
      const stages = subtree(stage, children);
      const goRuns = stages.flatMap((s) => s.runs).filter(runsGo);
      if (goRuns.length === 0 || goRuns.every((r) => switchesToolchain(r, required))) continue;
      // go.mod of the context is what the build reads only where the context reaches the go command.
      if (!stages.some((s) => reachesContext(model, s))) continue;
      const fix = getBreaks(model, stages, required) ?? raiseFix(file, stage, imageVersion, required);
      const note = typeof fix === 'string' ? `; not fixed automatically: ${fix}` : '';
      const data = { imageVersion, required, note };
      if (enforced) reports.push({ messageId: 'tooOld', ...stage.imageSpan, data, fix: typeof fix === 'string' ? undefined : fix });
      else reports.push({ messageId: 'olderLanguage', ...stage.imageSpan, severity: 'warning', data, fix: typeof fix === 'string' ? undefined : fix });
    }
    return reports;
  },
});

/** Is the go line's language version (its major.minor) at most the toolchain's? */
function languageSatisfies(imageVersion: string, required: string): boolean | undefined {
  const minor = (v: string) => {
    const parts = v.split('.');
    let digits = 0;
    while (digits < (parts[1] ?? '').length && parts[1][digits] >= '0' && parts[1][digits] <= '9') digits++;
    return digits === 0 ? undefined : `${parts[0]}.${parts[1].slice(0, digits)}`;
  };
  const a = minor(imageVersion);
  const b = minor(required);
  if (a === undefined || b === undefined) return undefined;
  const c = compareGoVersions(a, b);
  return c === undefined ? undefined : c >= 0;
}

/**
 * Do the build context's files reach the stage (a COPY or ADD from the context, or a bind mount of
 * it, here or in a stage it is built FROM; a COPY --from another stage, which may carry them)?
 * A stage that builds a module fetched from elsewhere (`go get example.com/cmd`, `git clone`)
 * never reads the context's go.mod.
 */
function reachesContext(model: Model, stage: Stage): boolean {
  const context = model.workspace?.context;
  for (const s of stageLineage(stage)) {
    for (const c of s.copies) {
      if (c.heredoc || c.fromImage !== undefined) continue;
      if (c.fromStage) return true;
      // A file of the context other than go.mod does not bring go.mod.
      if (c.sources.some((src) => !src.known || !context || basename(src.text) === 'go.mod' || context.kind(normalize(src.text)) !== 'file')) return true;
    }
    for (const r of s.runs) if (r.mounts.some((m) => m.type === 'bind' && m.from === undefined)) return true;
  }
  return false;
}

/**
 * A build that installs with `go get` (GOPATH mode, or module mode before Go 1.18) stops building
 * on Go 1.18 and later, where `go get` only edits go.mod: raising the image across 1.18 breaks it.
 */
function getBreaks(model: Model, stages: readonly Stage[], required: string): string | undefined {
  if (compareGoVersions(required, '1.18') === -1) return undefined;
  const get = model.goBuilds.find((b) => b.verb === 'get' && stages.includes(b.stage));
  return get ? 'the image builds with `go get`, which Go 1.18 and later no longer use to build and install (`go install <package>@<version>` does)' : undefined;
}

/** The stages built directly FROM each stage. */
function childStages(model: Model): Map<Stage, Stage[]> {
  const children = new Map<Stage, Stage[]>();
  for (const s of model.stages) {
    if (s.base.kind !== 'stage') continue;
    const list = children.get(s.base.stage) ?? [];
    list.push(s);
    children.set(s.base.stage, list);
  }
  return children;
}

/** The stage and every stage built FROM it, directly or through others. */
function subtree(stage: Stage, children: ReadonlyMap<Stage, Stage[]>): Stage[] {
  const out = [stage];
  for (let i = 0; i < out.length; i++) for (const c of children.get(out[i]) ?? []) out.push(c);
  return out;
}

const GO_COMMANDS = new Set(['go', 'xx-go']);

function runsGo(run: RunInfo): boolean {
  return run.commands.some((c) => c.words.some((w) => GO_COMMANDS.has(basename(w.text))));
}

/**
 * Does GOTOOLCHAIN (ENV or ARG) let the go command fetch a toolchain new enough for go.mod?
 * `auto` and `<name>+auto` switch to the version go.mod asks for; `go1.23.4` names one.
 */
function switchesToolchain(run: RunInfo, required: string): boolean {
  const v = run.scope.get('GOTOOLCHAIN');
  if (!v?.known) return false;
  if (v.value === 'auto' || v.value.endsWith('+auto')) return true;
  const named = toolchainGoVersion(v.value);
  return named !== undefined && (compareGoVersions(named, required) ?? -1) >= 0;
}

/** The Go of a variant-only tag that stopped at a release (`golang:alpine3.9` is 1.12.9). */
function frozenVersion(stage: Stage): string | undefined {
  if (stage.base.kind !== 'image') return undefined;
  const go = golangTagGo(stage.base.ref.tag, stage.imageText);
  return go && !go.atLeast ? go.version : undefined;
}

/** The tag's variant after its version ("alpine3.8" of "1.11.1-alpine3.8"; "" for "1.22"; the whole of "alpine3.9"). */
function variantOf(tag: string, imageVersion: string): string {
  if (tag.startsWith(imageVersion)) return tag.slice(imageVersion.length + 1);
  return tag;
}

function raiseFix(file: SourceFile, stage: Stage, imageVersion: string, required: string): Fix | string | undefined {
  // With a digest the tag is only a label: raising it would change nothing that is pulled.
  if (stage.base.kind !== 'image') return undefined;
  if (stage.base.ref.digest !== undefined) return 'the image is pinned by digest';
  const parts = required.split('.');
  if (parts.length < 2) return undefined;
  const tag = stage.base.ref.tag ?? '';
  const versioned = tag.startsWith(imageVersion);
  const target = versioned && imageVersion.split('.').length >= 3 ? required : `${parts[0]}.${parts[1]}`;
  const variant = variantOf(tag, imageVersion);
  const chosen = closestGolangVariant(target, variant);
  if (chosen === undefined) return `no variant of golang:${target} fits golang:${tag} (per golint-docker's table of golang tags, checked ${GOLANG_TAGS_CHECKED})`;
  const newTag = chosen ? `${target}-${chosen}` : target;
  const title = chosen === variant ? `Use Go ${target}` : `Use golang:${newTag} (golang:${target}-${variant} was never published)`;
  const written = file.text.slice(stage.imageSpan.start, stage.imageSpan.end);
  const colon = written.lastIndexOf(':');
  if (colon !== -1 && written.startsWith(tag, colon + 1) && !written.includes('$', colon)) {
    const start = stage.imageSpan.start + colon + 1;
    return { title, applicability: 'unsafe', edits: [{ start, end: start + tag.length, text: newTag }] };
  }
  // The version comes from a global ARG default: raise the default, where the variant stays.
  if (chosen !== variant || !versioned) return undefined;
  for (const arg of file.dockerfile.getInitialARGs()) {
    if (!(arg instanceof Arg)) continue;
    for (const p of arg.getProperties()) {
      const range = p.getValueRange();
      if (!range || !refersTo(written, p.getName()) || !(p.getValue() ?? '').startsWith(imageVersion)) continue;
      const span = spanOf(file, range);
      const j = file.text.slice(span.start, span.end).indexOf(imageVersion);
      if (j === -1) continue;
      return { title, applicability: 'unsafe', edits: [{ start: span.start + j, end: span.start + j + imageVersion.length, text: target }] };
    }
  }
  return undefined;
}
