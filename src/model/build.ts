import { Add, Arg, Copy, Env, From, Run, User, Workdir, type Instruction } from '../parse/ast';
import { spanOf, type SourceFile, type Span } from '../parse/source';
import { splitCommands, type SimpleCommand } from '../shell/lexer';
import { imageFacts, scratchFacts, type ImageFacts } from './catalogue';
import { parseImageRef, type ImageRef } from './image-ref';
import { unmirror, type ImageMirror } from './registries';
import type { GoMod } from './gomod';
import { analyzeGoBuilds } from './go';
import { execForm, execFormWords } from './exec-form';
import { basename, hasGlob, isWithin, normalize, resolvePath } from './paths';
import type { CopyInfo, Model, Mount, RunInfo, Stage, StageBase, UserInfo } from './types';
import { bindingOf, expand, matchesExpansion, type Scope, type VarValue } from './vars';

/** ARGs BuildKit defines for every build; their values depend on the build's platforms. */
const PLATFORM_ARGS = [
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE',
];
const UNKNOWN: VarValue = { known: false };

export interface ModelOptions {
  goMod?: GoMod;
  /** Registries that mirror others, so that mirrored images are known (config `mirrors`). */
  mirrors?: readonly ImageMirror[];
  /** Values of automatic platform arguments (TARGETARCH, ...) for one platform; unknown otherwise. */
  platform?: Readonly<Record<string, string>>;
}

/** Build the model the rules reason about: stages, scopes, RUN commands, copies and Go builds. */
export function buildModel(file: SourceFile, options: ModelOptions = {}): Model {
  const instructions = file.dockerfile.getInstructions();
  const globalScope = new Map<string, VarValue>();
  for (const name of PLATFORM_ARGS) {
    const value = options.platform?.[name];
    globalScope.set(name, value === undefined ? UNKNOWN : { known: true, value });
  }

  const index = new StageIndex();
  const stages = index.stages;
  let current:
    | {
        stage: Stage;
        scope: Map<string, VarValue>;
        /** A copy of `scope` for the RUNs that see it, shared by the RUNs until an ARG or ENV changes it. */
        snapshot?: Scope;
        env: Map<string, VarValue>;
        goEnv: Map<string, VarValue>;
      }
    | undefined;

  for (const instruction of instructions) {
    if (instruction instanceof From) {
      current = startStage(file, instruction, index, globalScope);
      index.add(current.stage);
      continue;
    }
    if (!current) {
      // Before the first FROM only ARG is allowed (structural checks report the rest).
      if (instruction instanceof Arg) declareArgs(file, instruction, globalScope, globalScope, true);
      continue;
    }
    const { stage, scope, env } = current;
    stage.instructions.push(instruction);
    if (instruction instanceof Arg) {
      declareArgs(file, instruction, scope, globalScope, false);
      current.snapshot = undefined;
    } else if (instruction instanceof Env) {
      current.snapshot = undefined;
      for (const p of instruction.getProperties()) {
        const raw = p.getValue();
        const v = raw === null ? { value: '', known: true } : expand(raw, scope, file.escapeChar);
        const value: VarValue = v.known ? { known: true, value: v.value } : UNKNOWN;
        scope.set(p.getName(), value);
        env.set(p.getName(), value);
      }
    } else if (instruction instanceof Workdir) {
      const arg = instruction.getArgumentsContent();
      if (arg !== null) {
        const v = expand(arg.trim(), scope, file.escapeChar);
        stage.workdir = v.known && stage.workdir !== undefined ? resolvePath(stage.workdir, v.value) : v.known && v.value.startsWith('/') ? resolvePath('/', v.value) : undefined;
      }
    } else if (instruction instanceof User) {
      stage.user = userInfo(file, instruction, scope);
    } else if (instruction instanceof Run) {
      current.snapshot ??= new Map(scope);
      stage.runs.push(runInfo(file, stage, instruction, current.snapshot));
    } else if (instruction instanceof Copy || instruction instanceof Add) {
      stage.copies.push(copyInfo(file, stage, instruction, scope, index));
    }
  }

  const final = stages[stages.length - 1];
  const finalLineage = final ? stageLineage(final) : [];
  const model: Model = { stages, final, finalLineage, goBuilds: [], globalScope, goMod: options.goMod, mirrors: options.mirrors ?? [], platform: options.platform };
  if (!options.platform) model.platformVariants = platformVariants(finalLineage);
  model.goBuilds = analyzeGoBuilds(file, model);
  return model;

  function startStage(f: SourceFile, from: From, earlier: StageIndex, global: Map<string, VarValue>) {
    const fromSpan = spanOf(f, from.getRange());
    const imageRange = from.getImageRange();
    const imageSpan = imageRange ? spanOf(f, imageRange) : fromSpan;
    const imageRaw = imageRange ? f.text.slice(imageSpan.start, imageSpan.end) : '';
    const expanded = expand(imageRaw, global, f.escapeChar);
    const name = from.getBuildStage()?.toLowerCase() ?? undefined;
    const base = resolveBase(expanded, earlier, options.mirrors);
    const parent = base.kind === 'stage' ? base.stage : undefined;
    let platformChoices: Stage['platformChoices'];
    if (base.kind === 'stage' && base.candidates.length > 1) {
      const choices = base.candidates.map((c) => (c.name === undefined ? undefined : bindingOf(expanded, c.name)));
      if (choices.every((c) => c !== undefined && ARCH_ARGS.includes(c.name))) platformChoices = choices as Array<{ name: string; value: string }>;
    }
    const stage: Stage = {
      index: earlier.stages.length,
      name,
      from,
      fromSpan,
      imageSpan,
      imageText: expanded.value,
      base,
      instructions: [],
      env: new Map(parent?.env ?? imageEnv(base)),
      goEnv: new Map(parent?.goEnv ?? []),
      workdir: parent ? parent.workdir : defaultWorkdir(base),
      runs: [],
      copies: [],
      ...(platformChoices ? { platformChoices } : {}),
    };
    const env = stage.env as Map<string, VarValue>;
    return { stage, scope: new Map(env), env, goEnv: stage.goEnv as Map<string, VarValue> };
  }
}

