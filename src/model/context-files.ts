/**
 * Which file of the build context is at a path inside a stage: the way back from a container path
 * (`/src/Makefile`) through the COPY and ADD instructions (and the RUN's bind mounts) that put it
 * there, to the file the linter can read.
 */
import { computeLineStarts } from '../parse/source';
import { hasGlob, isWithin, normalize, resolvePath } from './paths';
import { stageLineage } from './lineage';
import type { CopyInfo, Model, OtherFile, RunInfo, Stage } from './types';
import type { FileTree, Workspace } from './workspace';

/** Finds the files a command runs (a Makefile, a script) by their absolute path where it runs. */
export interface FileLocator {
  open(path: string): OtherFile | undefined;
}

/**
 * The build-context path of what is at `path` in a stage when a RUN runs: through the RUN's bind
 * mounts of the context, then the COPY/ADD instructions from the context (the latest first, the
 * stage's own before those of the stages it is built FROM). Undefined when nothing known put it there.
 */
export function contextPathOf(model: Model, stage: Stage, path: string, run?: RunInfo): string | undefined {
  const target = normalize(path);
  const context = model.workspace?.context;
  if (!context) return undefined;
  for (const m of run?.mounts ?? []) {
    if (m.type !== 'bind' || m.from !== undefined || m.target === undefined) continue;
    const mountAt = resolvePath(run?.workdir ?? '/', m.target);
    if (!isWithin(target, mountAt)) continue;
    const found = inContext(context, m.source ?? '.', target.slice(mountAt.length));
    if (found !== undefined) return found;
  }
  for (const s of stageLineage(stage)) {
    const copies = s === stage && run ? s.copies.filter((c) => c.span.start < run.span.start) : s.copies;
    for (let k = copies.length - 1; k >= 0; k--) {
      const found = copiedFrom(context, copies[k], target);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The context path a COPY/ADD from the context put at `target`, if it put something there. */
function copiedFrom(context: FileTree, copy: CopyInfo, target: string): string | undefined {
  if (copy.fromStage || copy.fromImage !== undefined || copy.heredoc || copy.dest === undefined) return undefined;
  const dest = normalize(copy.dest);
  const destIsDir = copy.dest.endsWith('/') || copy.sources.length > 1;
  for (const src of copy.sources) {
    if (!src.known || hasGlob(src.text) || src.text.includes('://')) continue;
    const source = contextRelative(src.text);
    const kind = context.kind(source);
    if (kind === 'dir') {
      // A folder's contents land in dest.
      if (isWithin(target, dest)) {
        const found = inContext(context, source, target.slice(dest.length));
        if (found !== undefined) return found;
      }
    } else if (kind === 'file') {
      const landed = destIsDir ? resolvePath(dest, source.slice(source.lastIndexOf('/') + 1)) : dest;
      if (landed === target) return source;
    }
  }
  return undefined;
}

/** `dir` + `rest` as a context path, when a file is there. */
function inContext(context: FileTree, dir: string, rest: string): string | undefined {
  const base = contextRelative(dir);
  const tail = rest.replace(/^\/+/, '');
  const path = base === '' ? tail : tail === '' ? base : `${base}/${tail}`;
  return context.kind(path) === 'file' ? path : undefined;
}

/** A COPY source as a path from the context root: `./Makefile`, `/Makefile` and `Makefile` are one file. */
export function contextRelative(source: string): string {
  const n = normalize(source.startsWith('/') ? source : `/${source}`);
  return n === '/' ? '' : n.slice(1);
}

const filesMemo = new WeakMap<FileTree, Map<string, OtherFile | null>>();

/** A file of a tree as an {@link OtherFile}, one object per file and tree. */
export function otherFile(tree: FileTree, treePath: string, repositoryPath: string): OtherFile | undefined {
  let byPath = filesMemo.get(tree);
  if (!byPath) filesMemo.set(tree, (byPath = new Map()));
  let file = byPath.get(treePath);
  if (file === undefined) {
    const text = tree.read(treePath);
    file = text === undefined ? null : { path: repositoryPath, text, lineStarts: computeLineStarts(text) };
    byPath.set(treePath, file);
  }
  return file ?? undefined;
}

/** The repository path of a context path. */
export function repositoryPath(ws: Workspace, contextPath: string): string {
  return ws.contextPath === '' ? contextPath : contextPath === '' ? ws.contextPath : `${ws.contextPath}/${contextPath}`;
}

/** The files a RUN of a stage sees, found through what put them there. */
export function stageLocator(model: Model, stage: Stage, run: RunInfo): FileLocator | undefined {
  const ws = model.workspace;
  if (!ws) return undefined;
  return {
    open(path) {
      const found = contextPathOf(model, stage, path, run);
      return found === undefined ? undefined : otherFile(ws.context, found, repositoryPath(ws, found));
    },
  };
}

/**
 * The files of the build context as a build that runs before `docker build` sees them: the
 * context root stands at `/` (so that `-o bin/app` run at the root writes `/bin/app`).
 */
export function contextLocator(ws: Workspace): FileLocator {
  return {
    open(path) {
      const found = contextRelative(path);
      return otherFile(ws.context, found, repositoryPath(ws, found));
    },
  };
}
