import { Arg, Env } from '../parse/ast';
import { spanOf, type SourceFile, type Span } from '../parse/source';
import { isAssignment, type SimpleCommand, type Word } from '../shell/lexer';
import { basename, dirname, globMatch, isWithin, normalize, resolvePath } from './paths';
import type { CgoSource, CopyInfo, GoBuild, GoCommand, GoEnvSetting, GoFlag, Model, OtherFile, RunInfo, Stage } from './types';
import { effectiveGoVersion, goVersionAtLeast } from './go-version';
import { stageLocator, type FileLocator } from './context-files';
import { invocationOf } from './invoke';
import { movesAfter } from './moves';
import { expand, type VarLookup, type VarValue } from './vars';
import { editDistance } from './edit-distance';
import { pushTo } from '../parse/maps';

/** `go build` flags that take a value (the rest are booleans). */
const VALUE_FLAGS = new Set([
  'o', 'p', 'C', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'tags', 'mod', 'modfile', 'pkgdir',
  'installsuffix', 'buildmode', 'compiler', 'overlay', 'pgo', 'toolexec', 'covermode', 'coverpkg',
  'exec', 'reuse',
]);
/** Commands that run the rest of their words as a command. */
const WRAPPERS = new Set(['time', 'exec', 'nice', 'command', 'nohup', 'sudo', 'xargs']);
const GO_COMMANDS = new Set(['go', 'xx-go']);

interface Binding {
  value: VarValue;
  source: CgoSource;
  word?: Word;
  /** The file the word is in, when not the Dockerfile. */
  file?: OtherFile;
}

/** Shell state while walking the commands of one RUN. */
export interface ShellState {
  vars: Map<string, Binding>;
  /** The values of `vars`, as {@link expand} reads them (a view, not a copy per word). */
  values: VarLookup;
  exported: Set<string>;
  cwd: string | undefined;
  /** Plain `NAME=value` assignments that were never exported, with the file they are written in (none: the Dockerfile). */
  unexported: Map<string, { word: Word; file?: OtherFile }>;
}

/** Find every `go build` / `go install` and what the go command will see when it runs. */
export function analyzeGoBuilds(file: SourceFile, model: Model): GoBuild[] {
  const builds: GoBuild[] = [];
  for (const stage of model.stages) {
    const parent = stage.base.kind === 'stage' ? stage.base.stage : undefined;
    const goEnv = new Map<string, VarValue>(parent?.goEnv ?? []);
    for (const run of stage.runs) {
      // Builds and `go env -w` need a go command, or a Makefile or script that may run one.
      if (!mentionsGo(run) && !runsElsewhere(run)) continue;
      const vars = new Map<string, Binding>();
      for (const [k, v] of run.scope) vars.set(k, { value: v, source: 'env' });
      const state: ShellState = {
        vars,
        values: { get: (name) => vars.get(name)?.value },
        exported: new Set(run.scope.keys()),
        cwd: run.workdir,
        unexported: new Map(),
      };
      const locate = stageLocator(model, stage, run);
      for (const command of run.commands) {
        const emit = (b: GoCommand, ctx: CommandContext) => builds.push({ ...b, stage, run, ...(ctx.other ? { via: command } : {}), shipped: false });
        visitCommand({ file, model, stage, run, command, state, goEnv, locate, emit, depth: 0 }, command.words, new Map());
      }
    }
    stage.goEnv = goEnv;
  }
  for (const b of builds) b.movedTo = movesAfter(b);
  for (const b of builds) b.shipped = makesExecutable(b) && shipsFrom(model, b);
  return builds;
}

/**
 * The go builds a command runs on the machine that makes the release, before `docker build`
 * (`make build` at the root of the build context, which stands at `/`): a clean environment, no
 * stage. Only Makefiles and scripts are followed; the words are the command's.
 */
export function hostCommands(
  file: SourceFile,
  model: Model,
  locate: FileLocator,
  words: readonly string[],
  cwd: string,
  observe?: CommandContext['observe'],
): GoCommand[] {
  const out: GoCommand[] = [];
  const synthetic = words.map((text) => ({ text, start: 0, end: 0, quoted: false, hasExpansion: false }));
  const command: SimpleCommand = { assignments: [], words: synthetic, redirects: [], start: 0, end: 0, separator: null };
  const vars = new Map<string, Binding>();
  const state: ShellState = { vars, values: { get: (name) => vars.get(name)?.value }, exported: new Set(), cwd, unexported: new Map() };
  visitCommand({ file, model, command, state, goEnv: new Map(), locate, emit: (b) => out.push(b), observe, depth: 0 }, synthetic, new Map());
  // What the command itself would be (a go build of its own) is not from a file: only followed builds count.
  return out.filter((b) => b.file !== undefined);
}

