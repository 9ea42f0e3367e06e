import { isWithin, resolvePath } from '../model/paths';
import type { CopyInfo, RunInfo, Stage } from '../model/types';
import { lineStartAt, newInstruction, indentAt } from '../fixers/layout';
import type { SourceFile } from '../parse/source';
import type { GoMod } from '../model/gomod';
import { defineRule, type Fix } from './types';

const MODULE_CACHES = ['/go/pkg/mod', '/root/go/pkg/mod'];
const FETCHING = new Set(['build', 'install', 'test', 'vet', 'generate', 'run', 'get', 'list']);

export default defineRule<'sourcesFirst'>({
  meta: {
    code: 'GD011',
    name: 'module-cache-busting',
    severity: 'info',
    fixable: ['safe', 'unsafe'],
    tags: ['build-speed'],
    docs: {
      summary: 'The whole source tree is copied before the modules are downloaded, so every code change downloads all modules again.',
      why:
        'Each Dockerfile instruction is a cache layer that is rebuilt when its inputs change. With `COPY . .` before the first `go mod download` or `go build`, any edit to any file invalidates the layer that fetches modules, and every build downloads every dependency again: minutes of CI time and a hard dependency on the module proxy for each build. Copy `go.mod` and `go.sum` first and run `go mod download` in a layer of its own (or use a cache mount on `/go/pkg/mod`); that layer then only changes when dependencies do. Not reported when go.mod requires nothing or the build uses `-mod=vendor`.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Adds `COPY go.mod go.sum ./` and `RUN go mod download` before the `COPY . .`. Safe when go.mod and go.sum were found in the build context; unsafe when go.mod could not be read (go.sum may not exist, and COPY would then fail). The image is the same; only the layers differ.',
    },
    messages: {
      sourcesFirst: 'COPY {{source}} comes before the modules are downloaded: every source change re-downloads all modules; COPY go.mod go.sum and RUN go mod download first',
    },
  },
  *check({ file, model }) {
    if (model.goMod && model.goMod.requires === 0) return;
    for (const stage of model.stages) {
      const copy = firstContextCopy(stage);
      if (!copy) continue;
      const fetch = stage.runs.find((r) => fetchesModules(r));
      if (!fetch || fetch.span.start < copy.span.start) continue;
      if (stage.runs.some((r) => r.span.start >= copy.span.start && fetchesModules(r) && (cacheMounted(r) || vendored(r)))) continue;
      yield { messageId: 'sourcesFirst', ...copy.span, data: { source: copy.sources.map((s) => s.text).join(' ') }, fix: splitFix(file, stage, copy, model.goMod) };
    }
  },
});

/** The first COPY of the whole build context (`COPY . .`, `COPY ./ /src/`). */
function firstContextCopy(stage: Stage): CopyInfo | undefined {
  return stage.copies.find((c) => !c.fromStage && c.fromImage === undefined && !c.heredoc && c.sources.some((s) => s.known && (s.text === '.' || s.text === './')));
}

function fetchesModules(run: RunInfo): boolean {
  return run.commands.some((c) => c.words[0]?.text === 'go' && (FETCHING.has(c.words[1]?.text ?? '') || (c.words[1]?.text === 'mod' && c.words[2]?.text === 'download')));
}

function cacheMounted(run: RunInfo): boolean {
  return run.mounts.some((m) => m.type === 'cache' && m.target !== undefined && MODULE_CACHES.some((t) => isWithin(t, resolvePath(run.workdir ?? '/', m.target as string))));
}

function vendored(run: RunInfo): boolean {
  return run.commands.some((c) => c.words.some((w) => w.text === '-mod=vendor')) || run.scope.get('GOFLAGS')?.known === true && (run.scope.get('GOFLAGS') as { value: string }).value.includes('-mod=vendor');
}

function splitFix(file: SourceFile, stage: Stage, copy: CopyInfo, goMod: GoMod | undefined): Fix | undefined {
  const dest = copy.destText;
  const into = dest === '.' ? './' : dest.endsWith('/') ? dest : `${dest}/`;
  if (into.includes('$') || into.includes(' ')) return undefined;
  const sources = goMod && goMod.hasGoSum === false ? 'go.mod' : 'go.mod go.sum';
  const at = lineStartAt(file, copy.span.start);
  const indent = indentAt(file, copy.span.start);
  const text = newInstruction(file, stage, `COPY ${sources} ${into}`, indent) + newInstruction(file, stage, 'RUN go mod download', indent);
  const applicability = goMod && goMod.hasGoSum !== undefined ? 'safe' : 'unsafe';
  return { title: 'Download modules in their own layer', applicability, edits: [{ start: at, end: at, text }] };
}