function resolveBase(expanded: ReturnType<typeof expand>, earlier: StageIndex, mirrors: readonly ImageMirror[] | undefined): StageBase {
  const lower = expanded.value.toLowerCase();
  if (expanded.known) {
    const stage = earlier.find(lower);
    if (stage) return { kind: 'stage', stage, candidates: [stage] };
    if (lower === 'scratch') return { kind: 'scratch' };
    const image = knownImage(expanded.value, mirrors);
    return image ? { kind: 'image', ref: image.ref, facts: image.facts } : { kind: 'unknown', text: expanded.value };
  }
  // `FROM runtime-$TARGETARCH` picks among the stages it fits; `FROM $BASE` alone names no stage
  // in particular (it would fit every one): its base is unknown.
  const literal = expanded.parts.some((p) => typeof p === 'string' && p !== '');
  const candidates = literal ? earlier.stages.filter((s) => s.name !== undefined && matchesExpansion(expanded, s.name)) : [];
  if (candidates.length > 0) return { kind: 'stage', stage: candidates[0], candidates };
  return { kind: 'unknown', text: expanded.value };
}

/**
 * Image references with their facts, by the image text: the same few images come back in file
 * after file, and both are plain data that nothing changes. Bounded for runs over many files.
 */
const IMAGES = new Map<string, { ref: ImageRef; facts: ImageFacts } | null>();
/** The same, per set of mirrors (one set per configuration file). */
const MIRRORED = new WeakMap<readonly ImageMirror[], typeof IMAGES>();

