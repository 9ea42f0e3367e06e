/**
 * A process that ran as root could write anywhere; run as uid 65532 it can write only where that
 * uid may. The folders a final stage declares or makes for writing (VOLUME folders, its WORKDIR,
 * folders a RUN makes with mkdir) are created as root, so a rewrite that makes the process
 * non-root must give them to the new user, or not be offered. A place under /root cannot be
 * given (mode 0700 on distroless, alpine and Debian alike): no rewrite then.
 */
import { NONROOT_HOME, NONROOT_UID, NONROOT_USER } from '../model/constants';
import { Run, User } from '../parse/ast';
import type { ImageFacts } from '../model/catalogue';
import { placedIn, rootFacts, stageLineage } from '../model/lineage';
import { isWithin, normalize } from '../model/paths';
import { runEffects } from '../model/run-effects';
import type { Model, Stage } from '../model/types';
import { spanOf, type SourceFile } from '../parse/source';
import { appendToStage, insertAfterFrom, insertBefore, newInstruction } from './layout';
import type { Edit } from './types';

/**
 * The empty folder a builder makes, copied (with --chown) wherever a folder must belong to the new
 * user. Under /tmp, so that a builder that runs as any user can make it.
 */
export const EMPTY_DIR = '/tmp/empty';
/** Folders every user may write (mode 1777) in every image. */
const OPEN = ['/tmp', '/var/tmp', '/dev/shm'];

/**
 * `folders` to give to the new user, which of them the image itself already makes (WORKDIR,
 * mkdir), and `home` when the rewrite must also set HOME (the image has no passwd entry for
 * 65532, so its HOME would be `/`, where it cannot write).
 */
export type Writable = { folders: string[]; made: ReadonlySet<string>; home?: string } | { reason: string };

export interface WritableQuery {
  /** The stages whose instructions make the image: the final stage and the stages it is built FROM. */
  stages: readonly Stage[];
  /** The image the folders end up in after the rewrite. */
  base: ImageFacts;
  /** The process's folder when the rewrite keeps a WORKDIR the stages do not set themselves. */
  workdir?: string;
  /** Does the owner of a `--chown` or `chown` (as written) mean the new user? */
  isNewUser?: (owner: string) => boolean;
  /** The model, to see whether the stages copy their own /etc/passwd in (then HOME is theirs). */
  model?: Model;
}

/**
 * The folders the new user must own, deepest last; or why no rewrite can make them writable.
 * Only meaningful where the process ran as root before.
 */
export function writableFolders(q: WritableQuery): Writable {
  const wanted = new Set<string>();
  const made = new Set<string>();
  const workdirSet = q.stages.some((s) => s.instructions.some((i) => i.getKeyword() === 'WORKDIR'));
  const workdir = workdirSet ? q.stages[0].workdir : q.workdir;
  if (workdirSet && workdir === undefined) return { reason: 'a variable hides the WORKDIR, so the folder the program runs in cannot be given to the non-root user' };
  if (workdir !== undefined) wanted.add(workdir);
  if (workdirSet && workdir !== undefined) made.add(workdir);
  for (const s of q.stages) {
    for (const v of s.volumes) {
      for (const p of v.paths) {
        if (p === undefined) return { reason: 'a variable hides a VOLUME folder, which the non-root user must be able to write' };
        wanted.add(p);
      }
    }
    for (const run of s.runs) {
      for (const p of runEffects(run).folders) {
        if (p === undefined) return { reason: 'a RUN makes a folder whose path a variable hides; the non-root user may need to write it' };
        wanted.add(p);
        made.add(p);
      }
    }
  }
  const underRoot = [...wanted].sort().find(isUnderRoot);
  if (underRoot !== undefined) return { reason: `${underRoot} is under /root, which only root may enter (mode 0700)` };
  const home = q.stages[0].env.get('HOME');
  if (home?.known && isUnderRoot(home.value)) return { reason: `HOME is ${home.value}, under /root, which only root may enter (mode 0700)` };
  // Without a passwd entry for 65532 its HOME is `/`: give it one, as distroless does.
  const ownPasswd = q.model !== undefined && placedIn(q.model, q.stages, '/etc/passwd') !== 'no';
  const giveHome = home === undefined && !ownPasswd && q.base.family !== 'distroless' && q.base.family !== 'chainguard';
  if (home?.known && home.value !== '' && home.value !== '/') wanted.add(normalize(home.value));
  if (giveHome) wanted.add(NONROOT_HOME);
  for (const s of q.stages) {
    for (const c of s.copies) {
      if (c.dest !== undefined && isUnderRoot(c.dest)) return { reason: `files are copied under /root (${normalize(c.dest)}), which uid ${NONROOT_UID} cannot read; its HOME is ${NONROOT_HOME}` };
    }
  }
  const sorted = [...wanted].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const folders: string[] = [];
  for (const f of sorted) {
    if (f === '/') continue;
    if (alreadyWritable(q, f)) continue;
    folders.push(f);
  }
  return giveHome ? { folders, made, home: NONROOT_HOME } : { folders, made };
}

