import { basename, globMatch, isWithin, normalize, resolvePath, trimTrailingSlashes } from '../model/paths';
import type { CopyInfo, Model, RunInfo, Stage } from '../model/types';
import { lineStartAt, newInstruction, indentAt } from '../edits/layout';
import { lineColumn, type SourceFile } from '../parse/source';
import { compareGoVersions, parseGoMod, type GoMod } from '../model/gomod';
import { effectiveGoVersion, goVersionAtLeast } from '../model/go-version';
import { gitInstalledAfter, moduleAccessAfter } from '../model/module-access';
import type { SimpleCommand, Word } from '../shell/lexer';
import { defineRule, type Edit, type Fix, type Report } from './types';

/** go subcommands that resolve the module graph, and so download modules. */
const FETCHING = new Set(['build', 'install', 'test', 'vet', 'generate', 'run', 'get', 'list']);
const FETCHING_MOD = new Set(['download', 'tidy', 'vendor', 'verify', 'graph', 'why']);
/** Commands that run the rest of their words as a command. */
const WRAPPERS = new Set(['env', 'time', 'exec', 'nice', 'command', 'nohup', 'sudo']);
const GO_COMMANDS = new Set(['go', 'xx-go']);

type MessageId = 'sourcesFirst' | 'sourcesFirstNoFix';

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
        'Safe: adds `COPY go.mod go.sum ./` and `RUN go mod download` before the `COPY . .` (`RUN cd /src && go mod download` when the files go to another folder than the WORKDIR); an existing `RUN go mod download` after the copy is moved up rather than run twice. The image is the same; only the layers differ. Offered when the build context is visible and has go.mod at its root (only go.mod is copied when it has no go.sum: the original build had none either), and the go command that runs after the copy exists before it and knows modules. Not offered, and the finding says why, when: the context cannot be seen (standard input without --stdin-filename); it has no go.mod (a GOPATH-era build: glide, dep, vendor/ without modules); the RUN that installs Go (`apk add go`) comes later in the stage; that Go predates modules (1.11), or is 1.11 or 1.12 building inside GOPATH without GO111MODULE=on; GO111MODULE=off; the go command fetches modules with git (a Go before 1.13 without GOPROXY, or GOPROXY=direct) and git is installed only after the copy; every Go command that fetches modules after the copy runs only under a condition (`if [ ! -f app ]; then go build ...; fi`: a build that skips it needs neither go.mod nor the network); private module access is set up after the copy (`go env -w GOPRIVATE=…`, GOPROXY or GONOSUMDB settings, `git config url.….insteadOf`, a .netrc, `RUN --mount=type=secret` or `type=ssh`); go.mod replaces modules with local folders that are not copied yet; an existing `go mod download` after the copy runs with other commands or in another folder; the destination is hidden by a variable.',
    },
    messages: {
      sourcesFirst: '{{keyword}} {{source}} comes before the modules are downloaded: every source change re-downloads all modules; COPY go.mod go.sum and RUN go mod download first',
      sourcesFirstNoFix:
        '{{keyword}} {{source}} comes before the modules are downloaded: every source change re-downloads all modules; not fixed automatically: {{reason}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    if (model.goMod && model.goMod.requires === 0) return reports;
    // vendor/modules.txt with go ≥ 1.14 in go.mod: builds use vendor/ by default and fetch nothing.
    if (vendoredByDefault(model)) return reports;
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
      if (parent?.downloaded || downloadsModules(stage, copy.span.start, parent?.goMod ?? false) || copiesModuleCache(stage, copy.span.start)) continue;
      // A Go command after the copy, here or in a stage built FROM this one, fetches modules uncached.
      if (!fetchesUncachedAfter(stage, copy.span.start) && !facts[stage.index].childUncached) continue;
      const data = { keyword: copy.keyword, source: copy.sources.map((s) => s.text).join(' ') };
      const fix = splitFix(file, model, stage, copy);
      if (typeof fix === 'string') reports.push({ messageId: 'sourcesFirstNoFix', ...copy.span, data: { ...data, reason: fix } });
      else reports.push({ messageId: 'sourcesFirst', ...copy.span, data, fix });
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
  return run.commands.some(fetches);
}