/** Does the binary reach the final image, where it was written or where it was moved or copied to? */
function shipsFrom(model: Model, b: GoBuild): boolean {
  if (reachesFinal(model, b.stage, b.output, b.outputDir)) return true;
  return (b.movedTo ?? []).some((p) => reachesFinal(model, b.stage, p, dirname(p)));
}

/** Does a command of the RUN run make or a script, which may build Go where the RUN does not say so? */
function runsElsewhere(run: RunInfo): boolean {
  return run.commands.some((c) => c.words.slice(0, 3).some((w) => w.text.includes('make') || w.text.includes('/') || w.text === '.' || w.text === 'source' || w.text.endsWith('sh')));
}

/**
 * Does the command leave an executable behind? `go build` of several packages or of a pattern
 * without -o only checks that they compile ("compiles the packages but discards the results"),
 * and `go install std` installs no program: nothing of theirs ships.
 */
function makesExecutable(b: GoBuild): boolean {
  const values = b.packages.map((p) => p.text);
  // `go build $GO_ARGS -o /app`: a variable may hold flags, and what follows it may be flags too.
  if (values.some((v) => v.includes('$') || v.startsWith('-'))) return true;
  if (values.length > 0 && values.every((v) => v === 'std')) return false;
  if (b.verb !== 'build' || b.flags.some((f) => f.name === 'o')) return true;
  if (values.length > 1 && !values.every((v) => v.endsWith('.go'))) return false;
  return !(values.length === 1 && (values[0].includes('...') || values[0] === 'all'));
}

/** Does some word of the RUN contain "go" (as every word naming the go command does)? */
function mentionsGo(run: RunInfo): boolean {
  for (const c of run.commands) for (const w of c.words) if (w.text.includes('go')) return true;
  return false;
}

function wordValue(w: Word, state: ShellState): VarValue {
  const p = wordPattern(w, state);
  return p.known ? { known: true, value: p.value } : { known: false };
}

/**
 * A word's value as far as it can be known: variables with known values are expanded, unknown
 * ones stay as `${NAME}`, command substitutions (`$(...)`, backticks) stay as written.
 */
function wordPattern(w: Word, state: ShellState): { known: boolean; value: string } {
  if (!w.hasExpansion) return { known: true, value: w.text };
  const v = expand(w.text, state.values);
  return { known: v.known && !v.value.includes('$(') && !v.value.includes('`'), value: v.value };
}

/** The value part of a `-flag=value` word, as a word of its own (for expansion). */
function valueAfterEquals(w: Word, eq: number): Word {
  return { ...w, text: w.text.slice(eq + 1) };
}

function splitAssignment(w: Word): { name: string; valueText: string } | undefined {
  const eq = w.text.indexOf('=');
  if (eq <= 0) return undefined;
  const name = w.text.slice(0, eq);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  return { name, valueText: w.text.slice(eq + 1) };
}

function assignmentValue(w: Word, state: ShellState): { name: string; value: VarValue } | undefined {
  const a = splitAssignment(w);
  if (!a) return undefined;
  const valueWord: Word = { ...w, text: a.valueText };
  return { name: a.name, value: wordValue(valueWord, state) };
}

/** What one command of a RUN is visited with: where it is, and the shell state it changes. */
export interface CommandContext {
  file: SourceFile;
  model: Model;
  /** The stage and RUN it runs in; none for a build that runs before `docker build`. */
  stage?: Stage;
  run?: RunInfo;
  command: SimpleCommand;
  state: ShellState;
  /** `go env -w` settings of the stage so far (they persist in a file across RUNs). */
  goEnv: Map<string, VarValue>;
  /** The file the command is written in, when not the Dockerfile (a Makefile, a script). */
  other?: OtherFile;
  /** Where make substituted references in the command. */
  substitutions?: GoCommand['substitutions'];
  /** Finds the Makefiles and scripts the command runs. */
  locate: FileLocator | undefined;
  /** Makefiles and scripts followed so far, to stop on a loop. */
  depth: number;
  /** Where a go build found is handed. */
  emit: (build: GoCommand, ctx: CommandContext) => void;
  /** Shown every other command run (after make and scripts are followed), for callers that look for more than go builds. */
  observe?: (words: Word[], ctx: CommandContext) => void;
}

/** The value of a word as the shell state of a command knows it. */
export function valueIn(ctx: CommandContext, w: Word): VarValue {
  return wordValue(w, ctx.state);
}

/**
 * Follow one simple command: shell builtins that change the environment (assignments, export,
 * unset, cd), wrappers that run the rest of their words (env, time, exec...), make and scripts
 * (whose commands are followed in their files), and the go command. `words` is what is left to
 * run; `prefix` holds the variables set for this command alone.
 */
