import { isWithin, resolvePath, trimTrailingSlashes } from '../model/paths';
import type { RunInfo, Stage } from '../model/types';
import type { Span } from '../parse/source';
import { defineRule, type Report } from './types';
import { buildsGo } from './util';

type MessageId = 'copiesRoot' | 'copiesToolchain' | 'copiesGopath' | 'copiesCache' | 'copiesSources' | 'contextSources' | 'cacheInImage';

const GOROOT = '/usr/local/go';
const GOCACHE = '/root/.cache/go-build';
const GOPATHS = ['/go', '/root/go'];

export default defineRule<MessageId>({
  meta: {
    code: 'GD005',
    name: 'build-cache-leak',
    severity: 'warning',
    fixable: ['unsafe'],
    tags: ['security', 'size', 'reproducibility'],
    docs: {
      summary: 'The final image carries the Go toolchain, the build cache (GOCACHE), the module cache or the source tree.',
      why:
        'Everything a build leaves behind ships when it lands in the final image: `/usr/local/go` is 250 MB of toolchain, `/root/.cache/go-build` and `/go/pkg/mod` grow with every dependency, and the source tree gives away code, `.git` history and sometimes secrets. It makes images large, slow to pull and different on every build. Copy only the binary out of the builder (`COPY --from=build /go/bin/app /app` is fine); a `go build` in the final stage should use cache mounts (`RUN --mount=type=cache,target=/root/.cache/go-build`), which leave nothing in the image.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /go/bin/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /go /go\nENTRYPOINT ["/go/bin/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /go/bin/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /go/bin/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Fixed together with final-not-minimal (GD003) when a single-stage `FROM golang` build is split into a builder and a distroless final stage (unsafe: it changes the image\'s contents). A `COPY --from` of a whole folder is not rewritten: which files the program needs at run time cannot be known from the Dockerfile.',
    },
    messages: {
      copiesRoot: 'COPY --from={{stage}} copies the builder\'s whole file system, toolchain and caches included, into the final image; copy only the binary',
      copiesToolchain: 'COPY --from={{stage}} {{path}} copies the Go toolchain (GOROOT) into the final image; copy only the binary',
      copiesGopath: 'COPY --from={{stage}} {{path}} copies GOPATH, with the module cache and any sources, into the final image; copy only the binary (e.g. {{path}}/bin/<name>)',
      copiesCache: 'COPY --from={{stage}} {{path}} copies the Go build cache (GOCACHE) into the final image',
      copiesSources: 'COPY --from={{stage}} {{path}} copies the builder\'s source tree into the final image; copy only the binary',
      contextSources: 'COPY {{path}} puts the whole source tree (and .git, unless .dockerignore excludes it) in the final image',
      cacheInImage: '`go {{verb}}` runs in the final image without cache mounts: {{what}} stay in the image',
    },
  },
  *check({ model }) {
    if (!buildsGo(model)) return;
    for (const stage of model.finalLineage) {
      yield* leakyCopies(stage);
      yield* cachesLeftInImage(stage);
    }
  },
});

function* leakyCopies(stage: Stage): Iterable<Report<MessageId>> {
  for (const copy of stage.copies) {
    if (copy.heredoc) continue;
    const span: Span = copy.span;
    if (copy.fromStage) {
      const builder = copy.fromStage;
      const stageName = builder.name ?? String(builder.index);
      for (const src of copy.sources) {
        if (!src.known) continue;
        const path = resolvePath('/', src.text);
        const at = { ...(src.span.start > span.start ? src.span : span) };
        const data = { stage: stageName, path };
        if (path === '/') yield { messageId: 'copiesRoot', ...at, data };
        else if (isWithin(GOROOT, path)) yield { messageId: 'copiesToolchain', ...at, data };
        else if (GOPATHS.some((g) => isWithin(`${g}/pkg/mod`, path))) yield { messageId: 'copiesGopath', ...at, data };
        else if (isWithin(GOCACHE, path)) yield { messageId: 'copiesCache', ...at, data };
        else if (sourceDirs(builder).some((d) => isWithin(d, path))) yield { messageId: 'copiesSources', ...at, data };
      }
    } else if (copy.fromImage === undefined) {
      for (const src of copy.sources) {
        const t = trimTrailingSlashes(src.text);
        if (t === '.' || t === './' || t === '*') yield { messageId: 'contextSources', ...src.span, data: { path: src.text } };
      }
    }
  }
}

/** Folders the builder copies the whole build context into (`COPY . .` with WORKDIR /src gives /src). */
function sourceDirs(stage: Stage): string[] {
  const dirs: string[] = [];
  for (const copy of stage.copies) {
    if (copy.fromStage || copy.fromImage !== undefined || copy.dest === undefined) continue;
    if (copy.sources.some((s) => s.known && (s.text === '.' || s.text === './'))) dirs.push(trimTrailingSlashes(copy.dest));
  }
  return dirs.filter((d) => d !== '/');
}

const MODULE_CACHES = ['/go/pkg/mod', '/root/go/pkg/mod'];

function* cachesLeftInImage(stage: Stage): Iterable<Report<MessageId>> {
  for (const run of stage.runs) {
    const go = run.commands.find((c) => c.words[0]?.text === 'go' && ['build', 'install', 'mod', 'get'].includes(c.words[1]?.text ?? ''));
    if (!go) continue;
    if (run.commands.some((c) => c.words[0]?.text === 'go' && c.words[1]?.text === 'clean' && c.words.some((w) => w.text === '-cache'))) continue;
    const verb = go.words[1].text;
    const left: string[] = [];
    if ((verb === 'build' || verb === 'install') && !cacheMounted(run, [GOCACHE])) left.push(`the build cache (${GOCACHE})`);
    if (!cacheMounted(run, MODULE_CACHES)) left.push('the module cache (/go/pkg/mod)');
    if (left.length === 0) continue;
    yield {
      messageId: 'cacheInImage',
      start: go.words[0].start,
      end: go.words[1].end,
      data: { verb, what: left.join(' and ') },
    };
  }
}

function cacheMounted(run: RunInfo, targets: string[]): boolean {
  return run.mounts.some((m) => m.type === 'cache' && m.target !== undefined && targets.some((t) => isWithin(t, resolvePath(run.workdir ?? '/', m.target as string))));
}