function knownImage(text: string, mirrors: readonly ImageMirror[] | undefined): { ref: ImageRef; facts: ImageFacts } | null {
  let cache = IMAGES;
  if (mirrors && mirrors.length > 0) {
    cache = MIRRORED.get(mirrors) ?? new Map();
    MIRRORED.set(mirrors, cache);
  }
  let image = cache.get(text);
  if (image === undefined) {
    const ref = parseImageRef(text);
    image = ref ? { ref, facts: imageFacts(unmirror(ref, mirrors)) } : null;
    if (cache.size >= 1024) cache.clear();
    cache.set(text, image);
  }
  return image;
}

/** A stage by name, or by index as `COPY --from=0` allows. */
export function findStage(stages: readonly Stage[], ref: string): Stage | undefined {
  const lower = ref.toLowerCase();
  const named = stages.find((s) => s.name === lower);
  if (named) return named;
  if (isIndex(ref)) return stages[Number(ref)];
  return undefined;
}

function isIndex(ref: string): boolean {
  if (ref.length === 0) return false;
  for (const c of ref) if (c < '0' || c > '9') return false;
  return true;
}

/** The stages seen so far, found by name in constant time (a file may have thousands). */
class StageIndex {
  readonly stages: Stage[] = [];
  private readonly byName = new Map<string, Stage>();

  add(stage: Stage): void {
    this.stages.push(stage);
    // The first stage of a name is the one BuildKit would refuse a second of; keep it.
    if (stage.name !== undefined && !this.byName.has(stage.name)) this.byName.set(stage.name, stage);
  }

  /** As {@link findStage}, never returning `except` (a stage cannot copy from itself). */
  find(ref: string, except?: Stage): Stage | undefined {
    const named = this.byName.get(ref.toLowerCase());
    if (named && named !== except) return named;
    if (named) return undefined;
    if (!isIndex(ref)) return undefined;
    const s = this.stages[Number(ref)];
    return s === except ? undefined : s;
  }
}

/** The environment an image brings that matters here (the official golang image sets GOPATH=/go). */
function imageEnv(base: StageBase): Array<[string, VarValue]> {
  if (base.kind === 'image' && base.facts.family === 'golang') return [['GOPATH', { known: true, value: '/go' }]];
  return [];
}

function defaultWorkdir(base: StageBase): string | undefined {
  if (base.kind === 'image') {
    if (base.facts.family === 'golang') return '/go';
    if (base.facts.family === 'distroless' && base.facts.defaultUid === 65532) return '/home/nonroot';
    if (base.facts.family === 'other') return undefined;
  }
  return '/';
}

function declareArgs(file: SourceFile, arg: Arg, scope: Map<string, VarValue>, global: Scope, isGlobal: boolean): void {
  for (const p of arg.getProperties()) {
    const name = p.getName();
    const raw = p.getValue();
    if (raw !== null) {
      const v = expand(raw, scope, file.escapeChar);
      scope.set(name, v.known ? { known: true, value: v.value } : UNKNOWN);
    } else if (!isGlobal && global.has(name)) {
      // `ARG NAME` in a stage takes the global ARG's default.
      scope.set(name, global.get(name) ?? UNKNOWN);
    } else {
      scope.set(name, UNKNOWN);
    }
  }
}

function userInfo(file: SourceFile, user: User, scope: Scope): UserInfo {
  const span = spanOf(file, user.getRange());
  const raw = (user.getArgumentsContent() ?? '').trim();
  const v = expand(raw, scope, file.escapeChar);
  const [u, g] = v.value.split(':');
  return { instruction: user, span, user: v.known ? u : undefined, group: v.known ? g : undefined };
}

