import { Arg } from 'dockerfile-ast';
import { goVersionSatisfies } from '../model/gomod';
import { rootFacts } from '../model/build';
import type { Stage } from '../model/types';
import { spanOf, type SourceFile } from '../parse/source';
import { defineRule, type Fix } from './types';

export default defineRule<'tooOld'>({
  meta: {
    code: 'GD014',
    name: 'go-version-mismatch',
    severity: 'error',
    fixable: ['unsafe'],
    tags: ['correctness'],
    docs: {
      summary: 'The `golang` builder image is older than the `go` line of go.mod (read from the build context).',
      why:
        'Since Go 1.21 the `go` line of go.mod is a minimum. The official `golang` images set `GOTOOLCHAIN=local`, so an older toolchain refuses to build: `go: go.mod requires go >= 1.23 (running go 1.22.5; GOTOOLCHAIN=local)`. The Dockerfile and go.mod are edited in different pull requests, which is how they drift apart. golint-docker reads go.mod from the build context (the Dockerfile\'s folder, or `--context`).',
      goMod: 'module example.com/app\n\ngo 1.23\n',
      bad: '# go.mod says: go 1.23\nFROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: '# go.mod says: go 1.23\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Unsafe (the build moves to a newer Go release): raises the version in the tag to go.mod\'s Go minor version, keeping the rest of the tag (`1.21-alpine` becomes `1.23-alpine`). When the tag comes from an ARG default (`FROM golang:${GO_VERSION}`), the ARG default is raised instead.',
    },
    messages: {
      tooOld: 'golang:{{imageVersion}} is older than go.mod\'s `go {{required}}`: the build fails with "go.mod requires go >= {{required}} (running go {{imageVersion}}; GOTOOLCHAIN=local)"',
    },
  },
  *check({ file, model }) {
    const required = model.goMod?.goVersion;
    if (!required) return;
    for (const stage of model.stages) {
      if (stage.base.kind !== 'image') continue;
      const facts = rootFacts(stage);
      const imageVersion = facts?.family === 'golang' ? facts.goVersion : undefined;
      if (!imageVersion || !runsGo(stage)) continue;
      if (goVersionSatisfies(imageVersion, required) !== false) continue;
      yield { messageId: 'tooOld', ...stage.imageSpan, data: { imageVersion, required }, fix: raiseFix(file, stage, imageVersion, required) };
    }
  },
});

function runsGo(stage: Stage): boolean {
  return stage.runs.some((r) => r.commands.some((c) => c.words[0]?.text === 'go' || c.words.some((w) => w.text === 'go')));
}

function raiseFix(file: SourceFile, stage: Stage, imageVersion: string, required: string): Fix | undefined {
  const parts = required.split('.');
  if (parts.length < 2) return undefined;
  const target = imageVersion.split('.').length >= 3 ? required : `${parts[0]}.${parts[1]}`;
  const written = file.text.slice(stage.imageSpan.start, stage.imageSpan.end);
  const title = `Use Go ${target}`;
  const at = written.indexOf(`:${imageVersion}`);
  if (at !== -1 && !written.includes('$')) {
    const start = stage.imageSpan.start + at + 1;
    return { title, applicability: 'unsafe', edits: [{ start, end: start + imageVersion.length, text: target }] };
  }
  // The version comes from a global ARG default: raise the default.
  for (const arg of file.dockerfile.getInitialARGs()) {
    if (!(arg instanceof Arg)) continue;
    for (const p of arg.getProperties()) {
      const range = p.getValueRange();
      if (!range || !refersTo(written, p.getName())) continue;
      const value = p.getValue() ?? '';
      const i = value.indexOf(imageVersion);
      if (i !== 0) continue;
      const span = spanOf(file, range);
      const raw = file.text.slice(span.start, span.end);
      const j = raw.indexOf(imageVersion);
      if (j === -1) continue;
      return { title, applicability: 'unsafe', edits: [{ start: span.start + j, end: span.start + j + imageVersion.length, text: target }] };
    }
  }
  return undefined;
}

/** Does `text` use variable `name` (`$NAME`, `${NAME}`, `${NAME:-x}`)? */
function refersTo(text: string, name: string): boolean {
  for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
    const braced = text[i + 1] === '{';
    const start = i + (braced ? 2 : 1);
    if (!text.startsWith(name, start)) continue;
    const next = text[start + name.length] ?? '';
    if (!/[A-Za-z0-9_]/.test(next)) return true;
  }
  return false;
}