export function visitCommand(ctx: CommandContext, all: Word[], given: Map<string, Binding>): void {
  applyAssignments(ctx, given);
  // A loop over what is left to run, not a recursion: `time time ... go build` or `env env ...`
  // repeated a hundred thousand times is one pass over the words.
  let prefix = given;
  let ownPrefix = false;
  let at = 0;
  while (at < all.length) {
    const head = all[at].text;
    switch (head) {
      case 'export':
        return applyExport(all.slice(at), ctx.state, ctx.other);
      case 'unset':
        for (let i = at + 1; i < all.length; i++) {
          ctx.state.vars.delete(all[i].text);
          ctx.state.exported.delete(all[i].text);
        }
        return;
      case 'cd':
        return applyCd(all[at + 1], ctx.state);
      case 'env':
        if (!ownPrefix) prefix = new Map(prefix);
        ownPrefix = true;
        at = envPrefix(all, at, prefix, ctx.state, ctx.other);
        continue;
    }
    if (WRAPPERS.has(head)) {
      at++;
      while (at < all.length && all[at].text.startsWith('-')) at++;
      continue;
    }
    return runCommand(ctx, at === 0 ? all : all.slice(at), prefix);
  }
}

/** A command proper (after env prefixes and wrappers): make or a script to follow, or the go command. */
function runCommand(ctx: CommandContext, words: Word[], prefix: Map<string, Binding>): void {
  if (ctx.depth < MAX_FOLLOW && followElsewhere(ctx, words, prefix)) return;
  ctx.observe?.(words, ctx);
  const head = words[0].text;
  // Only a word containing "go" can name the go command: most commands need no basename.
  if (!head.includes('go') || !GO_COMMANDS.has(basename(head)) || words.length < 2) return;
  const verb = words[1].text;
  if (verb === 'env') return recordGoEnv(words.slice(2), ctx.state, ctx.goEnv);
  if (verb === 'get' && !getInstalls(ctx, words, prefix)) return;
  if (verb !== 'build' && verb !== 'install' && verb !== 'get') return;
  ctx.emit(goBuild(ctx, words, prefix), ctx);
}

/**
 * Does `go get` build and install (into $GOPATH/bin)? Before Go 1.18 it did, unless told to only
 * download (`-d`); so it does in GOPATH mode (GO111MODULE=off). A newer or unknown Go only
 * changes go.mod.
 */
function getInstalls(ctx: CommandContext, words: Word[], prefix: Map<string, Binding>): boolean {
  if (words.some((w) => w.text === '-d')) return false;
  const env: GoEnvironment = { prefix, state: ctx.state, goEnv: ctx.goEnv };
  if (lookupEnv(env, 'GO111MODULE').value === 'off') return true;
  return ctx.run !== undefined && goVersionAtLeast(effectiveGoVersion(ctx.run, ctx.model.goMod), '1.18') === false;
}

/** Makefiles and scripts inside Makefiles and scripts, followed this deep at most. */
const MAX_FOLLOW = 4;

/**
 * `make ...`, `./build.sh`, `sh scripts/build.sh`, `. ./env.sh`: follow the commands they run in
 * their files, when the file can be found in the build context. True when the command was one.
 */
function followElsewhere(ctx: CommandContext, words: Word[], prefix: Map<string, Binding>): boolean {
  const env = new Map<string, VarValue>();
  for (const name of ctx.state.exported) {
    const b = ctx.state.vars.get(name);
    if (b) env.set(name, b.value);
  }
  for (const [name, b] of prefix) env.set(name, b.value);
  const invoked = invocationOf({ locate: ctx.locate, cwd: ctx.state.cwd, env, value: (w) => wordValue(w, ctx.state) }, words);
  if (!invoked) return false;
  for (const part of invoked) {
    const state = part.sameShell ? ctx.state : subshell(part.env, part.cwd ?? ctx.state.cwd, part.file);
    for (const command of part.commands) {
      visitCommand({ ...ctx, command, state, other: part.file, substitutions: part.substitutions, depth: ctx.depth + 1 }, command.words, new Map());
    }
  }
  return true;
}

/** A new shell (a script, a recipe line) with these exported variables. */
function subshell(env: ReadonlyMap<string, VarValue>, cwd: string | undefined, file: OtherFile): ShellState {
  const vars = new Map<string, Binding>();
  for (const [k, v] of env) vars.set(k, { value: v, source: 'env', file });
  return { vars, values: { get: (name) => vars.get(name)?.value }, exported: new Set(env.keys()), cwd, unexported: new Map() };
}

/** `NAME=value cmd` sets NAME for cmd alone; `NAME=value` alone sets a shell variable (exported only if it was). */
function applyAssignments(ctx: CommandContext, prefix: Map<string, Binding>): void {
  const { command, state, other: file } = ctx;
  for (const a of command.assignments) {
    const av = assignmentValue(a, state);
    if (!av) continue;
    if (command.words.length > 0) {
      prefix.set(av.name, { value: av.value, source: 'command', word: a, file });
    } else {
      state.vars.set(av.name, { value: av.value, source: state.exported.has(av.name) ? 'export' : 'command', word: a, file });
      if (!state.exported.has(av.name)) state.unexported.set(av.name, { word: a, file });
    }
  }
}

