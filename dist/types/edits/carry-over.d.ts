import type { CopyInfo } from '../model/types';
import type { FileTree } from '../model/workspace';
/** An image path to copy whole: a file, or a folder that holds nothing but runtime files. */
export interface CarryUnit {
    path: string;
    kind: 'file' | 'dir';
}
/** At most this many context entries are looked at: a context this large is not listed. */
export declare const MAX_LISTED = 4000;
/** Is a context entry something only the build uses? `dir` says whether it is a folder. */
export declare function isBuildOnly(name: string, dir: boolean): boolean;
export type Carried = {
    units: CarryUnit[];
} | {
    reason: string;
};
/**
 * The units the copies from the build context bring into the image, or why they cannot be told:
 * a variable in a source, a URL or an archive for ADD, a source missing from the context, a glob
 * over folders, or a context too large to list.
 */
export declare function carriedFromContext(context: FileTree, copies: readonly CopyInfo[]): Carried;
