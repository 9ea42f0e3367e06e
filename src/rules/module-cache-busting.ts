import { basename, globMatch, isWithin, normalize, resolvePath } from '../model/paths';
import type { CopyInfo, Model, RunInfo, Stage } from '../model/types';
import { lineStartAt, newInstruction, indentAt } from '../fixers/layout';
import type { SourceFile } from '../parse/source';
import type { GoMod } from '../model/gomod';
import type { Word } from '../shell/lexer';
import { defineRule, type Fix } from './types';

/** go subcommands that resolve the module graph, and so download modules. */
const FETCHING = new Set(['build', 'install', 'test', 'vet', 'generate', 'run', 'get', 'list']);
const FETCHING_MOD = new Set(['download', 'tidy', 'vendor', 'verify', 'graph', 'why']);
/** Commands that run the rest of their words as a command. */
const WRAPPERS = new Set(['env', 'time', 'exec', 'nice', 'command', 'nohup', 'sudo']);
const GO_COMMANDS = new Set(['go', 'xx-go']);

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
        'Each Dockerfile instruction is a cache layer that is rebuilt when its inputs change. With `COPY . .` before the first `go mod download` or `go build`, any edit to any file invalidates the layer that fetches modules, and every build downloads every dependency again: minutes of CI time and a hard dependency on the module proxy for each build. Copy `go.mod` and `go.sum` first and run `go mod download` in a layer of its own (or use a cache mount on `/go/pkg/mod`); that layer then only changes when dependencies do. Not reported when go.mod requires nothing, when every Go command after the copy uses a cache mount on the module cache or `-mod=vendor`, or when a parent stage already downloaded the modules.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Adds `COPY go.mod go.sum ./` and `RUN go mod download` before the `COPY . .`. Safe when go.mod and go.sum were found in the build context; unsafe when go.mod could not be read (go.sum may not exist, and COPY would then fail). The image is the same; only the layers differ.',
    },
    messages: {
      sourcesFirst: '{{keyword}} {{source}} comes before the modules are downloaded: every source change re-downloads all modules; COPY go.mod go.sum and RUN go mod download first',
    },
  },
  *check({ file, model }) {
    if (model.goMod && model.goMod.requires === 0) return;
    const facts = stageFacts(model);
    for (const stage of model.stages) {
      const copy = firstContextCopy(stage);
      if (!copy) continue;
      // Modules already downloaded (go.mod copied or mounted first, here or in a parent stage).
      const parent = facts.get(parentOf(stage));
      if (parent?.downloaded || downloadsModules(stage, copy.span.start, parent?.goMod ?? false)) continue;
      // A Go command after the copy, here or in a stage built FROM this one, fetches modules uncached.
      const uncached = stage.runs.some((r) => r.span.start > copy.span.start && fetchesUncached(r)) || (facts.get(stage)?.children ?? []).some((c) => facts.get(c)?.uncachedBelow);
      if (!uncached) continue;
      const data = { keyword: copy.keyword, source: copy.sources.map((s) => s.text).join(' ') };
      yield { messageId: 'sourcesFirst', ...copy.span, data, fix: splitFix(file, stage, copy, model.goMod) };
    }
  },
});

interface StageFacts {
  /** go.mod is in the stage's file system by its end (copied here or in a parent stage). */
  goMod: boolean;
  /** Modules were downloaded by its end (here or in a parent stage). */
  downloaded: boolean;
  /** Stages built FROM this one. */
  children: Stage[];
  /** A Go command in this stage or one built FROM it fetches modules without a module cache mount. */
  uncachedBelow: boolean;
}