function applyExport(words: Word[], state: ShellState, file: OtherFile | undefined): void {
  for (const w of words.slice(1)) {
    if (w.text.startsWith('-')) continue;
    const av = assignmentValue(w, state);
    if (av) {
      state.vars.set(av.name, { value: av.value, source: 'export', word: w, file });
      state.exported.add(av.name);
      state.unexported.delete(av.name);
    } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(w.text)) {
      state.exported.add(w.text);
      state.unexported.delete(w.text);
    }
  }
}

function applyCd(target: Word | undefined, state: ShellState): void {
  if (!target) {
    state.cwd = '/root';
    return;
  }
  const v = wordValue(target, state);
  state.cwd = v.known && (state.cwd !== undefined || v.value.startsWith('/')) ? resolvePath(state.cwd ?? '/', v.value) : undefined;
}

/** `env [-i] [-u NAME] [NAME=value]... command`: the settings go into `inner`; returns where the command starts. */
function envPrefix(words: Word[], at: number, inner: Map<string, Binding>, state: ShellState, file: OtherFile | undefined): number {
  let i = at + 1;
  while (i < words.length) {
    const t = words[i].text;
    if (t === '-i' || t === '--ignore-environment' || t === '-' || t === '--') {
      i++;
      continue;
    }
    if (t === '-u' || t === '--unset') {
      if (words[i + 1]) inner.set(words[i + 1].text, { value: { known: true, value: '' }, source: 'command', word: words[i + 1], file });
      i += 2;
      continue;
    }
    const av = assignmentValue(words[i], state);
    if (!av) break;
    inner.set(av.name, { value: av.value, source: 'command', word: words[i], file });
    i++;
  }
  return i;
}

function recordGoEnv(args: Word[], state: ShellState, goEnv: Map<string, VarValue>): void {
  let mode: 'w' | 'u' | undefined;
  for (const w of args) {
    if (w.text === '-w') mode = 'w';
    else if (w.text === '-u') mode = 'u';
    else if (mode === 'w') {
      const av = assignmentValue(w, state);
      if (av) goEnv.set(av.name, av.value);
    } else if (mode === 'u') goEnv.delete(w.text);
  }
}

function goBuild(ctx: CommandContext, words: Word[], prefix: Map<string, Binding>): GoCommand {
  const { file, model, stage, run, command, state } = ctx;
  const env: GoEnvironment = { prefix, state, goEnv: ctx.goEnv };
  const { flags, packages, skipped } = parseGoArgs(words, state);
  const goflagsValue = lookupEnv(env, 'GOFLAGS').value;
  const goflags = splitQuoted(goflagsValue ?? '');
  const ldflags = ldflagsOf(flags, goflags, goflagsValue, state);
  const verb = words[1].text as 'build' | 'install' | 'get';
  const { output, outputDir, movedTo, outputPattern } = outputOf(model, stage, verb, lastFlag(flags, 'o'), packages, state, env);
  return {
    command,
    ...(ctx.other ? { file: ctx.other } : {}),
    ...(ctx.substitutions && ctx.substitutions.length > 0 ? { substitutions: ctx.substitutions } : {}),
    verb,
    goWord: words[0],
    verbWord: words[1],
    flags,
    packages,
    cgo: lookupEnv(env, 'CGO_ENABLED'),
    cgoFlags: CGO_SETTINGS.some((name) => lookupEnv(env, name).source !== 'default'),
    cgoMistakes: cgoMistakes(file, stage, run, prefix, state, ctx.substitutions),
    goos: lookupEnv(env, 'GOOS'),
    goarch: lookupEnv(env, 'GOARCH'),
    ldflags,
    trimpath: trimpathOf(flags, goflags, goflagsValue),
    staticLink: ldflags !== undefined && linksStatically(ldflags.flags),
    opaqueArgs: [...skipped, ...packages].some((w) => isOpaqueWord(w, state)),
    output,
    ...(outputPattern !== undefined ? { outputPattern } : {}),
    outputDir,
    ...(movedTo ? { movedTo } : {}),
    cwd: state.cwd,
    ...(run ? { goVersion: effectiveGoVersion(run, model.goMod) } : {}),
  };
}