function isUnderRoot(path: string): boolean {
  return isWithin(normalize(path), '/root');
}

function alreadyWritable(q: WritableQuery, folder: string): boolean {
  // scratch has no /tmp: a WORKDIR /tmp makes it as root's, mode 0755.
  if (q.base.family !== 'scratch' && OPEN.some((o) => isWithin(folder, o))) return true;
  if ((q.base.family === 'distroless' || q.base.family === 'chainguard') && isWithin(folder, NONROOT_HOME)) return true;
  if (folder === NONROOT_HOME && q.base.family !== 'distroless' && q.base.family !== 'chainguard') return false;
  // The golang images make GOPATH open to all (mode 1777).
  if (q.base.family === 'golang' && ['/go', '/go/src', '/go/bin'].includes(folder)) return true;
  const isNew = q.isNewUser ?? ((owner: string) => isNewUserId(owner));
  for (const s of q.stages) {
    if (s.copies.some((c) => { const owner = chownText(c.chown); return owner !== undefined && isNew(owner) && c.dest !== undefined && normalize(c.dest) === folder; })) return true;
    for (const run of s.runs) {
      if (runEffects(run).chowns.some((c) => isNew(c.owner) && c.paths.includes(folder))) return true;
    }
  }
  return false;
}

/** A `--chown` owner as written (`user` or `user:group`), undefined when a variable hides it. */
export function chownText(chown: { user: string | undefined; group?: string } | undefined): string | undefined {
  if (!chown || chown.user === undefined) return undefined;
  return chown.group !== undefined ? `${chown.user}:${chown.group}` : chown.user;
}

/** `65532`, `65532:65532`, `nonroot:nonroot`: the user the rewrites run the process as. */
export function isNewUserId(owner: string): boolean {
  const [u, g] = owner.split(':');
  const mine = (x: string) => x === String(NONROOT_UID) || x === 'nonroot';
  return mine(u) && (g === undefined || mine(g));
}

/**
 * Edits giving `folders` to the new user in a final stage that has a shell: one RUN that makes
 * them and hands them over, right before the first VOLUME that names one of them, else right
 * before `before` (where the USER goes).
 */
export function chownWithShell(file: SourceFile, stage: Stage, folders: readonly string[], made: ReadonlySet<string>, before: { start: number } | 'end'): Edit {
  const volume = stage.volumes.find((v) => v.paths.some((p) => p !== undefined && folders.includes(p)));
  // Before a VOLUME (whose folder later steps could no longer change), folders that a later COPY
  // or WORKDIR makes do not exist yet: every folder is made there.
  const missing = volume ? folders : folders.filter((f) => !made.has(f));
  const line = `RUN ${missing.length > 0 ? `mkdir -p ${missing.join(' ')} && ` : ''}chown ${NONROOT_USER} ${folders.join(' ')}`;
  const at = volume ? volume.span : before;
  if (at === 'end') return appendToStage(file, stage, line);
  return insertBefore(file, stage, at, line);
}

/** The builder an empty folder can be made in: the stage of the shipped build, when it has a shell. */
export function emptyFolderBuilder(model: Model, final: Stage): Stage | undefined {
  const lineage = new Set(stageLineage(final));
  const candidates = model.goBuilds.filter((b) => b.shipped).map((b) => b.stage);
  return candidates.find((s) => !lineage.has(s) && s.index < final.index && rootFacts(s)?.hasShell === true && rootFacts(s)?.binSh !== false);
}

