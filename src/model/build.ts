import { Add, Arg, Copy, Env, From, Run, User, Workdir, type Instruction } from 'dockerfile-ast';
import { spanOf, type SourceFile, type Span } from '../parse/source';
import { splitCommands, type SimpleCommand } from '../shell/lexer';
import { imageFacts, parseImageRef, scratchFacts, type ImageFacts } from './images';
import type { GoMod } from './gomod';
import { analyzeGoBuilds } from './go';
import { execForm } from './exec-form';
import { resolvePath } from './paths';
import type { CopyInfo, Model, Mount, RunInfo, Stage, StageBase, UserInfo } from './types';
import { expand, matchesExpansion, type Scope, type VarValue } from './vars';

/** ARGs BuildKit defines for every build; their values depend on the build's platforms. */
const PLATFORM_ARGS = [
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE',
];
const UNKNOWN: VarValue = { known: false };

export interface ModelOptions {
  goMod?: GoMod;
}

/** Build the model the rules reason about: stages, scopes, RUN commands, copies and Go builds. */
export function buildModel(file: SourceFile, options: ModelOptions = {}): Model {
  const instructions = file.dockerfile.getInstructions();
  const globalScope = new Map<string, VarValue>();
  for (const name of PLATFORM_ARGS) globalScope.set(name, UNKNOWN);

  const stages: Stage[] = [];
  let current: { stage: Stage; scope: Map<string, VarValue>; env: Map<string, VarValue>; goEnv: Map<string, VarValue> } | undefined;

  for (const instruction of instructions) {
    if (instruction instanceof From) {
      current = startStage(file, instruction, stages, globalScope);
      stages.push(current.stage);
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
    } else if (instruction instanceof Env) {
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
      stage.runs.push(runInfo(file, stage, instruction, scope));
    } else if (instruction instanceof Copy || instruction instanceof Add) {
      stage.copies.push(copyInfo(file, stage, instruction, scope, stages));
    }
  }

  const final = stages[stages.length - 1];
  const finalLineage: Stage[] = [];
  for (let s: Stage | undefined = final; s && !finalLineage.includes(s); s = s.base.kind === 'stage' ? s.base.stage : undefined) {
    finalLineage.push(s);
  }
  const model: Model = { stages, final, finalLineage, goBuilds: [], globalScope, goMod: options.goMod };
  model.goBuilds = analyzeGoBuilds(file, model);
  return model;

  function startStage(f: SourceFile, from: From, earlier: Stage[], global: Map<string, VarValue>) {
    const fromSpan = spanOf(f, from.getRange());
    const imageRange = from.getImageRange();
    const imageSpan = imageRange ? spanOf(f, imageRange) : fromSpan;
    const imageRaw = imageRange ? f.text.slice(imageSpan.start, imageSpan.end) : '';
    const expanded = expand(imageRaw, global, f.escapeChar);
    const name = from.getBuildStage()?.toLowerCase() ?? undefined;
    const base = resolveBase(expanded, earlier);
    const parent = base.kind === 'stage' ? base.stage : undefined;
    const stage: Stage = {
      index: earlier.length,
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
    };
    const env = stage.env as Map<string, VarValue>;
    return { stage, scope: new Map(env), env, goEnv: stage.goEnv as Map<string, VarValue> };
  }
}

function resolveBase(expanded: ReturnType<typeof expand>, earlier: Stage[]): StageBase {
  const lower = expanded.value.toLowerCase();
  if (expanded.known) {
    const stage = findStage(earlier, lower);
    if (stage) return { kind: 'stage', stage, candidates: [stage] };
    if (lower === 'scratch') return { kind: 'scratch' };
    const ref = parseImageRef(expanded.value);
    return ref ? { kind: 'image', ref, facts: imageFacts(ref) } : { kind: 'unknown', text: expanded.value };
  }
  const candidates = earlier.filter((s) => s.name !== undefined && matchesExpansion(expanded, s.name));
  if (candidates.length > 0) return { kind: 'stage', stage: candidates[0], candidates };
  return { kind: 'unknown', text: expanded.value };
}