/** The flags and package arguments of `go build|install ...` (words[0] is go, words[1] the verb). */
function parseGoArgs(words: Word[], state: ShellState): { flags: GoFlag[]; packages: Word[]; skipped: Word[] } {
  const flags: GoFlag[] = [];
  const skipped: Word[] = [];
  let i = 2;
  for (; i < words.length; i++) {
    const w = words[i];
    const t = w.text;
    if (t === '--') {
      i++;
      break;
    }
    if (!t.startsWith('-') || t === '-') {
      // `go build $GO_FLAGS -o /app .`: a variable that holds flags, with more flags after it.
      if (t.includes('$') && i + 1 < words.length && words[i + 1].text.startsWith('-')) {
        skipped.push(w);
        continue;
      }
      break;
    }
    const dashes = t.startsWith('--') ? 2 : 1;
    const body = t.slice(dashes);
    const eq = body.indexOf('=');
    if (eq !== -1) {
      const v = wordValue(valueAfterEquals(w, dashes + eq), state);
      flags.push({ name: body.slice(0, eq), nameWord: w, valueWord: w, value: v.known ? v.value : undefined });
    } else if (VALUE_FLAGS.has(body) && i + 1 < words.length) {
      const valueWord = words[++i];
      const v = wordValue(valueWord, state);
      flags.push({ name: body, nameWord: w, valueWord, value: v.known ? v.value : undefined });
    } else {
      flags.push({ name: body, nameWord: w });
    }
  }
  return { flags, packages: words.slice(i), skipped };
}

/** A word that is one unknown expansion as a whole (`$FLAGS`, `${GO_FLAGS}`, `$(FLAGS)` of make): it may hold any flags. */
function isOpaqueWord(w: Word, state: ShellState): boolean {
  if (!w.hasExpansion || !w.text.startsWith('$')) return false;
  return !wordValue(w, state).known;
}

/** The effective -ldflags: the command line's, else GOFLAGS'; unknown parts kept as written. */
function ldflagsOf(flags: readonly GoFlag[], goflags: readonly string[], goflagsValue: string | null | undefined, state: ShellState): GoBuild['ldflags'] {
  const ldFlag = lastFlag(flags, 'ldflags');
  if (ldFlag) {
    // An unknown value keeps its unknown parts as `${NAME}` / `$(...)`: `-X main.v=${VERSION}` still
    // shows that -s is missing, while a flag that is all variable (`$LDFLAGS`) may hold anything.
    const value = ldFlag.value ?? flagPattern(ldFlag, state);
    return { value, flags: splitQuoted(value), source: 'command', flag: ldFlag };
  }
  // GOFLAGS from a build argument without default: it may hold any -ldflags.
  if (goflagsValue === undefined) return { value: '${GOFLAGS}', flags: ['${GOFLAGS}'], source: 'GOFLAGS' };
  const g = goflag(goflags, 'ldflags');
  return g !== undefined ? { value: g, flags: splitQuoted(g), source: 'GOFLAGS' } : undefined;
}

/** Whether the build trims paths; unknown when only GOFLAGS could set it and GOFLAGS comes from a build argument without default. */
function trimpathOf(flags: readonly GoFlag[], goflags: readonly string[], goflagsValue: string | null | undefined): boolean | undefined {
  const trimFlag = lastFlag(flags, 'trimpath');
  const trimValue = trimFlag ? trimFlag.value ?? 'true' : goflag(goflags, 'trimpath');
  if (trimValue !== undefined) return trimValue !== 'false' && trimValue !== '0';
  return goflagsValue === undefined ? undefined : false;
}

/** What the go command sees of its environment: the command's own prefix, the shell's exported variables, `go env -w`. */
interface GoEnvironment {
  prefix: Map<string, Binding>;
  state: ShellState;
  goEnv: Map<string, VarValue>;
}

function lookupEnv(env: GoEnvironment, name: string): GoEnvSetting {
  const p = env.prefix.get(name);
  if (p) return { value: p.value.known ? p.value.value : undefined, source: 'command', word: p.word };
  const v = env.state.vars.get(name);
  if (v && env.state.exported.has(name)) return { value: v.value.known ? v.value.value : undefined, source: v.source, word: v.word };
  const g = env.goEnv.get(name);
  if (g) return { value: g.known ? g.value : undefined, source: 'go env -w' };
  return { value: null, source: 'default' };
}

/** The last flag of that name on the command line (the one the go command keeps). */
function lastFlag(flags: readonly GoFlag[], name: string): GoFlag | undefined {
  for (let k = flags.length - 1; k >= 0; k--) if (flags[k].name === name) return flags[k];
  return undefined;
}

/** Does an -ldflags list pass `-static` to the external linker (`-extldflags "-static"`, `-extldflags=-static -lm`)? */
export function linksStatically(ldflags: readonly string[]): boolean {
  for (let i = 0; i < ldflags.length; i++) {
    const f = ldflags[i].startsWith('--') ? ldflags[i].slice(1) : ldflags[i];
    let value: string | undefined;
    if (f === '-extldflags') value = ldflags[i + 1];
    else if (f.startsWith('-extldflags=')) value = f.slice('-extldflags='.length);
    if (value !== undefined && splitQuoted(value).some((t) => t === '-static' || t === '-static-pie')) return true;
  }
  return false;
}

/** Settings that only matter to cgo: whoever sets them builds with cgo on purpose. */
const CGO_SETTINGS = [
  'CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_FFLAGS', 'CGO_LDFLAGS', 'CC', 'CXX',
  'CGO_CFLAGS_ALLOW', 'CGO_CPPFLAGS_ALLOW', 'CGO_CXXFLAGS_ALLOW', 'CGO_LDFLAGS_ALLOW',
];

