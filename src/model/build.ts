import { Add, Arg, Copy, Env, From, Run, User, Volume, Workdir, type Instruction } from '../parse/ast';
import { lineColumn, spanOf, type SourceFile, type Span } from '../parse/source';
import { splitCommands, type SimpleCommand } from '../shell/lexer';
import { imageFacts, type ImageFacts } from './catalogue';
import { parseImageRef, type ImageRef } from './image-ref';
import { unmirror, type ImageMirror } from './registries';
import type { GoMod } from './gomod';
import type { Workspace } from './workspace';
import { analyzeGoBuilds } from './go';
import { assignGoVersions } from './go-version';
import { findHostBuilds } from './host-builds';
import { execForm, execFormWords } from './exec-form';
import { resolvePath } from './paths';
import { stageLineage } from './lineage';
import type { CopyInfo, Model, Mount, RunInfo, Stage, StageBase, UserInfo, VolumeInfo } from './types';
import { bindingOf, expand, expandWord, matchesExpansion, type Scope, type VarValue } from './vars';
import { csvFields, flagValue, joinContinuations } from '../parse/words';

/** ARGs BuildKit defines for every build; their values depend on the build's platforms. */
const PLATFORM_ARGS = [
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE',
];
const UNKNOWN: VarValue = { known: false };
/** The automatic arguments that name the target platform. */
const TARGET_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'];

const isNameChar = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_';

/** Does `text` refer to one of `names` (`$NAME`, `${NAME}`, `${NAME/a/b}`, also inside another's default)? */
function referencesAny(text: string, names: ReadonlySet<string>): boolean {
  for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
    let k = i + 1 + (text[i + 1] === '{' ? 1 : 0);
    const start = k;
    while (k < text.length && isNameChar(text[k])) k++;
    if (k > start && names.has(text.slice(start, k))) return true;
  }
  return false;
}

export interface ModelOptions {
  goMod?: GoMod;
  /** Registries that mirror others, so that mirrored images are known (config `mirrors`). */
  mirrors?: readonly ImageMirror[];
  /** Values of automatic platform arguments (TARGETARCH, ...) for one platform; unknown otherwise. */
  platform?: Readonly<Record<string, string>>;
  /** The files around the Dockerfile; undefined when they cannot be seen. */
  workspace?: Workspace;
}

/** A stage being read: its scopes as they stand at the current instruction. */
interface OpenStage {
  stage: Stage;
  scope: Map<string, VarValue>;
  /** A copy of `scope` for the RUNs that see it, shared by the RUNs until an ARG or ENV changes it. */
  snapshot?: Scope;
  env: Map<string, VarValue>;
}

/** Build the model the rules reason about: stages, scopes, RUN commands, copies and Go builds. */
export function buildModel(file: SourceFile, options: ModelOptions = {}): Model {
  const globalScope = new Map<string, VarValue>();
  for (const name of PLATFORM_ARGS) {
    const value = options.platform?.[name];
    globalScope.set(name, value === undefined ? UNKNOWN : { known: true, value });
  }
  const index = new StageIndex();
  const byTarget = new Set(TARGET_ARGS);
  let current: OpenStage | undefined;
  for (const instruction of file.dockerfile.getInstructions()) {
    if (instruction instanceof From) {
      current = startStage(file, instruction, index, globalScope, options.mirrors);
      if (referencesAny(file.text.slice(current.stage.imageSpan.start, current.stage.imageSpan.end), byTarget)) current.stage.imageByTarget = true;
      index.add(current.stage);
    } else if (current) {
      current.stage.instructions.push(instruction);
      readInstruction(file, current, instruction, index, globalScope);
    } else if (instruction instanceof Arg) {
      // Before the first FROM only ARG is allowed (structural checks report the rest).
      declareArgs(file, instruction, globalScope, globalScope, true);
      for (const p of instruction.getProperties()) if (referencesAny(p.getValue() ?? '', byTarget)) byTarget.add(p.getName());
    }
  }
  const stages = index.stages;
  const final = stages[stages.length - 1];
  const finalLineage = final ? stageLineage(final) : [];
  const model: Model = { stages, final, finalLineage, goBuilds: [], hostBuilds: [], globalScope, goMod: options.goMod, mirrors: options.mirrors ?? [], platform: options.platform, workspace: options.workspace };
  if (!options.platform) model.platformVariants = platformVariants(finalLineage);
  assignGoVersions(stages, (offset) => lineColumn(file, offset).line);
  model.goBuilds = analyzeGoBuilds(file, model);
  const host = findHostBuilds(file, model);
  model.hostBuilds = host.builds;
  Object.defineProperty(model, 'releaseImage', { get: host.release, enumerable: true });
  return model;
}

/** What an instruction of a stage changes: scopes, WORKDIR, USER, and the RUNs and copies it adds. */
function readInstruction(file: SourceFile, current: OpenStage, instruction: Instruction, index: StageIndex, globalScope: Scope): void {
  const { stage, scope, env } = current;
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
  } else if (instruction instanceof Volume) {
    stage.volumes.push(volumeInfo(file, stage, instruction, scope));
  }
}

/** `VOLUME ["/data"]` or `VOLUME /data /logs`: the folders, resolved against WORKDIR as Docker does. */
function volumeInfo(file: SourceFile, stage: Stage, volume: Volume, scope: Scope): VolumeInfo {
  const span = spanOf(file, volume.getRange());
  const argsRange = volume.getArgumentsRange();
  const exec = argsRange ? execForm(file, spanOf(file, argsRange)) : undefined;
  const words = exec ?? volume.getArguments().map((a) => a.getValue());
  const paths = words.map((w) => {
    const v = expand(w, scope, file.escapeChar);
    if (!v.known || v.value === '') return undefined;
    if (v.value.startsWith('/')) return resolvePath('/', v.value);
    return stage.workdir === undefined ? undefined : resolvePath(stage.workdir, v.value);
  });
  return { instruction: volume, span, paths };
}

