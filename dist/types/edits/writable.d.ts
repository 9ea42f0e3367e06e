import type { ImageFacts } from '../model/catalogue';
import type { Model, Stage } from '../model/types';
import { type SourceFile } from '../parse/source';
import type { Edit } from './types';
/**
 * The empty folder a builder makes, copied (with --chown) wherever a folder must belong to the new
 * user. Under /tmp, so that a builder that runs as any user can make it.
 */
export declare const EMPTY_DIR = "/tmp/empty";
/**
 * `folders` to give to the new user, which of them the image itself already makes (WORKDIR,
 * mkdir), and `home` when the rewrite must also set HOME (the image has no passwd entry for
 * 65532, so its HOME would be `/`, where it cannot write).
 */
export type Writable = {
    folders: string[];
    made: ReadonlySet<string>;
    home?: string;
} | {
    reason: string;
};
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
export declare function writableFolders(q: WritableQuery): Writable;
/** A `--chown` owner as written (`user` or `user:group`), undefined when a variable hides it. */
export declare function chownText(chown: {
    user: string | undefined;
    group?: string;
} | undefined): string | undefined;
/** `65532`, `65532:65532`, `nonroot:nonroot`: the user the rewrites run the process as. */
export declare function isNewUserId(owner: string): boolean;
/**
 * Edits giving `folders` to the new user in a final stage that has a shell: one RUN that makes
 * them and hands them over, right before the first VOLUME that names one of them, else right
 * before `before` (where the USER goes).
 */
export declare function chownWithShell(file: SourceFile, stage: Stage, folders: readonly string[], made: ReadonlySet<string>, before: {
    start: number;
} | 'end'): Edit;
/** The builder an empty folder can be made in: the stage of the shipped build, when it has a shell. */
export declare function emptyFolderBuilder(model: Model, final: Stage): Stage | undefined;
/** How a `COPY --from` names a stage. */
export declare function stageRef(stage: Stage): string;
/** `RUN mkdir -p /empty` at the end of the builder, unless it makes the folder already. */
export declare function emptyFolderEdit(file: SourceFile, builder: Stage): Edit | undefined;
/** A folder to make from the empty folder, as `owner`'s (`uid:gid`), or as root's when none is given. */
export interface MadeFolder {
    path: string;
    owner?: string;
}
/** The COPY lines that make each folder (to go before anything else makes them). */
export declare function emptyFolderCopies(builderRef: string, folders: ReadonlyArray<string | MadeFolder>): string[];
/**
 * Edits making `folders` in a final stage without a shell: the builder makes an empty folder, and
 * COPY lines right after the final FROM make each folder from it, as the new user's (or as the
 * owner given), before any other instruction makes it as root: COPY keeps the owner of a folder
 * that exists.
 */
export declare function chownWithoutShell(file: SourceFile, model: Model, final: Stage, folders: ReadonlyArray<string | MadeFolder>): Edit[] | {
    reason: string;
};
/**
 * Empty edits at the start of the final stage's FROM line and at the end of its last instruction
 * (or of the file: `toEnd`): a fix that rewrites the final stage holds them, so that the fix loop
 * never applies two such fixes in one pass, each computed on the stage as the other found it.
 * The fix loop takes, of overlapping fixes, the one that starts first, then the one that ends
 * first, then the lower rule code: GD004's fix reaches the end of the file so that GD003's
 * rewrite of the whole stage (the split reaches the end of the file too) goes first.
 */
export declare function stageAnchors(file: SourceFile, stage: Stage, toEnd?: boolean): Edit[];
/** Is there a USER or RUN after `offset` in the stage (instructions a USER change would affect)? */
export declare function buildStepsAfter(file: SourceFile, stage: Stage, offset: number): boolean;
