import { rootFacts, stageLineage } from '../model/lineage';
import { imageFacts } from '../model/catalogue';
import { parseImageRef } from '../model/image-ref';
import { unmirror } from '../model/registries';
import { goVersionAtLeast } from '../model/go-version';
import { isWithin, normalize, resolvePath, trimTrailingSlashes } from '../model/paths';
import type { CopyInfo, GoBuild, Model, RunInfo, Stage } from '../model/types';
import type { Scope } from '../model/vars';
import type { SimpleCommand, Word } from '../shell/lexer';
import type { Span } from '../parse/source';
import { defineRule, type Report } from './types';
import { buildsGo } from './util';

type MessageId = 'copiesRoot' | 'copiesToolchain' | 'copiesGopath' | 'copiesCache' | 'copiesSources' | 'contextSources' | 'cacheInImage';

const DEFAULT_GOROOT = '/usr/local/go';
const DEFAULT_GOCACHE = '/root/.cache/go-build';

export default defineRule<MessageId>({
  meta: {
    code: 'GD005',
    name: 'build-cache-leak',
    severity: 'warning',
    fixable: ['unsafe'],
    precision: 'high',
    securitySeverity: 5.5,
    tags: ['security', 'size', 'reproducibility'],
    docs: {
      summary: 'The final image carries the Go toolchain, the build cache (GOCACHE), the module cache or the source tree.',
      why:
        'Everything a build leaves behind ships when it lands in the final image: `/usr/local/go` is 250 MB of toolchain, `/root/.cache/go-build` and `/go/pkg/mod` grow with every dependency, and the source tree gives away code, `.git` history and sometimes secrets. It makes images large, slow to pull and different on every build. Copy only the binary out of the builder (`COPY --from=build /go/bin/app /app` is fine); a `go build` in the final stage should use cache mounts (`RUN --mount=type=cache,target=/root/.cache/go-build`), which leave nothing in the image. A go command names only the caches its Go has: the build cache came with Go 1.10, the module cache with Go 1.11. A `COPY . .` is judged by what the build context holds once `.dockerignore` (or the Dockerfile\'s own `<name>.dockerignore`) is applied: a context narrowed to the build output and runtime files carries no sources and no .git, and is not reported.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /go/bin/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /go /go\nENTRYPOINT ["/go/bin/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /go/bin/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /go/bin/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Fixed together with final-not-minimal (GD003) when a single-stage `FROM golang` build is split into a builder and a distroless final stage (unsafe: it changes the image\'s contents). A `COPY --from` of a whole folder is not rewritten: which files the program needs at run time cannot be known from the Dockerfile.',
    },
    messages: {
      copiesRoot: 'COPY --from={{stage}} copies the builder\'s whole file system, toolchain and caches included, into the final image; copy only the binary',
      copiesToolchain: 'COPY --from={{stage}} {{path}} copies the Go toolchain (GOROOT) into the final image; copy only the binary',
      copiesGopath: 'COPY --from={{stage}} {{path}} copies {{what}} into the final image; copy only the binary{{hint}}',
      copiesCache: 'COPY --from={{stage}} {{path}} copies the Go build cache (GOCACHE) into the final image',
      copiesSources: 'COPY --from={{stage}} {{path}} copies the builder\'s source tree into the final image; copy only the binary',
      contextSources: '`{{keyword}} {{path}}` copies the whole build context into the final image: {{what}}',
      cacheInImage: '`go {{verb}}` runs in the final image without a cache mount: {{what}} {{remain}} in the image; add {{mounts}} to the RUN',
    },
  },
  check({ model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    if (!buildsGo(model)) return reports;
    const lineage = [...model.finalLineage].sort((a, b) => a.index - b.index);
    const buildStages = new Set(model.goBuilds.map((b) => b.stage));
    for (const stage of lineage) leakyCopies(reports, model, stage, buildStages);
    cachesLeftInImage(reports, model, lineage);
    return reports;
  },
});

/** Where the Go tool keeps things in a stage, from its ENV (or the defaults of the golang image). */
interface GoDirs {
  goroot: string;
  gopath: string;
  modcache: string;
  gocache: string;
}

function known(scope: Scope, name: string): string | undefined {
  const v = scope.get(name);
  return v && v.known && v.value.startsWith('/') ? normalize(v.value) : undefined;
}

function goDirs(scope: Scope): GoDirs {
  // The golang image sets GOPATH=/go; elsewhere it defaults to $HOME/go.
  const gopath = known(scope, 'GOPATH') ?? '/root/go';
  return {
    goroot: known(scope, 'GOROOT') ?? DEFAULT_GOROOT,
    gopath,
    modcache: known(scope, 'GOMODCACHE') ?? `${gopath}/pkg/mod`,
    gocache: known(scope, 'GOCACHE') ?? DEFAULT_GOCACHE,
  };
}

/** How far up a builder's FROM chain its sources and Go builds are looked for. */
const NEAR = 64;

function leakyCopies(out: Report<MessageId>[], model: Model, stage: Stage, buildStages: ReadonlySet<Stage>): void {
  for (const copy of stage.copies) {
    if (copy.heredoc) continue;
    if (copy.fromStage) {
      const builder = copy.fromStage;
      const toolchain = rootFacts(builder)?.hasGoToolchain === true || stageLineage(builder, NEAR).some((s) => buildStages.has(s));
      // A builder's copy of a context without sources or .git (.dockerignore) carries neither.
      const sources = contextContents(model)?.leaks === false ? [] : sourceDirs(builder);
      classify(out, copy, builder, toolchain ? goDirs(builder.env) : undefined, sources);
    } else if (copy.fromImage !== undefined) {
      // `COPY --from=golang:1.23 /usr/local/go /usr/local/go`
      const ref = parseImageRef(copy.fromImage);
      if (ref && imageFacts(unmirror(ref, model.mirrors)).hasGoToolchain) classify(out, copy, copy.fromImage, goDirs(new Map([['GOPATH', { known: true, value: '/go' }]])), []);
    } else {
      for (const src of copy.sources) {
        if (!src.known) continue;
        const t = trimTrailingSlashes(src.text);
        if (t !== '.' && t !== '*' && t !== '/') continue;
        const contents = contextContents(model);
        if (contents?.leaks === false) continue;
        out.push({ messageId: 'contextSources', ...src.span, data: { keyword: copy.keyword, path: src.text, what: contents?.what ?? 'the source tree, and .git unless .dockerignore excludes it' } });
      }
    }
  }
}

/** What a copy of the whole build context carries, as far as the workspace shows it. */
interface ContextContents {
  /** Go sources (a .go file, go.mod) or .git are in it. */
  leaks: boolean;
  /** What it carries, for the message. */
  what: string;
}

const contentsMemo = new WeakMap<Model, ContextContents | null>();
/** Folders and files looked at before giving up (a context of a monorepo may hold many). */
const CONTEXT_WALK_LIMIT = 20000;

/**
 * The context after .dockerignore: does it hold Go sources, and .git? Undefined without a
 * workspace, or when the context is too large to look through.
 */
function contextContents(model: Model): ContextContents | undefined {
  const context = model.workspace?.context;
  if (!context) return undefined;
  let found = contentsMemo.get(model);
  if (found === undefined) {
    const git = context.kind('.git') !== undefined;
    const source = findGoSource(context);
    found = source === undefined ? null : describeContents(source, git);
    contentsMemo.set(model, found);
  }
  return found ?? undefined;
}

function describeContents(source: string | false, git: boolean): ContextContents {
  if (source === false) return { leaks: git, what: 'the .git history (the Go sources are not in the context)' };
  return { leaks: true, what: git ? `the Go sources (${source}, ...) and the .git history` : `the Go sources (${source}, ...)` };
}

/** The first Go source file of a tree (breadth first, .git skipped), false when there is none, undefined when the tree is too large. */
function findGoSource(tree: NonNullable<Model['workspace']>['context']): string | false | undefined {
  const queue = [''];
  let seen = 0;
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    for (const entry of tree.list(dir) ?? []) {
      if (++seen > CONTEXT_WALK_LIMIT) return undefined;
      const path = dir === '' ? entry : `${dir}/${entry}`;
      if (entry.endsWith('/')) {
        if (entry !== '.git/') queue.push(path.slice(0, -1));
      } else if (entry.endsWith('.go') || entry === 'go.mod') {
        return path;
      }
    }
  }
  return false;
}

