import { basename, globMatch, isWithin, normalize, resolvePath, trimTrailingSlashes } from '../model/paths';
import type { CopyInfo, Model, RunInfo, Stage } from '../model/types';
import { lineStartAt, newInstruction, indentAt } from '../edits/layout';
import type { SourceFile } from '../parse/source';
import type { GoMod } from '../model/gomod';
import type { Word } from '../shell/lexer';
import { defineRule, type Fix, type Report } from './types';

/** go subcommands that resolve the module graph, and so download modules. */
const FETCHING = new Set(['build', 'install', 'test', 'vet', 'generate', 'run', 'get', 'list']);
const FETCHING_MOD = new Set(['download', 'tidy', 'vendor', 'verify', 'graph', 'why']);
/** Commands that run the rest of their words as a command. */
const WRAPPERS = new Set(['env', 'time', 'exec', 'nice', 'command', 'nohup', 'sudo']);
const GO_COMMANDS = new Set(['go', 'xx-go']);

type MessageId = 'sourcesFirst';

export default defineRule<MessageId>({
  meta: {
    code: 'GD011',
    name: 'module-cache-busting',
    severity: 'info',
    fixable: ['safe', 'unsafe'],
    precision: 'high',
    tags: ['build-speed'],
    docs: {
      summary: 'The whole source tree is copied before the modules are downloaded, so every code change downloads all modules again.',
      why:
        'Each Dockerfile instruction is a cache layer that is rebuilt when its inputs change. With `COPY . .` before the first `go mod download` or `go build`, any edit to any file invalidates the layer that fetches modules, and every build downloads every dependency again: minutes of CI time and a hard dependency on the module proxy for each build. Copy `go.mod` and `go.sum` first and run `go mod download` in a layer of its own (or use a cache mount on `/go/pkg/mod`); that layer then only changes when dependencies do. Not reported when go.mod requires nothing, when every Go command after the copy uses a cache mount on the module cache or `-mod=vendor`, or when a parent stage already downloaded the modules.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Adds `COPY go.mod go.sum ./` and `RUN go mod download` before the `COPY . .` (`RUN cd /src && go mod download` when the files go to another folder than the WORKDIR). Safe when go.mod and go.sum were found in the build context; unsafe when go.mod could not be read (go.sum may not exist, and COPY would then fail). The image is the same; only the layers differ.',
    },
    messages: {
      sourcesFirst: '{{keyword}} {{source}} comes before the modules are downloaded: every source change re-downloads all modules; COPY go.mod go.sum and RUN go mod download first',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    if (model.goMod && model.goMod.requires === 0) return reports;
    const stages = model.stages;
    // Only a stage that copies the whole build context is judged; most Dockerfiles have one or none.
    const contextCopies: Array<CopyInfo | undefined> = [];
    let any = false;
    for (const stage of stages) {
      const copy = firstContextCopy(stage);
      contextCopies.push(copy);
      if (copy) any = true;
    }
    if (!any) return reports;
    const facts = stageFacts(model);
    for (const stage of stages) {
      const copy = contextCopies[stage.index];
      if (!copy) continue;
      // Modules already downloaded (go.mod copied or mounted first, here or in a parent stage).
      const parent = stage.base.kind === 'stage' ? facts[stage.base.stage.index] : undefined;
      if (parent?.downloaded || downloadsModules(stage, copy.span.start, parent?.goMod ?? false)) continue;
      // A Go command after the copy, here or in a stage built FROM this one, fetches modules uncached.
      if (!fetchesUncachedAfter(stage, copy.span.start) && !facts[stage.index].childUncached) continue;
      const data = { keyword: copy.keyword, source: copy.sources.map((s) => s.text).join(' ') };
      reports.push({ messageId: 'sourcesFirst', ...copy.span, data, fix: splitFix(file, stage, copy, model.goMod) });
    }
    return reports;
  },
});

interface StageFacts {
  /** go.mod is in the stage's file system by its end (copied here or in a parent stage). */
  goMod: boolean;
  /** Modules were downloaded by its end (here or in a parent stage). */
  downloaded: boolean;
  /** A Go command in a stage built FROM this one (or further down) fetches modules without a module cache mount. */
  childUncached: boolean;
}

/**
 * What each stage inherits and passes on, by stage index, in two linear passes: a stage is built
 * FROM an earlier one, so parents come before their children.
 */
function stageFacts(model: Model): StageFacts[] {
  const facts: StageFacts[] = [];
  for (const stage of model.stages) {
    const parent = stage.base.kind === 'stage' ? facts[stage.base.stage.index] : undefined;
    const inherited = parent !== undefined && parent.goMod;
    facts.push({
      goMod: inherited || copiesGoMod(stage, Infinity),
      downloaded: (parent !== undefined && parent.downloaded) || downloadsModules(stage, Infinity, inherited),
      childUncached: false,
    });
  }
  for (let i = model.stages.length - 1; i >= 0; i--) {
    const stage = model.stages[i];
    if (stage.base.kind !== 'stage') continue;
    if (facts[i].childUncached || fetchesUncachedAfter(stage, -1)) facts[stage.base.stage.index].childUncached = true;
  }
  return facts;
}

/** The first COPY of the whole build context (`COPY . .`, `COPY ./ /src/`). */
function firstContextCopy(stage: Stage): CopyInfo | undefined {
  for (const c of stage.copies) {
    if (c.fromStage || c.fromImage !== undefined || c.heredoc) continue;
    for (const s of c.sources) if (s.known && isContextRoot(s.text)) return c;
  }
  return undefined;
}

/** `.`, `./` or `/`: COPY sources are relative to the context, so each names all of it. */
function isContextRoot(path: string): boolean {
  const n = normalize(path);
  return n === '.' || n === '/';
}

/**
 * Does a RUN of the stage before offset `before` download the modules: a Go command that fetches,
 * with go.mod copied in earlier (here, or in a parent stage: `goModInherited`) or bind-mounted for it?
 */
function downloadsModules(stage: Stage, before: number, goModInherited: boolean): boolean {
  for (const r of stage.runs) {
    if (r.span.start < before && fetchesModules(r) && (goModInherited || mountsGoMod(r) || copiesGoMod(stage, r.span.start))) return true;
  }
  return false;
}

/** Does a RUN of the stage after offset `after` fetch modules uncached? */
function fetchesUncachedAfter(stage: Stage, after: number): boolean {
  for (const r of stage.runs) if (r.span.start > after && fetchesUncached(r)) return true;
  return false;
}

function copiesGoMod(stage: Stage, before: number): boolean {
  for (const c of stage.copies) {
    if (c.span.start >= before || c.fromStage || c.fromImage !== undefined) continue;
    for (const s of c.sources) if (s.known && isGoMod(s.text)) return true;
  }
  return false;
}

function mountsGoMod(run: RunInfo): boolean {
  for (const m of run.mounts) if (m.type === 'bind' && m.from === undefined && (isGoMod(m.source ?? '') || isContextRoot(m.source ?? '.'))) return true;
  return false;
}

/** `go.mod`, `./src/go.mod`, or a pattern that matches it (`go.*`). */
function isGoMod(path: string): boolean {
  const name = basename(path);
  // Without `*` or `?` a name only matches itself.
  return name === 'go.mod' || ((name.includes('*') || name.includes('?')) && globMatch(name, 'go.mod'));
}

/** Where the `go` word of a command is, past `env NAME=value`, `time` and the like; -1 without one. */
function goWordIndex(words: readonly Word[]): number {
  let i = 0;
  while (i < words.length && WRAPPERS.has(words[i].text)) {
    i++;
    while (i < words.length && (words[i].text.startsWith('-') || words[i].text.includes('='))) i += words[i].text === '-u' ? 2 : 1;
  }
  return i < words.length && GO_COMMANDS.has(basename(words[i].text)) ? i : -1;
}

/** A Go command that fetches modules with neither a module cache mount nor `-mod=vendor`. */
function fetchesUncached(run: RunInfo): boolean {
  return fetchesModules(run) && !cacheMounted(run) && !vendored(run);
}

function fetchesModules(run: RunInfo): boolean {
  for (const c of run.commands) {
    const go = goWordIndex(c.words);
    if (go === -1) continue;
    const verb = c.words[go + 1]?.text ?? '';
    if (FETCHING.has(verb) || (verb === 'mod' && FETCHING_MOD.has(c.words[go + 2]?.text ?? ''))) return true;
  }
  return false;
}

/** A cache mount that holds the module cache (GOMODCACHE, else $GOPATH/pkg/mod). */
function cacheMounted(run: RunInfo): boolean {
  const known = (name: string) => {
    const v = run.scope.get(name);
    return v?.known ? v.value : undefined;
  };
  const gomodcache = known('GOMODCACHE');
  const gopath = known('GOPATH')?.split(':')[0];
  const caches = gomodcache ? [gomodcache] : gopath ? [`${gopath}/pkg/mod`] : ['/go/pkg/mod', '/root/go/pkg/mod'];
  return run.mounts.some((m) => m.type === 'cache' && m.target !== undefined && caches.some((t) => isWithin(t, resolvePath(run.workdir ?? '/', m.target ?? '/'))));
}

/** `-mod=vendor` / `-mod vendor` on the command line, or in GOFLAGS. */
function vendored(run: RunInfo): boolean {
  const onCommandLine = run.commands.some((c) => c.words.some((w, i) => w.text === '-mod=vendor' || w.text === '--mod=vendor' || ((w.text === '-mod' || w.text === '--mod') && c.words[i + 1]?.text === 'vendor')));
  const goflags = run.scope.get('GOFLAGS');
  return onCommandLine || (goflags?.known === true && goflags.value.split(' ').includes('-mod=vendor'));
}

function splitFix(file: SourceFile, stage: Stage, copy: CopyInfo, goMod: GoMod | undefined): Fix | undefined {
  const dest = copy.destText;
  const into = dest === '.' ? './' : dest.endsWith('/') ? dest : `${dest}/`;
  if (into.includes('$') || into.includes(' ')) return undefined;
  // Without go.sum the COPY would fail; when go.mod is not known, neither is go.sum (unsafe).
  const sources = goMod && goMod.hasGoSum === false ? 'go.mod' : 'go.mod go.sum';
  const at = lineStartAt(file, copy.span.start);
  const indent = indentAt(file, copy.span.start);
  // go.mod lands in the COPY's folder; `go mod download` runs in the WORKDIR, which may be another.
  const folder = copy.dest === undefined ? undefined : trimTrailingSlashes(copy.dest) || '/';
  const download = folder === undefined || folder === copy.workdir ? 'RUN go mod download' : `RUN cd ${folder} && go mod download`;
  const text = newInstruction(file, stage, `COPY ${sources} ${into}`, indent) + newInstruction(file, stage, download, indent);
  const applicability = goMod && goMod.hasGoSum !== undefined ? 'safe' : 'unsafe';
  return { title: 'Download modules in their own layer', applicability, edits: [{ start: at, end: at, text }] };
}