function fetches(c: SimpleCommand): boolean {
  const go = goWordIndex(c.words);
  if (go === -1) return false;
  const verb = c.words[go + 1]?.text ?? '';
  return FETCHING.has(verb) || (verb === 'mod' && FETCHING_MOD.has(c.words[go + 2]?.text ?? ''));
}

/**
 * Every Go command of the stage after the copy that fetches modules runs only under a condition
 * (in an `if`, `case` or loop, or after `||`): the first such command, else undefined. A build
 * that skips it (`if [ ! -f app ]; then go build ...; fi` with a prebuilt binary in the context)
 * needs neither go.mod nor the network, which a download layer of its own would.
 */
function onlyConditionalFetch(model: Model, stage: Stage, after: number): { run: RunInfo } | undefined {
  const unconditional = (r: RunInfo, c: SimpleCommand) => !c.conditional && r.commands[r.commands.indexOf(c) - 1]?.separator !== '||';
  // A build in a Makefile or script runs when the RUN's command that runs it (`make build`) does.
  for (const b of model.goBuilds) if (b.stage === stage && b.run.span.start > after && unconditional(b.run, b.via ?? b.command)) return undefined;
  let first: RunInfo | undefined;
  for (const r of stage.runs) {
    if (r.span.start <= after) continue;
    for (const c of r.commands) {
      if (!fetches(c)) continue;
      if (unconditional(r, c)) return undefined;
      first ??= r;
    }
  }
  return first && { run: first };
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

/**
 * The fix, or why there is none. The download layer needs what the later Go commands had: go.mod
 * (and go.sum) in the context, a go command that knows modules, the same module access settings,
 * and no second download beside it.
 */
function splitFix(file: SourceFile, model: Model, stage: Stage, copy: CopyInfo): Fix | string {
  const dest = copy.destText;
  const into = dest === '.' ? './' : dest.endsWith('/') ? dest : `${dest}/`;
  if (into.includes('$') || into.includes(' ')) return 'the destination is hidden by a variable';
  const context = model.workspace?.context;
  if (!context) return 'the build context cannot be seen (standard input without --stdin-filename), so go.mod and go.sum cannot be checked';
  if (context.kind('go.mod') !== 'file') return `the build context has no go.mod${gopathHint(model)}, so there are no modules to download first`;
  const goMod = parseGoMod(context.read('go.mod') ?? '');
  const folder = copy.dest === undefined ? undefined : trimTrailingSlashes(copy.dest) || '/';
  const reason = goCommandProblem(file, model, stage, copy, folder) ?? accessProblem(file, stage, copy, goMod);
  if (reason) return reason;
  const sources = context.kind('go.sum') === 'file' ? 'go.mod go.sum' : 'go.mod';
  const at = lineStartAt(file, copy.span.start);
  const indent = indentAt(file, copy.span.start);
  const copyLine = newInstruction(file, stage, `COPY ${sources} ${into}`, indent);
  const existing = existingDownload(stage, copy);
  if (existing) {
    // Move the download the stage already has above the copy rather than run it twice.
    if (!movable(existing, copy, folder)) return `the \`go mod download\` at line ${lineColumn(file, existing.span.start).line} runs with other commands or in another folder: move it before the ${copy.keyword} yourself`;
    // Where the WORKDIR moves between the copy and the download, the moved download changes folder itself.
    const command = existing.commands[0];
    const moved = folder === copy.workdir ? indent + file.text.slice(existing.span.start, existing.span.end) + file.eol : newInstruction(file, stage, `RUN cd ${folder} && ${file.text.slice(command.start, command.end)}`, indent);
    const edits: Edit[] = [{ start: at, end: at, text: copyLine + moved }, removeLines(file, existing)];
    return { title: 'Download modules in their own layer', applicability: 'safe', edits };
  }
  // go.mod lands in the COPY's folder; `go mod download` runs in the WORKDIR, which may be another.
  const download = folder === undefined || folder === copy.workdir ? 'RUN go mod download' : `RUN cd ${folder} && go mod download`;
  const text = copyLine + newInstruction(file, stage, download, indent);
  return { title: 'Download modules in their own layer', applicability: 'safe', edits: [{ start: at, end: at, text }] };
}

/** " (a GOPATH-era build: Gopkg.toml)" when the context shows which tool managed dependencies. */
function gopathHint(model: Model): string {
  const context = model.workspace?.context;
  const tool = ['Gopkg.toml', 'glide.yaml', 'Godeps/Godeps.json', 'vendor.conf', 'vendor/vendor.json'].find((f) => context?.kind(f) === 'file');
  return tool ? ` (a GOPATH-era build: ${tool})` : ' (a GOPATH-era build)';
}

/** Is there a go command that knows modules where the new download would run? */
function goCommandProblem(file: SourceFile, model: Model, stage: Stage, copy: CopyInfo, folder: string | undefined): string | undefined {
  const install = stage.goInstall;
  if (install && install.at > copy.span.start && stage.goBase !== true) return `Go is installed only at line ${install.line} (${install.how}), after this ${copy.keyword}`;
  if (!install && stage.goBase === false) return `no go command is known to exist before this ${copy.keyword}`;
  const run = stage.runs.find((r) => r.span.start > copy.span.start && fetchesModules(r));
  if (!run) return undefined;
  const conditional = onlyConditionalFetch(model, stage, copy.span.start);
  if (conditional) return `the go command that fetches modules runs only under a condition (line ${lineColumn(file, conditional.run.span.start).line}), which a download layer of its own would not keep (a build that skips it needs neither go.mod nor the network)`;
  const modules = run.scope.get('GO111MODULE');
  if (modules?.known && modules.value === 'off') return 'GO111MODULE=off: the build does not use modules';
  const go = effectiveGoVersion(run, model.goMod);
  if (go && goVersionAtLeast(go, '1.11') === false) return `this build's Go (${go.version}, from ${go.source}) predates modules (Go 1.11)`;
  const gopath = run.scope.get('GOPATH');
  const gopathDir = gopath?.known ? gopath.value.split(':')[0] : stage.goBase === true ? '/go' : undefined;
  if (go && goVersionAtLeast(go, '1.13') === false && !(modules?.known && modules.value === 'on') && gopathDir && folder && isWithin(folder, `${gopathDir}/src`)) {
    return `Go ${go.version} (from ${go.source}) turns modules off inside GOPATH (${folder}) unless GO111MODULE=on`;
  }
  // Without a module proxy the go command clones each module with git: the download needs git
  // where it runs, and a RUN after the copy that installs git says the image has none before.
  const git = fetchesDirect(run, go) ? gitInstalledAfter(file, stage, copy.span.end) : undefined;
  if (git) {
    const why = go && goVersionAtLeast(go, '1.13') === false ? `Go ${go.version} (from ${go.source}) has no module proxy by default (GOPROXY came with Go 1.13)` : 'GOPROXY=direct';
    return `${why}, so the download clones modules with git, which is installed only at line ${git.line}, after this ${copy.keyword}`;
  }
  return undefined;
}

/** Does the go command fetch modules from their repositories: GOPROXY unset on a Go before 1.13, or `direct`/`off`? */
function fetchesDirect(run: RunInfo, go: ReturnType<typeof effectiveGoVersion>): boolean {
  const proxy = run.scope.get('GOPROXY');
  if (proxy?.known && proxy.value !== '') return proxy.value === 'direct';
  if (proxy && !proxy.known) return false;
  return go !== undefined && goVersionAtLeast(go, '1.13') === false;
}

/** Private module access set up after the copy, or go.mod replacements by folders not copied yet. */
function accessProblem(file: SourceFile, stage: Stage, copy: CopyInfo, goMod: GoMod): string | undefined {
  const step = moduleAccessAfter(file, stage, copy.span.end);
  if (step) return `module access is set up after it (line ${step.line}: ${step.what}); a download moved above it would run without it`;
  const local = goMod.localReplaces?.filter((r) => normalize(r) !== '.');
  if (local && local.length > 0) return `go.mod replaces modules with local folders (${local.join(', ')}), which are not copied before the download`;
  return undefined;
}

/** A RUN after the copy, in the same stage, that runs `go mod download`. */
function existingDownload(stage: Stage, copy: CopyInfo): RunInfo | undefined {
  return stage.runs.find((r) => r.span.start > copy.span.start && r.commands.some((c) => {
    const go = goWordIndex(c.words);
    return go !== -1 && c.words[go + 1]?.text === 'mod' && c.words[go + 2]?.text === 'download';
  }));
}

/** A RUN that only downloads, in the folder go.mod lands in, with nothing between that changes its environment. */
function movable(run: RunInfo, copy: CopyInfo, folder: string | undefined): boolean {
  if (run.form === 'heredoc' || run.commands.length !== 1 || run.commands[0].assignments.length > 0) return false;
  if (goWordIndex(run.commands[0].words) !== 0) return false;
  if (folder === undefined || run.workdir !== folder) return false;
  if (run.mounts.some((m) => m.type === 'bind' || m.type === 'secret' || m.type === 'ssh')) return false;
  // A download in another folder than the copy's WORKDIR is moved as `cd <folder> && ...`: a plain RUN only.
  if (folder !== copy.workdir && (run.instruction.getFlags().length > 0 || folder.includes(' ') || folder.includes('$'))) return false;
  const between = copy.stage.instructions.filter((i) => {
    const k = i.getKeyword().toUpperCase();
    return k === 'ENV' || k === 'ARG' || k === 'USER' || k === 'SHELL' || (k === 'WORKDIR' && folder === copy.workdir);
  });
  return !between.some((i) => {
    const start = i.getRange().start;
    const line = start.line;
    return line > lineOf(copy) && line < lineOf(run);
  });
}

function lineOf(x: { instruction: { getRange(): { start: { line: number } } } }): number {
  return x.instruction.getRange().start.line;
}

/** An edit removing the lines of an instruction. */
function removeLines(file: SourceFile, run: RunInfo): Edit {
  const start = lineStartAt(file, run.span.start);
  const nl = file.text.indexOf('\n', run.span.end);
  return { start, end: nl === -1 ? file.text.length : nl + 1, text: '' };
}

/** `COPY --from=modules /go/pkg /go/pkg`: a module cache filled by another stage or image. */
function copiesModuleCache(stage: Stage, before: number): boolean {
  return stage.copies.some((c) => c.span.start < before && (c.fromStage !== undefined || c.fromImage !== undefined) && c.sources.some((s) => {
    const p = normalize(s.text);
    return s.known && (p === '/go/pkg' || p === '/go/pkg/mod' || p === '/root/go/pkg' || p === '/root/go/pkg/mod');
  }));
}

/** vendor/modules.txt in the context and go ≥ 1.14 in go.mod: the go command builds from vendor/. */
function vendoredByDefault(model: Model): boolean {
  const context = model.workspace?.context;
  if (!context || context.kind('vendor/modules.txt') !== 'file') return false;
  const go = parseGoMod(context.read('go.mod') ?? '').goVersion ?? model.goMod?.goVersion;
  return go !== undefined && (compareGoVersions(go, '1.14') ?? -1) >= 0;
}