/** `scope`: the variables the RUN sees, a copy that later ARG and ENV do not change. */
function runInfo(file: SourceFile, stage: Stage, run: Run, scope: Scope): RunInfo {
  const span = spanOf(file, run.getRange());
  const mounts: Mount[] = [];
  for (const f of run.getFlags()) {
    if (f.getName().toLowerCase() !== 'mount') continue;
    const type = flagOption(f, 'type') ?? 'bind';
    const fromRange = f.getOption('from')?.getValueRange();
    mounts.push({
      type,
      target: flagOption(f, 'target') ?? flagOption(f, 'dst') ?? flagOption(f, 'destination'),
      source: flagOption(f, 'source') ?? flagOption(f, 'src'),
      from: flagOption(f, 'from'),
      ...(fromRange ? { fromSpan: spanOf(file, fromRange) } : {}),
    });
  }
  const workdir = stage.workdir;
  const argsRange = run.getArgumentsRange();
  if (!argsRange) return { stage, instruction: run, span, scope, workdir, mounts, form: 'shell', commands: [] };
  const args = spanOf(file, argsRange);
  const exec = execForm(file, args);
  if (exec) {
    // No shell runs it, but `RUN ["go", "build", ...]` is still a build to analyse.
    const command = execFormWords(file, args);
    return { stage, instruction: run, span, scope, workdir, mounts, form: 'exec', commands: command ? [command] : [], exec };
  }
  const heredocs = run.getHeredocs();
  if (heredocs.length === 0) {
    const commands = splitCommands(file.text, args.start, args.end, { escapeChar: file.escapeChar, dockerfileContinuations: true });
    return { stage, instruction: run, span, scope, workdir, mounts, form: 'shell', commands };
  }
  // `RUN <<EOF` (or `RUN sh <<EOF`): the first line is the command, each body is a script the shell runs.
  const firstLineEnd = spanOf(file, heredocs[0].getStartRange()).start;
  const lineEnd = file.text.indexOf('\n', firstLineEnd);
  const head = splitCommands(file.text, args.start, lineEnd === -1 ? args.end : lineEnd, { escapeChar: file.escapeChar, dockerfileContinuations: true });
  const commands: SimpleCommand[] = [...head];
  const runsScript = head.length <= 1 && (head.length === 0 || isShellCommand(head[0]));
  if (runsScript) {
    for (const h of heredocs) {
      const content = h.getContentRange();
      if (!content) continue;
      const body = spanOf(file, content);
      commands.push(...splitCommands(file.text, body.start, body.end, { escapeChar: file.escapeChar, dockerfileContinuations: false }));
    }
  }
  return { stage, instruction: run, span, scope, workdir, mounts, form: 'heredoc', commands };
}

type Flag = ReturnType<Run['getFlags']>[number];