function startStage(file: SourceFile, from: From, earlier: StageIndex, global: Scope, mirrors: readonly ImageMirror[] | undefined): OpenStage {
  const fromSpan = spanOf(file, from.getRange());
  const imageRange = from.getImageRange();
  const imageSpan = imageRange ? spanOf(file, imageRange) : fromSpan;
  const imageRaw = imageRange ? file.text.slice(imageSpan.start, imageSpan.end) : '';
  // As BuildKit reads it: continuation lines joined, quotes and escapes removed, variables expanded.
  const expanded = expandWord(joinContinuations(imageRaw, file.escapeChar), global, file.escapeChar);
  const base = resolveBase(expanded, earlier, mirrors);
  const parent = base.kind === 'stage' ? base.stage : undefined;
  let platformChoices: Stage['platformChoices'];
  if (base.kind === 'stage' && base.candidates.length > 1) {
    const choices = base.candidates.map((c) => (c.name === undefined ? undefined : bindingOf(expanded, c.name)));
    if (choices.every((c) => c !== undefined && ARCH_ARGS.includes(c.name))) platformChoices = choices as Array<{ name: string; value: string }>;
  }
  const env = new Map(parent?.env ?? imageEnv(base));
  const platformFlag = from.getPlatformFlag();
  const platformRange = platformFlag?.getValueRange();
  const stage: Stage = {
    index: earlier.stages.length,
    name: from.getBuildStage()?.toLowerCase() ?? undefined,
    from,
    fromSpan,
    imageSpan,
    imageText: expanded.value,
    ...(platformFlag && platformRange ? { platform: { text: platformFlag.getValue() ?? '', span: spanOf(file, platformRange) } } : {}),
    base,
    instructions: [],
    env,
    goEnv: new Map(parent?.goEnv ?? []),
    workdir: parent ? parent.workdir : defaultWorkdir(base),
    runs: [],
    copies: [],
    volumes: [],
    ...(platformChoices ? { platformChoices } : {}),
  };
  return { stage, scope: new Map(env), env };
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
    const options = mountOptions(file, f);
    const fromRange = f.getOption('from')?.getValueRange();
    mounts.push({
      type: options.get('type') ?? 'bind',
      target: options.get('target') ?? options.get('dst') ?? options.get('destination'),
      source: options.get('source') ?? options.get('src'),
      from: options.get('from'),
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
      for (const c of splitCommands(file.text, body.start, body.end, { escapeChar: file.escapeChar, dockerfileContinuations: false })) commands.push(c);
    }
  }
  return { stage, instruction: run, span, scope, workdir, mounts, form: 'heredoc', commands };
}

type Flag = ReturnType<Run['getFlags']>[number];

/** A flag's value as BuildKit reads it (continuations joined, then quotes and backslashes removed); undefined without `=`. */
function readFlagValue(file: SourceFile, flag: Flag): string | undefined {
  const range = flag.getValueRange();
  if (!range) return flag.getValue() ?? undefined;
  const span = spanOf(file, range);
  return flagValue(joinContinuations(file.text.slice(span.start, span.end), file.escapeChar));
}

/** The options of a `--mount` flag (`type=cache,target=/go`), by lower-case key, as BuildKit splits them. */
function mountOptions(file: SourceFile, flag: Flag): Map<string, string> {
  const options = new Map<string, string>();
  for (const field of csvFields(readFlagValue(file, flag) ?? '')) {
    const eq = field.indexOf('=');
    const key = (eq === -1 ? field : field.slice(0, eq)).trim().toLowerCase();
    // A key given twice: the last one counts, as in BuildKit.
    if (key) options.set(key, eq === -1 ? '' : field.slice(eq + 1));
  }
  return options;
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
  let chownFlag: Flag | undefined;
  for (const f of copy.getFlags()) {
    const name = f.getName().toLowerCase();
    if (name === 'from') fromFlag ??= f;
    else if (name === 'chown') chownFlag = f;
  }
  let fromStage: Stage | undefined;
  let fromImage: string | undefined;
  let fromImageSpan: Span | undefined;
  let fromImageKnown = false;
  if (fromFlag) {
    const v = expandWord(readFlagValue(file, fromFlag) ?? '', scope, file.escapeChar);
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
    let bodyStart = Infinity;
    for (const h of heredocs) bodyStart = Math.min(bodyStart, spanOf(file, h.getStartRange()).start);
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
  const chown = chownFlag && chownOf(file, chownFlag, scope);
  return { stage, instruction: copy, span, keyword, fromStage, fromImage, fromImageSpan, fromImageKnown, sources, dest, destText, workdir: stage.workdir, heredoc, ...(chown ? { chown } : {}) };
}

/** `--chown=user[:group]`, expanded as BuildKit does; undefined without a value. */
function chownOf(file: SourceFile, flag: Flag, scope: Scope): CopyInfo['chown'] {
  const range = flag.getValueRange();
  const raw = flag.getValue();
  if (!range || raw === null || raw === '') return undefined;
  const v = expand(raw, scope, file.escapeChar);
  const [user, group] = v.value.split(':');
  return { user: v.known ? user : undefined, ...(v.known && group !== undefined ? { group } : {}), span: spanOf(file, range) };
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