/** `from`: the builder stage, or the image copied from. */
function classify(out: Report<MessageId>[], copy: CopyInfo, from: Stage | string, dirs: GoDirs | undefined, sources: string[]): void {
  for (const src of copy.sources) {
    if (!src.known) continue;
    const path = resolvePath('/', src.text);
    const at = src.span.start > copy.span.start ? src.span : copy.span;
    if (path === '/') {
      // A stage on scratch holds only what was copied into it (`FROM scratch AS binaries`).
      if (typeof from !== 'string' && rootFacts(from)?.family === 'scratch') continue;
      out.push(leak('copiesRoot', at, from, path));
      continue;
    }
    if (dirs) {
      // `path` is the folder itself, inside it, or a folder holding it.
      const covers = (dir: string) => isWithin(dir, path) || isWithin(path, dir);
      // GOROOT, a folder holding it, or one of its top folders (bin, pkg, src); not a single file
      // deep inside it, such as lib/time/zoneinfo.zip for time zones on scratch.
      if (isWithin(dirs.goroot, path) || (isWithin(path, dirs.goroot) && normalize(path).slice(normalize(dirs.goroot).length + 1).split('/').length === 1)) {
        out.push(leak('copiesToolchain', at, from, path));
        continue;
      }
      if (covers(dirs.modcache)) {
        const gopath = isWithin(dirs.gopath, path);
        const what = isWithin(path, dirs.modcache) ? `the Go module cache (${dirs.modcache})` : gopath ? `GOPATH (${dirs.gopath}) with the module cache` : `the Go module cache (${dirs.modcache})`;
        out.push(leak('copiesGopath', at, from, path, { what, hint: gopath ? ` (e.g. ${dirs.gopath}/bin/<name>)` : '' }));
        continue;
      }
      if (covers(dirs.gocache)) {
        out.push(leak('copiesCache', at, from, path));
        continue;
      }
    }
    if (sources.some((d) => isWithin(d, path))) out.push(leak('copiesSources', at, from, path));
  }
}