/** A stage by name, or by index as `COPY --from=0` allows. */
export function findStage(stages: readonly Stage[], ref: string): Stage | undefined {
  const lower = ref.toLowerCase();
  const named = stages.find((s) => s.name === lower);
  if (named) return named;
  if (/^[0-9]+$/.test(ref)) return stages[Number(ref)];
  return undefined;
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

function runInfo(file: SourceFile, stage: Stage, run: Run, scope: Scope): RunInfo {
  const span = spanOf(file, run.getRange());
  const mounts: Mount[] = run
    .getFlags()
    .filter((f) => f.getName().toLowerCase() === 'mount')
    .map((f) => {
      const opt = (n: string) => f.getOption(n)?.getValue() ?? undefined;
      return { type: opt('type') ?? 'bind', target: opt('target') ?? opt('dst') ?? opt('destination'), source: opt('source') ?? opt('src'), from: opt('from') };
    });
  const base = { stage, instruction: run, span, scope: new Map(scope), workdir: stage.workdir, mounts };
  const argsRange = run.getArgumentsRange();
  if (!argsRange) return { ...base, form: 'shell', commands: [] };
  const args = spanOf(file, argsRange);
  const exec = execForm(file, args);
  if (exec) return { ...base, form: 'exec', commands: [], exec };
  const heredocs = run.getHeredocs();
  if (heredocs.length === 0) {
    return { ...base, form: 'shell', commands: splitCommands(file.text, args.start, args.end, { escapeChar: file.escapeChar, dockerfileContinuations: true }) };
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
  return { ...base, form: 'heredoc', commands };
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/bin/dash', '/usr/bin/bash']);

function isShellCommand(cmd: SimpleCommand): boolean {
  if (cmd.words.length === 0) return true;
  if (!SHELLS.has(cmd.words[0].text)) return false;
  // `bash -e <<EOF` runs the script; `bash -c '...' <<EOF` does not read it.
  return cmd.words.slice(1).every((w) => w.text.startsWith('-') && !w.text.includes('c'));
}

function copyInfo(file: SourceFile, stage: Stage, copy: Copy | Add, scope: Scope, earlier: Stage[]): CopyInfo {
  const span = spanOf(file, copy.getRange());
  const keyword = copy instanceof Copy ? 'COPY' : 'ADD';
  const fromFlag = copy.getFlags().find((f) => f.getName().toLowerCase() === 'from');
  let fromStage: Stage | undefined;
  let fromImage: string | undefined;
  if (fromFlag) {
    const v = expand(fromFlag.getValue() ?? '', scope, file.escapeChar);
    fromStage = v.known ? findStage(earlier.filter((s) => s !== stage), v.value) : undefined;
    if (!fromStage) fromImage = v.value;
  }
  const heredoc = copy instanceof Copy && copy.getHeredocs().length > 0;
  const argsRange = copy.getArgumentsRange();
  const args = argsRange ? spanOf(file, argsRange) : span;
  const exec = execForm(file, args);
  let paths: Array<{ text: string; span: Span }>;
  if (exec) {
    paths = exec.map((text) => ({ text, span: args }));
  } else {
    paths = copy.getArguments().map((a) => ({ text: a.getValue(), span: spanOf(file, a.getRange()) }));
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
  const sources = paths.map((p) => {
    const v = expand(p.text, scope, file.escapeChar);
    return { text: v.value, known: v.known, span: p.span };
  });
  return { stage, instruction: copy, span, keyword, fromStage, fromImage, sources, dest, destText, heredoc };
}

/** Facts of the image a stage finally rests on, through FROM-stage chains; merged over candidates. */
export function rootFacts(stage: Stage): ImageFacts | undefined {
  const seen = new Set<Stage>();
  const visit = (s: Stage): ImageFacts | undefined => {
    if (seen.has(s)) return undefined;
    seen.add(s);
    switch (s.base.kind) {
      case 'scratch':
        return scratchFacts();
      case 'image':
        return s.base.facts;
      case 'unknown':
        return undefined;
      case 'stage': {
        const all = s.base.candidates.map(visit);
        if (all.some((f) => f === undefined)) return undefined;
        return all.reduce((a, b) => (a && b && sameRuntime(a, b) ? a : undefined));
      }
    }
  };
  return visit(stage);
}

function sameRuntime(a: ImageFacts, b: ImageFacts): boolean {
  return a.family === b.family && a.libc === b.libc && a.hasShell === b.hasShell && a.defaultUid === b.defaultUid && a.minimal === b.minimal;
}

/** The USER in force at the end of a stage: its own last USER, or the nearest one up its FROM chain. */
export function effectiveUser(stage: Stage): UserInfo | undefined {
  for (let s: Stage | undefined = stage, n = 0; s && n < 64; s = s.base.kind === 'stage' ? s.base.stage : undefined, n++) {
    if (s.user) return s.user;
  }
  return undefined;
}

/** Instructions of a stage and of the stages it is built FROM, oldest first. */
export function lineageInstructions(stage: Stage): Instruction[] {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && !chain.includes(s); s = s.base.kind === 'stage' ? s.base.stage : undefined) chain.unshift(s);
  return chain.flatMap((s) => s.instructions);
}