/** A flag's value in GOFLAGS (the last setting wins): "true" for a bare boolean flag. */
function goflag(goflags: readonly string[], name: string): string | undefined {
  for (let k = goflags.length - 1; k >= 0; k--) {
    const g = goflags[k];
    const f = g.startsWith('--') ? g.slice(2) : g.startsWith('-') ? g.slice(1) : g;
    if (f === name) return 'true';
    if (f.startsWith(name + '=')) return f.slice(name.length + 1);
  }
  return undefined;
}

/** The value of a flag with its unknown parts left as written (see {@link wordPattern}); '' without a value. */
function flagPattern(f: GoFlag, state: ShellState): string {
  if (!f.valueWord) return '';
  if (f.valueWord !== f.nameWord) return wordPattern(f.valueWord, state).value;
  const t = f.nameWord.text;
  return wordPattern(valueAfterEquals(f.nameWord, t.indexOf('=')), state).value;
}

function outputOf(
  model: Model,
  stage: Stage | undefined,
  verb: 'build' | 'install' | 'get',
  oFlag: GoFlag | undefined,
  packages: Word[],
  state: ShellState,
  env: GoEnvironment,
): { output?: string; outputDir?: string; movedTo?: string[]; outputPattern?: string } {
  const name = binaryName(model, packages, state);
  if (oFlag) {
    if (oFlag.value === undefined) {
      const pattern = flagPattern(oFlag, state);
      return state.cwd !== undefined || pattern.startsWith('/') ? { outputPattern: resolvePath(state.cwd ?? '/', pattern) } : {};
    }
    if (state.cwd === undefined && !oFlag.value.startsWith('/')) return {};
    const path = resolvePath(state.cwd ?? '/', oFlag.value);
    if (oFlag.value.endsWith('/')) return { outputDir: path, output: name ? `${path === '/' ? '' : path}/${name}` : undefined };
    return { output: path, outputDir: dirname(path) };
  }
  let dir: string | undefined;
  let movedTo: string[] | undefined;
  if (verb === 'build') dir = state.cwd;
  else {
    const gobin = lookupEnv(env, 'GOBIN').value;
    const gopath = lookupEnv(env, 'GOPATH').value;
    if (gobin) dir = normalize(gobin);
    else if (gopath === null) {
      const family = stage?.base.kind === 'image' ? stage.base.facts.family : undefined;
      dir = family === 'golang' ? '/go/bin' : '/root/go/bin';
      // An image the catalogue does not know may set GOPATH itself, as the golang image does.
      if (stage && (family === undefined || family === 'other') && name) movedTo = [`/go/bin/${name}`];
    } else if (gopath) dir = normalize(gopath.split(':')[0] + '/bin');
  }
  if (dir === undefined) return {};
  return { outputDir: dir, output: name ? `${dir === '/' ? '' : dir}/${name}` : undefined, ...(movedTo ? { movedTo } : {}) };
}

/** The file name go build gives the binary of the packages named, when it can be known. */
function binaryName(model: Model, packages: Word[], state: ShellState): string | undefined {
  const values: string[] = [];
  let goFiles = packages.length > 0;
  for (const p of packages) {
    const v = wordValue(p, state);
    if (!v.known) return undefined;
    values.push(v.value);
    if (!v.value.endsWith('.go')) goFiles = false;
  }
  if (goFiles) return basename(values[0]).slice(0, -3);
  if (values.length > 1) return undefined;
  const pkg = values[0] ?? '.';
  if (pkg.includes('...')) return undefined;
  if (pkg === '.' || pkg === './') {
    // The package in the working directory is named after its import path: the module path at the module root.
    const module = model.goMod?.module;
    return module ? lastElement(module) : undefined;
  }
  return lastElement(pkg.split('@')[0]);
}

function lastElement(importPath: string): string | undefined {
  const parts = importPath.split('/').filter((p) => p && p !== '.');
  let name = parts.pop();
  // Major version suffixes (example.com/tool/v2) name the binary after the element before.
  if (name && /^v[0-9]+$/.test(name) && parts.length > 0) name = parts.pop();
  return name && name !== '..' ? name : undefined;
}