/** What each stage inherits and passes on, in two linear passes: parents come before their children. */
function stageFacts(model: Model): Map<Stage | undefined, StageFacts> {
  const facts = new Map<Stage | undefined, StageFacts>();
  for (const stage of model.stages) {
    const parent = facts.get(parentOf(stage));
    const inherited = parent?.goMod ?? false;
    facts.set(stage, {
      goMod: inherited || copiesGoMod(stage, Infinity),
      downloaded: (parent?.downloaded ?? false) || downloadsModules(stage, Infinity, inherited),
      children: [],
      uncachedBelow: false,
    });
    parent?.children.push(stage);
  }
  for (let i = model.stages.length - 1; i >= 0; i--) {
    const f = facts.get(model.stages[i]);
    if (f) f.uncachedBelow = model.stages[i].runs.some(fetchesUncached) || f.children.some((c) => facts.get(c)?.uncachedBelow);
  }
  return facts;
}

/** The first COPY of the whole build context (`COPY . .`, `COPY ./ /src/`). */
function firstContextCopy(stage: Stage): CopyInfo | undefined {
  return stage.copies.find((c) => !c.fromStage && c.fromImage === undefined && !c.heredoc && c.sources.some((s) => s.known && isContextRoot(s.text)));
}

/** `.`, `./` or `/`: COPY sources are relative to the context, so each names all of it. */
function isContextRoot(path: string): boolean {
  const n = normalize(path);
  return n === '.' || n === '/';
}

function parentOf(stage: Stage): Stage | undefined {
  return stage.base.kind === 'stage' ? stage.base.stage : undefined;
}

/**
 * Does a RUN of the stage before offset `before` download the modules: a Go command that fetches,
 * with go.mod copied in earlier (here, or in a parent stage: `goModInherited`) or bind-mounted for it?
 */
function downloadsModules(stage: Stage, before: number, goModInherited: boolean): boolean {
  return stage.runs.some((r) => r.span.start < before && fetchesModules(r) && (goModInherited || mountsGoMod(r) || copiesGoMod(stage, r.span.start)));
}

function copiesGoMod(stage: Stage, before: number): boolean {
  return stage.copies.some((c) => c.span.start < before && !c.fromStage && c.fromImage === undefined && c.sources.some((s) => s.known && isGoMod(s.text)));
}

function mountsGoMod(run: RunInfo): boolean {
  return run.mounts.some((m) => m.type === 'bind' && m.from === undefined && (isGoMod(m.source ?? '') || isContextRoot(m.source ?? '.')));
}

/** `go.mod`, `./src/go.mod`, or a pattern that matches it (`go.*`). */
function isGoMod(path: string): boolean {
  const name = basename(path);
  return name === 'go.mod' || globMatch(name, 'go.mod');
}

/** The words of a command from the `go` word on, past `env NAME=value`, `time` and the like. */
function goWords(words: readonly Word[]): readonly Word[] | undefined {
  let i = 0;
  while (i < words.length && WRAPPERS.has(words[i].text)) {
    i++;
    while (i < words.length && (words[i].text.startsWith('-') || words[i].text.includes('='))) i += words[i].text === '-u' ? 2 : 1;
  }
  return i < words.length && GO_COMMANDS.has(basename(words[i].text)) ? words.slice(i) : undefined;
}

/** A Go command that fetches modules with neither a module cache mount nor `-mod=vendor`. */
function fetchesUncached(run: RunInfo): boolean {
  return fetchesModules(run) && !cacheMounted(run) && !vendored(run);
}

function fetchesModules(run: RunInfo): boolean {
  return run.commands.some((c) => {
    const go = goWords(c.words);
    const verb = go?.[1]?.text ?? '';
    return FETCHING.has(verb) || (verb === 'mod' && FETCHING_MOD.has(go?.[2]?.text ?? ''));
  });
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
  const text = newInstruction(file, stage, `COPY ${sources} ${into}`, indent) + newInstruction(file, stage, 'RUN go mod download', indent);
  const applicability = goMod && goMod.hasGoSum !== undefined ? 'safe' : 'unsafe';
  return { title: 'Download modules in their own layer', applicability, edits: [{ start: at, end: at, text }] };
}
