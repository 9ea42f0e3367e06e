import type { Model, OtherFile, RunInfo, Stage } from './types';
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
export declare function contextPathOf(model: Model, stage: Stage, path: string, run?: RunInfo): string | undefined;
/** A COPY source as a path from the context root: `./Makefile`, `/Makefile` and `Makefile` are one file. */
export declare function contextRelative(source: string): string;
/** A file of a tree as an {@link OtherFile}, one object per file and tree. */
export declare function otherFile(tree: FileTree, treePath: string, repositoryPath: string): OtherFile | undefined;
/** The repository path of a context path. */
export declare function repositoryPath(ws: Workspace, contextPath: string): string;
/** The files a RUN of a stage sees, found through what put them there. */
export declare function stageLocator(model: Model, stage: Stage, run: RunInfo): FileLocator | undefined;
/**
 * The files of the build context as a build that runs before `docker build` sees them: the
 * context root stands at `/` (so that `-o bin/app` run at the root writes `/bin/app`).
 */
export declare function contextLocator(ws: Workspace): FileLocator;