function cgoMistakes(
  file: SourceFile,
  stage: Stage | undefined,
  run: RunInfo | undefined,
  prefix: Map<string, Binding>,
  state: ShellState,
  substitutions: GoCommand['substitutions'],
): GoCommand['cgoMistakes'] {
  const out: GoCommand['cgoMistakes'] = [];
  const at = (w: Word, other: OtherFile | undefined) => ({ span: { start: w.start, end: w.end }, ...(other ? { file: other } : {}), asWritten: !other || writtenAsIs(w, substitutions) });
  for (const [name, b] of prefix) if (looksLikeCgoEnabled(name) && b.word) out.push({ text: name, kind: 'misspelled', ...at(b.word, b.file) });
  for (const [name, b] of state.vars) {
    if (b.source !== 'env' && looksLikeCgoEnabled(name) && b.word && !prefix.has(name)) out.push({ text: name, kind: 'misspelled', ...at(b.word, b.file) });
  }
  if (!prefix.has('CGO_ENABLED')) {
    const w = state.unexported.get('CGO_ENABLED');
    if (w) out.push({ text: 'CGO_ENABLED', kind: 'not-exported', ...at(w.word, w.file) });
  }
  // ENV and ARG declarations up the FROM chain, before this RUN.
  for (let s: Stage | undefined = stage, n = 0; s && run && n < 64; s = s.base.kind === 'stage' ? s.base.stage : undefined, n++) {
    for (const d of cgoLookalikes(file, s)) {
      if (s === stage && d.at >= run.span.start) break;
      if (d.arg && s !== stage) continue;
      if (state.vars.has(d.name)) out.push({ text: d.name, span: { start: d.span.start, end: d.span.end }, kind: 'misspelled', asWritten: true });
    }
  }
  return out;
}

/**
 * Is a word of a command written where it reads? Always in a Dockerfile or a script; in a Makefile
 * recipe, unless make made it from part of a reference (`$(GOBUILD)` holding `go build`): an edit
 * at its place would land inside the reference. A word that is one whole reference whose value is
 * one word (`$(GO)`), or that holds a reference between literal text (`"$(LDFLAGS)"`), is as
 * written where an edit goes: before it, after it, or just inside its quotes.
 */
export function writtenAsIs(word: { start: number; end: number }, substitutions: GoCommand['substitutions']): boolean {
  if (!substitutions) return true;
  for (const s of substitutions) {
    if (s.end <= word.start || s.start >= word.end) continue;
    if (s.start < word.start || s.end > word.end) return false;
    if (!s.oneWord && (s.start === word.start || s.end === word.end)) return false;
  }
  return true;
}

/** An ENV or ARG name of a stage that looks meant as CGO_ENABLED; `at`: where its instruction starts. */
interface CgoLookalike {
  name: string;
  span: Span;
  arg: boolean;
  at: number;
}

const lookalikesMemo = new WeakMap<Stage, CgoLookalike[]>();

/** The stage's ENV and ARG names that look like CGO_ENABLED, in order: found once per stage, not once per build. */
function cgoLookalikes(file: SourceFile, stage: Stage): CgoLookalike[] {
  let found = lookalikesMemo.get(stage);
  if (found) return found;
  found = [];
  for (const ins of stage.instructions) {
    if (!(ins instanceof Env) && !(ins instanceof Arg)) continue;
    for (const p of ins.getProperties()) {
      const name = p.getName();
      if (looksLikeCgoEnabled(name)) found.push({ name, span: spanOf(file, p.getNameRange()), arg: ins instanceof Arg, at: spanOf(file, ins.getRange()).start });
    }
  }
  lookalikesMemo.set(stage, found);
  return found;
}

/**
 * A build made for a debugger: `-gcflags` turns off optimizations or inlining (`all=-N -l`, as
 * Delve asks). Stripping its symbols (`-s -w`) or its paths (`-trimpath`) defeats its purpose.
 */
export function isDebugBuild(build: Pick<GoCommand, 'flags'>): boolean {
  return build.flags.some((f) => f.name === 'gcflags' && f.value !== undefined && splitQuoted(f.value.replace(/^[^=\s]*=/, '')).some((t) => t === '-N' || t === '-l'));
}

/** A name someone meant as CGO_ENABLED: other casing, or one or two letters off. */
export function looksLikeCgoEnabled(name: string): boolean {
  if (name === 'CGO_ENABLED') return false;
  const upper = name.toUpperCase();
  if (upper === 'CGO_ENABLED') return true;
  return upper.startsWith('CGO') && upper !== 'CGO_CFLAGS' && upper !== 'CGO_LDFLAGS' && editDistance(upper, 'CGO_ENABLED', 2) <= 2;
}

/**
 * Split a flag list as the go command does (cmd/internal/quoted): blanks separate, quotes group.
 * Unknown parts of a value (`${NAME}`, `$(...)`, backticks, see {@link wordPattern}) stay whole
 * inside the token that holds them, so a token starting with `$` or a backtick is one whose flags
 * cannot be known.
 */
export function splitQuoted(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else cur += c;
    } else if ((c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) || c === '`') {
      const end = expansionEnd(s, i);
      cur += s.slice(i, end);
      inWord = true;
      i = end - 1;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

/** End (exclusive) of the `$(...)`, `${...}` or backtick group starting at `i`; linear, nesting counted. */
function expansionEnd(s: string, i: number): number {
  if (s[i] === '`') {
    const close = s.indexOf('`', i + 1);
    return close === -1 ? s.length : close + 1;
  }
  const open = s[i + 1];
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === open) depth++;
    else if (s[j] === close && --depth === 0) return j + 1;
  }
  return s.length;
}