/** The value of a `--mount` option (`type=cache`), undefined when it is not given. */
function flagOption(flag: Flag, name: string): string | undefined {
  return flag.getOption(name)?.getValue() ?? undefined;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/bin/dash', '/usr/bin/bash']);

function isShellCommand(cmd: SimpleCommand): boolean {
  if (cmd.words.length === 0) return true;
  if (!SHELLS.has(cmd.words[0].text)) return false;
  // `bash -e <<EOF` runs the script; `bash -c '...' <<EOF` does not read it.
  return cmd.words.slice(1).every((w) => w.text.startsWith('-') && !w.text.includes('c'));
}

function copyInfo(file: SourceFile, stage: Stage, copy: Copy | Add, scope: Scope, earlier: StageIndex): CopyInfo {
  const span = spanOf(file, copy.getRange());
  const keyword = copy instanceof Copy ? 'COPY' : 'ADD';
  let fromFlag: Flag | undefined;
  for (const f of copy.getFlags()) {
    if (f.getName().toLowerCase() === 'from') {
      fromFlag = f;
      break;
    }
  }
  let fromStage: Stage | undefined;
  let fromImage: string | undefined;
  let fromImageSpan: Span | undefined;
  let fromImageKnown = false;
  if (fromFlag) {
    const v = expand(fromFlag.getValue() ?? '', scope, file.escapeChar);
    fromStage = v.known ? earlier.find(v.value, stage) : undefined;
    if (!fromStage) {
      fromImage = v.value;
      fromImageKnown = v.known;
      const range = fromFlag.getValueRange();
      if (range) fromImageSpan = spanOf(file, range);
    }
  }
  const heredocs = copy instanceof Copy ? copy.getHeredocs() : [];
  const heredoc = heredocs.length > 0;
  const argsRange = copy.getArgumentsRange();
  const args = argsRange ? spanOf(file, argsRange) : span;
  const exec = heredoc ? undefined : execForm(file, args);
  let paths: Array<{ text: string; span: Span; literal?: boolean }>;
  if (exec) {
    paths = exec.map((text) => ({ text, span: args }));
  } else if (heredoc) {
    // `COPY <<EOF /dest`: only the first line holds paths; the bodies are file contents. Each
    // `<<NAME` source (kept as written, see heredocName) is an inline file called NAME.
    const bodyStart = Math.min(...heredocs.map((h) => spanOf(file, h.getStartRange()).start));
    const firstLineEnd = file.text.indexOf('\n', bodyStart);
    const limit = firstLineEnd === -1 ? file.text.length : firstLineEnd;
    paths = copy
      .getArguments()
      .map((a) => ({ a, span: spanOf(file, a.getRange()) }))
      .filter(({ span: sp }) => sp.start < limit)
      .map(({ a, span: sp }) => {
        const h = heredocs.find((d) => spanOf(file, d.getStartRange()).start === sp.start);
        return h ? { text: file.text.slice(sp.start, sp.end), span: sp, literal: true } : { text: a.getValue(), span: sp };
      });
  } else {
    paths = [];
    for (const a of copy.getArguments()) paths.push({ text: a.getValue(), span: spanOf(file, a.getRange()) });
  }
  const destEntry = paths.pop();
  const destText = destEntry?.text ?? '';
  const destExp = expand(destText, scope, file.escapeChar);
  let dest: string | undefined;
  if (destExp.known && (stage.workdir !== undefined || destExp.value.startsWith('/'))) {
    const resolved = resolvePath(stage.workdir ?? '/', destExp.value);
    // "dir/", ".", "dir/." name a folder: sources keep their names inside it.
    const isDir = destExp.value.endsWith('/') || destExp.value === '.' || destExp.value.endsWith('/.');
    dest = isDir && resolved !== '/' ? resolved + '/' : resolved;
  }
  const sources: CopyInfo['sources'] = [];
  for (const p of paths) {
    if (p.literal) {
      sources.push({ text: p.text, known: true, span: p.span });
    } else {
      const v = expand(p.text, scope, file.escapeChar);
      sources.push({ text: v.value, known: v.known, span: p.span });
    }
  }
  return { stage, instruction: copy, span, keyword, fromStage, fromImage, fromImageSpan, fromImageKnown, sources, dest, destText, workdir: stage.workdir, heredoc };
}

/**
 * `f` of a stage, computed from the stage itself and the results for the stages it is built FROM
 * (each candidate of `FROM runtime-$TARGETARCH`). Each stage is computed once per memo, in stage
 * order and without recursion: a FROM can only name an earlier stage, so bases come first, and
 * FROM chains thousands of stages long cost linear time.
 */
export function foldLineage<T>(memo: WeakMap<Stage, T>, stage: Stage, f: (s: Stage, bases: readonly T[]) => T): T {
  const known = memo.get(stage);
  if (known !== undefined || memo.has(stage)) return known as T;
  const todo: Stage[] = [];
  const seen = new Set<Stage>();
  const stack: Stage[] = [stage];
  while (stack.length > 0) {
    const s = stack.pop() as Stage;
    if (seen.has(s) || memo.has(s)) continue;
    seen.add(s);
    todo.push(s);
    if (s.base.kind === 'stage') stack.push(...s.base.candidates);
  }
  todo.sort((a, b) => a.index - b.index);
  for (const s of todo) {
    const bases = s.base.kind === 'stage' ? s.base.candidates.filter((c) => c.index < s.index).map((c) => memo.get(c) as T) : [];
    memo.set(s, f(s, bases));
  }
  return memo.get(stage) as T;
}

const factsMemo = new WeakMap<Stage, ImageFacts | undefined>();
/** Facts are plain data that nothing changes: one scratch for every stage built on it. */
const SCRATCH = scratchFacts();

/** Facts of the image a stage finally rests on, through FROM-stage chains; merged over candidates. */
export function rootFacts(stage: Stage): ImageFacts | undefined {
  // Asked for every stage by many rules; only a FROM-stage chain needs the memo.
  if (stage.base.kind === 'image') return stage.base.facts;
  if (stage.base.kind === 'scratch') return SCRATCH;
  if (stage.base.kind === 'unknown') return undefined;
  return foldLineage(factsMemo, stage, (s, bases) => {
    switch (s.base.kind) {
      case 'scratch':
        return SCRATCH;
      case 'image':
        return s.base.facts;
      case 'unknown':
        return undefined;
      case 'stage': {
        if (bases.length === 0 || bases.some((f) => f === undefined)) return undefined;
        return bases.reduce((a, b) => (a && b && sameRuntime(a, b) ? a : undefined));
      }
    }
  });
}

function sameRuntime(a: ImageFacts, b: ImageFacts): boolean {
  return (
    a.family === b.family &&
    a.libc === b.libc &&
    a.hasShell === b.hasShell &&
    a.binSh === b.binSh &&
    a.defaultUid === b.defaultUid &&
    a.minimal === b.minimal &&
    a.debug === b.debug &&
    a.hasPasswd === b.hasPasswd &&
    a.hasCaCerts === b.hasCaCerts
  );
}

/**
 * A stage and every stage it is built FROM, the stage first. All candidates of a
 * `FROM runtime-$TARGETARCH` count: each is what some platform builds.
 */
export function stageLineage(stage: Stage, limit = Infinity): Stage[] {
  const out: Stage[] = [stage];
  const seen = new Set<Stage>(out);
  for (let i = 0; i < out.length && out.length < limit; i++) {
    const base = out[i].base;
    if (base.kind !== 'stage') continue;
    for (const c of base.candidates) {
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
    }
  }
  return out;
}

const usersMemo = new WeakMap<Stage, ReadonlyArray<UserInfo | undefined>>();

/**
 * The USER in force at the end of a stage, once per way its FROM chain can resolve: its own last
 * USER, or the nearest one up the chain; undefined for a chain that sets none. Deduplicated.
 */
export function effectiveUsers(stage: Stage): Array<UserInfo | undefined> {
  if (stage.user) return [stage.user];
  if (stage.base.kind !== 'stage') return [undefined];
  const users = foldLineage(usersMemo, stage, (s, bases): ReadonlyArray<UserInfo | undefined> => {
    if (s.user) return [s.user];
    if (bases.length === 0) return [undefined];
    const out: Array<UserInfo | undefined> = [];
    for (const u of bases.flat()) if (!out.includes(u)) out.push(u);
    return out;
  });
  return [...users];
}

/** Instructions of a stage and of the stages it is built FROM (every candidate), oldest first. */
export function lineageInstructions(stage: Stage): Instruction[] {
  return stageLineage(stage)
    .sort((a, b) => a.index - b.index)
    .flatMap((s) => s.instructions);
}

const outputsMemo = new WeakMap<Model, Map<Stage, Set<string>>>();

/** Is a path known to be a file: the output of a `go build` in the stage it is copied from? */
function isKnownFile(model: Model, copy: CopyInfo, path: string): boolean {
  if (copy.fromStage === undefined) return false;
  let outputs = outputsMemo.get(model);
  if (!outputs) {
    outputs = new Map();
    for (const b of model.goBuilds) {
      if (b.output === undefined) continue;
      const set = outputs.get(b.stage) ?? new Set<string>();
      set.add(b.output);
      outputs.set(b.stage, set);
    }
    outputsMemo.set(model, outputs);
  }
  return outputs.get(copy.fromStage)?.has(path) === true;
}

/** The file name of a heredoc source of COPY (`<<EOF`, `<<-"EOF"`), or undefined for a path. */
export function heredocName(source: string): string | undefined {
  if (!source.startsWith('<<')) return undefined;
  let name = source.slice(source[2] === '-' ? 3 : 2);
  if (name.length >= 2 && (name[0] === '"' || name[0] === "'") && name[name.length - 1] === name[0]) name = name.slice(1, -1);
  return name.length > 0 ? name : undefined;
}

export type Placement = 'yes' | 'maybe' | 'no';

/**
 * Does a COPY or ADD put something at `path` (absolute)? 'yes' when one of its sources lands
 * exactly there; 'maybe' when a folder, a glob, a variable, an archive or an unknown destination
 * could put it there; 'no' otherwise. As Docker does, a file copied to `dest/` (or with several
 * sources) lands at `dest/<name>`, and a folder's contents (not the folder) land in `dest`.
 */
export function copyPlaces(model: Model, copy: CopyInfo, path: string): Placement {
  if (copy.dest === undefined) return 'maybe';
  const target = normalize(path);
  const dest = normalize(copy.dest);
  const destIsDir = copy.dest.endsWith('/') || copy.sources.length > 1;
  let result: Placement = 'no';
  for (const src of copy.sources) {
    const inline = copy.heredoc ? heredocName(src.text) : undefined;
    if (inline !== undefined) {
      if ((destIsDir ? resolvePath(dest, inline) : dest) === target) return 'yes';
      continue;
    }
    if (!src.known || hasGlob(src.text)) {
      if (isWithin(target, dest)) result = 'maybe';
      continue;
    }
    const from = resolvePath('/', src.text);
    // Without a trailing slash `dest` may still be a folder that exists in the image.
    if ((!destIsDir && dest === target) || resolvePath(dest, basename(from)) === target) return 'yes';
    // A folder's contents land in dest; ADD also unpacks local archives into dest.
    if (target !== dest && isWithin(target, dest) && !isKnownFile(model, copy, from)) result = 'maybe';
  }
  return result;
}

/** Does some COPY/ADD of the stages (before `before`, an offset, when given) put something at `path`? */
export function placedIn(model: Model, stages: readonly Stage[], path: string, before = Infinity): Placement {
  let result: Placement = 'no';
  for (const stage of stages) {
    for (const copy of stage.copies) {
      if (copy.span.start >= before) continue;
      const p = copyPlaces(model, copy, path);
      if (p === 'yes') return 'yes';
      if (p === 'maybe') result = 'maybe';
    }
  }
  return result;
}

/**
 * One set of platform arguments per way the final stage's FROM chain can resolve, when it picks
 * among stages by one (`FROM runtime-$TARGETARCH`); undefined when it does not.
 */
const MAX_PLATFORM_VARIANTS = 8;
/**
 * The platform arguments a final stage is split by. Not TARGETOS: a `FROM binaries-$TARGETOS`
 * for darwin or windows is a set of files to export, not an image that runs.
 */
const ARCH_ARGS = ['TARGETARCH', 'TARGETVARIANT'];

function platformVariants(finalLineage: readonly Stage[]): Array<Record<string, string>> | undefined {
  for (const stage of finalLineage) {
    if (!stage.platformChoices) continue;
    const seen = new Set<string>();
    const variants: Array<Record<string, string>> = [];
    for (const { name, value } of stage.platformChoices) {
      if (seen.has(value)) continue;
      seen.add(value);
      variants.push({ [name]: value });
    }
    // Each is linted again: a handful of architectures, not a generated file with thousands of stages.
    return variants.length > 1 && variants.length <= MAX_PLATFORM_VARIANTS ? variants : undefined;
  }
  return undefined;
}
