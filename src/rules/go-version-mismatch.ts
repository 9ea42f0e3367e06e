import { Arg } from '../parse/ast';
import { compareGoVersions, goVersionSatisfies, toolchainGoVersion } from '../model/gomod';
import { basename } from '../model/paths';
import type { Model, RunInfo, Stage } from '../model/types';
import { spanOf, type SourceFile } from '../parse/source';
import { defineRule, type Fix, type Report } from './types';

type MessageId = 'tooOld';

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
        'Since Go 1.21 the `go` line of go.mod is a minimum. The official `golang` images set `GOTOOLCHAIN=local`, so an older toolchain refuses to build: `go: go.mod requires go >= 1.23 (running go 1.22.5; GOTOOLCHAIN=local)`. The Dockerfile and go.mod are edited in different pull requests, which is how they drift apart. golint-docker reads go.mod from the build context (the Dockerfile\'s folder, or `--context`). Not reported when an ENV or ARG `GOTOOLCHAIN` lets the go command fetch a new enough toolchain (`auto`, `go1.23.4`), or when no Go command runs on the image (in its stage or a stage built FROM it).',
      goMod: 'module example.com/app\n\ngo 1.23\n',
      bad: '# go.mod says: go 1.23\nFROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: '# go.mod says: go 1.23\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Unsafe (the build moves to a newer Go release): raises the version in the tag to go.mod\'s Go minor version, keeping the rest of the tag (`1.21-alpine` becomes `1.23-alpine`). When the tag comes from an ARG default (`FROM golang:${GO_VERSION}`), the ARG default is raised instead. Not offered for an image pinned by digest: the digest, not the tag, decides what is pulled.',
    },
    messages: {
      tooOld: 'golang:{{imageVersion}} is older than go.mod\'s `go {{required}}`: the build fails with "go.mod requires go >= {{required}} (running go {{imageVersion}}; GOTOOLCHAIN=local)"',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    const required = model.goMod?.goVersion;
    if (!required) return reports;
    const children = childStages(model);
    for (const stage of model.stages) {
      if (stage.base.kind !== 'image' || stage.base.facts.family !== 'golang') continue;
      const imageVersion = stage.base.facts.goVersion;
      if (!imageVersion || goVersionSatisfies(imageVersion, required) !== false) continue;
      // The go command runs in this stage or in one built FROM it, with GOTOOLCHAIN as set there.
      const goRuns = subtree(stage, children).flatMap((s) => s.runs).filter(runsGo);
      if (goRuns.length === 0 || goRuns.every((r) => switchesToolchain(r, required))) continue;
      reports.push({ messageId: 'tooOld', ...stage.imageSpan, data: { imageVersion, required }, fix: raiseFix(file, stage, imageVersion, required) });
    }
    return reports;
  },
});

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

function raiseFix(file: SourceFile, stage: Stage, imageVersion: string, required: string): Fix | undefined {
  // With a digest the tag is only a label: raising it would change nothing that is pulled.
  if (stage.base.kind !== 'image' || stage.base.ref.digest !== undefined) return undefined;
  const parts = required.split('.');
  if (parts.length < 2) return undefined;
  const target = imageVersion.split('.').length >= 3 ? required : `${parts[0]}.${parts[1]}`;
  const written = file.text.slice(stage.imageSpan.start, stage.imageSpan.end);
  const title = `Use Go ${target}`;
  const colon = written.lastIndexOf(':');
  if (colon !== -1 && written.startsWith(imageVersion, colon + 1) && !written.includes('$', colon)) {
    const start = stage.imageSpan.start + colon + 1;
    return { title, applicability: 'unsafe', edits: [{ start, end: start + imageVersion.length, text: target }] };
  }
  // The version comes from a global ARG default: raise the default.
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

/** Does `text` use variable `name` (`$NAME`, `${NAME}`, `${NAME:-x}`)? */
function refersTo(text: string, name: string): boolean {
  for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
    const start = i + (text[i + 1] === '{' ? 2 : 1);
    if (text.startsWith(name, start) && !isNameChar(text[start + name.length] ?? '')) return true;
  }
  return false;
}

function isNameChar(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_';
}