/** A report about a copy from `from`, named as the messages name it (read only when there is one to make). */
function leak(messageId: MessageId, at: Span, from: Stage | string, path: string, more?: { what: string; hint: string }): Report<MessageId> {
  const stage = typeof from === 'string' ? from : (from.from.getBuildStage() ?? String(from.index));
  return { messageId, ...at, data: { stage, path, ...more } };
}

/** Folders a stage (or one it is built FROM) copies the whole build context into (`COPY . .` with WORKDIR /src gives /src). */
function sourceDirs(stage: Stage): string[] {
  const dirs: string[] = [];
  for (const s of stageLineage(stage, NEAR)) {
    for (const copy of s.copies) {
      if (copy.fromStage || copy.fromImage !== undefined || copy.heredoc || copy.dest === undefined) continue;
      if (copy.sources.some((src) => src.known && trimTrailingSlashes(src.text) === '.')) dirs.push(normalize(copy.dest));
    }
  }
  return dirs.filter((d) => d !== '/');
}

/** A go command of a RUN: what it leaves behind without cache mounts. */
interface GoCommand {
  verb: string;
  start: number;
  end: number;
  buildCache: boolean;
  /** 'fills': downloads modules by design; 'may': downloads the ones still missing. */
  modules: 'fills' | 'may' | 'no';
}

const BUILDING = new Set(['build', 'install', 'test', 'run', 'vet']);