/** Does a flag token hold flags that cannot be known (it is, or starts with, an unknown expansion)? */
export function isOpaqueFlag(token: string): boolean {
  return token.startsWith('$') || token.startsWith('`');
}

/** Where a file (or a folder's contents) may be while a search follows it through the stages. */
interface Place {
  stage: Stage;
  output: string | undefined;
  outputDir: string | undefined;
}

/** A search that visits more places than this gives up (answers no): no input makes it slow. */
const MAX_PLACES = 20_000;

/** The edges a file can travel along out of each stage: stages built FROM it, and COPY --from it. */
interface StageGraph {
  final: ReadonlySet<Stage>;
  children: ReadonlyMap<Stage, readonly Stage[]>;
  copiesFrom: ReadonlyMap<Stage, readonly CopyInfo[]>;
}

const graphs = new WeakMap<Model, StageGraph>();

function stageGraph(model: Model): StageGraph {
  let graph = graphs.get(model);
  if (graph) return graph;
  const children = new Map<Stage, Stage[]>();
  const copiesFrom = new Map<Stage, CopyInfo[]>();
  for (const later of model.stages) {
    if (later.base.kind === 'stage') {
      for (const c of new Set(later.base.candidates)) if (c.index < later.index) pushTo(children, c, later);
    }
    for (const copy of later.copies) if (copy.fromStage !== undefined && copy.fromStage.index < later.index) pushTo(copiesFrom, copy.fromStage, copy);
  }
  graph = { final: new Set(model.finalLineage), children, copiesFrom };
  graphs.set(model, graph);
  return graph;
}

/**
 * Does a file written at `output` (or somewhere in `outputDir`) in `stage` end up in the final
 * image? It does when the stage is the final one or one it is built FROM, or when a later stage
 * copies it (`COPY --from`) and that stage's copy reaches the final image in turn. A search over
 * (stage, path) places, each visited once: linear in the copies, however they branch and join.
 */
export function reachesFinal(model: Model, stage: Stage, output: string | undefined, outputDir: string | undefined): boolean {
  const graph = stageGraph(model);
  const seen = new Set<string>();
  const todo: Place[] = [{ stage, output, outputDir }];
  while (todo.length > 0) {
    const place = todo.pop() as Place;
    if (graph.final.has(place.stage)) return true;
    const key = `${place.stage.index}\0${place.output ?? '\u0001'}\0${place.outputDir ?? '\u0001'}`;
    if (seen.has(key)) continue;
    if (seen.size >= MAX_PLACES) return false;
    seen.add(key);
    for (const later of graph.children.get(place.stage) ?? []) todo.push({ stage: later, output: place.output, outputDir: place.outputDir });
    for (const copy of graph.copiesFrom.get(place.stage) ?? []) copyTargets(copy, place, todo);
  }
  return false;
}

/** Where a COPY --from puts what is at `place` (in the stage it copies from), added to `out`. */
function copyTargets(copy: CopyInfo, place: Place, out: Place[]): void {
  const later = copy.stage;
  const { output, outputDir } = place;
  const many = copy.sources.length > 1;
  for (const src of copy.sources) {
    if (!src.known) {
      out.push({ stage: later, output: undefined, outputDir: copy.dest });
      continue;
    }
    const from = resolvePath('/', src.text);
    const destDir = copy.dest !== undefined && (copy.dest.endsWith('/') || many) ? normalize(copy.dest) : undefined;
    if (output !== undefined) {
      let landed: string | undefined | null = null;
      if (from === output || globMatch(from, output)) landed = copy.dest === undefined ? undefined : destDir ? resolvePath(destDir, basename(output)) : normalize(copy.dest);
      else if (isWithin(output, from)) landed = copy.dest === undefined ? undefined : resolvePath(normalize(copy.dest), output.slice(from.length + (from === '/' ? 0 : 1)));
      if (landed !== null) out.push({ stage: later, output: landed, outputDir: landed ? dirname(landed) : undefined });
    } else if (outputDir === undefined || isWithin(from, outputDir) || isWithin(outputDir, from)) {
      out.push({ stage: later, output: undefined, outputDir: copy.dest === undefined ? undefined : destDir ?? dirname(copy.dest) });
    }
  }
}

/**
 * The first word before the go command that is neither `env`, one of its options, nor a
 * NAME=value (`time go build`, `exec go build`, `xargs go build`): a prefix written in front of
 * `go` would be the command that wrapper runs. Undefined when the go command heads its command.
 */
export function goWrapper(build: Pick<GoCommand, 'command' | 'goWord'>): string | undefined {
  let env = false;
  for (const w of build.command.words) {
    if (w.start >= build.goWord.start) return undefined;
    if (w.text === 'env' && !env) env = true;
    else if (!(env && (w.text.startsWith('-') || isAssignment(w.text)))) return w.text;
  }
  return undefined;
}
