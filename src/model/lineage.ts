/**
 * Questions about stages that rules and edits ask of a built model: what a stage finally rests on
 * (image facts, users) through FROM-stage chains, and what its COPY/ADD instructions place where.
 */
import type { Instruction } from '../parse/ast';
import { scratchFacts, type ImageFacts } from './catalogue';
import { basename, hasGlob, isWithin, normalize, resolvePath } from './paths';
import type { CopyInfo, Model, Stage, UserInfo } from './types';

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
    if (s.base.kind === 'stage') for (const c of s.base.candidates) stack.push(c);
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
 * The `--platform` a stage is built for: its own FROM's, else that of the stage it is built FROM
 * (BuildKit gives a stage built FROM another that stage's platform); undefined when none is given
 * (the target platform).
 */
export function stagePlatform(stage: Stage): Stage['platform'] {
  let s: Stage = stage;
  for (let n = 0; n < 64; n++) {
    if (s.platform) return s.platform;
    if (s.base.kind !== 'stage' || s.base.stage.index >= s.index) return undefined;
    s = s.base.stage;
  }
  return undefined;
}