/** How a `COPY --from` names a stage. */
export function stageRef(stage: Stage): string {
  return stage.name ?? String(stage.index);
}

/** `RUN mkdir -p /empty` at the end of the builder, unless it makes the folder already. */
export function emptyFolderEdit(file: SourceFile, builder: Stage): Edit | undefined {
  if (builder.runs.some((r) => runEffects(r).folders.includes(EMPTY_DIR))) return undefined;
  return appendToStage(file, builder, `RUN mkdir -p ${EMPTY_DIR}`);
}

/** A folder to make from the empty folder, as `owner`'s (`uid:gid`), or as root's when none is given. */
export interface MadeFolder {
  path: string;
  owner?: string;
}

/** The COPY lines that make each folder (to go before anything else makes them). */
export function emptyFolderCopies(builderRef: string, folders: ReadonlyArray<string | MadeFolder>): string[] {
  return folders.map((f) => (typeof f === 'string' ? { path: f, owner: NONROOT_USER } : f)).map((f) => `COPY --from=${builderRef}${f.owner ? ` --chown=${f.owner}` : ''} ${EMPTY_DIR} ${f.path}`);
}

/**
 * Edits making `folders` in a final stage without a shell: the builder makes an empty folder, and
 * COPY lines right after the final FROM make each folder from it, as the new user's (or as the
 * owner given), before any other instruction makes it as root: COPY keeps the owner of a folder
 * that exists.
 */
export function chownWithoutShell(file: SourceFile, model: Model, final: Stage, folders: ReadonlyArray<string | MadeFolder>): Edit[] | { reason: string } {
  // Parents first: a folder made later keeps the owner of the one made first.
  const depth = (f: string | MadeFolder) => (typeof f === 'string' ? f : f.path).split('/').length;
  folders = [...folders].sort((a, b) => depth(a) - depth(b));
  const paths = folders.map((f) => (typeof f === 'string' ? f : f.path));
  if (final.base.kind === 'stage') return { reason: `the final stage is built FROM stage ${stageRef(final.base.stage)}, which would have to give ${paths.join(', ')} to uid ${NONROOT_UID}` };
  const builder = emptyFolderBuilder(model, final);
  if (!builder) return { reason: `${paths.join(', ')} must be writable by uid ${NONROOT_UID}, and no stage that builds the binary has a shell to make an empty folder to copy there` };
  const edits: Edit[] = [];
  const empty = emptyFolderEdit(file, builder);
  if (empty) edits.push(empty);
  const lines = emptyFolderCopies(stageRef(builder), folders);
  const first = insertAfterFrom(file, final, lines[0]);
  const more = lines.slice(1).map((l) => file.eol + newInstruction(file, final, l).slice(0, -file.eol.length)).join('');
  edits.push({ ...first, text: first.text + more });
  return edits;
}

/**
 * Empty edits at the start of the final stage's FROM line and at the end of its last instruction
 * (or of the file: `toEnd`): a fix that rewrites the final stage holds them, so that the fix loop
 * never applies two such fixes in one pass, each computed on the stage as the other found it.
 * The fix loop takes, of overlapping fixes, the one that starts first, then the one that ends
 * first, then the lower rule code: GD004's fix reaches the end of the file so that GD003's
 * rewrite of the whole stage (the split reaches the end of the file too) goes first.
 */
export function stageAnchors(file: SourceFile, stage: Stage, toEnd = false): Edit[] {
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  const start = spanOf(file, stage.from.getRange()).start;
  const end = toEnd ? file.text.length : spanOf(file, last.getRange()).end;
  return [
    { start, end: start, text: '' },
    { start: end, end, text: '' },
  ];
}

/** Is there a USER or RUN after `offset` in the stage (instructions a USER change would affect)? */
export function buildStepsAfter(file: SourceFile, stage: Stage, offset: number): boolean {
  return stage.instructions.some((i) => (i instanceof Run || i instanceof User) && spanOf(file, i.getRange()).start > offset);
}