function goCommands(buildsByRun: ReadonlyMap<RunInfo, GoBuild[]>, run: RunInfo): GoCommand[] {
  const out: GoCommand[] = [];
  const builds = buildsByRun.get(run) ?? [];
  for (const b of builds) {
    const pinned = b.verb === 'install' && b.packages.some((p) => p.text.includes('@'));
    // A build in a Makefile or script is reported at the command of the RUN that runs it.
    const at = b.file ? (b.via ?? b.run.span) : { start: b.goWord.start, end: b.verbWord.end };
    out.push({ verb: b.verb, start: at.start, end: at.end, buildCache: true, modules: pinned ? 'fills' : 'may' });
  }
  for (const c of run.commands) {
    const go = goWordIndex(c);
    if (go === -1) continue;
    const goWord = c.words[go];
    const verb = c.words[go + 1];
    if (!verb || builds.some((b) => !b.file && b.goWord.start === goWord.start)) continue;
    const sub = c.words[go + 2]?.text;
    if (verb.text === 'mod' && (sub === 'download' || sub === 'tidy')) out.push({ verb: `mod ${sub}`, start: goWord.start, end: c.words[go + 2].end, buildCache: false, modules: 'fills' });
    else if (verb.text === 'get') out.push({ verb: 'get', start: goWord.start, end: verb.end, buildCache: false, modules: 'fills' });
    else if (BUILDING.has(verb.text)) out.push({ verb: verb.text, start: goWord.start, end: verb.end, buildCache: true, modules: 'may' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The `go` word of a command (`go`, `/usr/local/go/bin/go`, after `env A=b`), or -1. */
function goWordIndex(c: SimpleCommand): number {
  let i = 0;
  if (c.words[0]?.text === 'env') {
    i = 1;
    while (i < c.words.length && (c.words[i].text.includes('=') || c.words[i].text.startsWith('-'))) i++;
  }
  const w: Word | undefined = c.words[i];
  return w && (w.text === 'go' || w.text.endsWith('/go')) ? i : -1;
}

/** Does a `go clean` in the RUN remove the cache afterwards? */
function cleaned(run: RunInfo, flag: '-cache' | '-modcache'): boolean {
  return run.commands.some((c) => {
    const go = goWordIndex(c);
    return go !== -1 && c.words[go + 1]?.text === 'clean' && c.words.some((w) => w.text === flag);
  });
}

function cachesLeftInImage(out: Report<MessageId>[], model: Model, lineage: Stage[]): void {
  // Modules already left in the image by an earlier RUN were reported there.
  let modulesInImage = false;
  // Grouped when the final image has a RUN at all (a minimal one has none).
  let buildsByRun: Map<RunInfo, GoBuild[]> | undefined;
  for (const stage of lineage) {
    for (const run of stage.runs) {
      buildsByRun ??= groupByRun(model.goBuilds);
      const cmds = goCommands(buildsByRun, run);
      if (cmds.length === 0) continue;
      const dirs = goDirs(run.scope);
      // The build cache came with Go 1.10 and the module cache with Go 1.11: an older go leaves neither.
      const hasBuildCache = goVersionAtLeast(run.goVersion, '1.10') !== false;
      const hasModCache = goVersionAtLeast(run.goVersion, '1.11') !== false;
      const buildLeft = hasBuildCache && cmds.some((c) => c.buildCache) && !mounted(run, dirs.gocache, true) && !cleaned(run, '-cache');
      const modsUnmounted = hasModCache && !mounted(run, dirs.modcache, false) && !cleaned(run, '-modcache');
      const modsLeft = modsUnmounted && cmds.some((c) => c.modules === 'fills' || (c.modules === 'may' && !modulesInImage));
      if (modsUnmounted && cmds.some((c) => c.modules !== 'no')) modulesInImage = true;
      if (!buildLeft && !modsLeft) continue;
      const first = cmds.find((c) => (buildLeft && c.buildCache) || (modsLeft && c.modules !== 'no')) ?? cmds[0];
      const left = [buildLeft ? ['the build cache', dirs.gocache] : undefined, modsLeft ? ['the module cache', dirs.modcache] : undefined].filter((x): x is string[] => x !== undefined);
      const what = left.map(([name, dir]) => `${name} (${dir})`).join(' and ');
      const mounts = left.map(([, dir]) => `--mount=type=cache,target=${dir}`).join(' ');
      out.push({ messageId: 'cacheInImage', start: first.start, end: first.end, data: { verb: first.verb, what, remain: left.length > 1 ? 'remain' : 'remains', mounts } });
    }
  }
}

function groupByRun(builds: readonly GoBuild[]): Map<RunInfo, GoBuild[]> {
  const byRun = new Map<RunInfo, GoBuild[]>();
  for (const b of builds) {
    const list = byRun.get(b.run);
    if (list) list.push(b);
    else byRun.set(b.run, [b]);
  }
  return byRun;
}

/** Is `dir` under a cache (or tmpfs) mount of the RUN? `home` also accepts `~/.cache` of another user. */
function mounted(run: RunInfo, dir: string, home: boolean): boolean {
  return run.mounts.some((m) => {
    if ((m.type !== 'cache' && m.type !== 'tmpfs') || m.target === undefined) return false;
    const target = resolvePath(run.workdir ?? '/', m.target);
    if (isWithin(dir, target)) return true;
    // GOCACHE defaults to $HOME/.cache/go-build, and HOME depends on the USER.
    return home && run.scope.get('GOCACHE') === undefined && (target.endsWith('/.cache/go-build') || target.endsWith('/.cache'));
  });
}
