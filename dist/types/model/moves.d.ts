import type { GoBuild } from './types';
/** Where the binary of a build is moved or copied to by later commands of its stage (undefined: nowhere). */
export declare function movesAfter(build: GoBuild): string[] | undefined;
