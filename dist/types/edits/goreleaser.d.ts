/**
 * Edits of a GoReleaser configuration, made on the text where its nodes are written: a list gets
 * a new first item in the style it is written in (block or flow), a build gets a new key at the
 * indentation of its keys, a string gets flags at its front (inside its quotes). The rest of the
 * file, comments included, stays byte for byte; nothing is ever reprinted. Nodes reached through
 * an alias or a merge key are shared with other places and are not edited.
 */
import type { ReleaseBuild } from '../model/types';
import type { Edit } from './types';
/** Set CGO_ENABLED=0 in the build's `env`. */
export declare function releaseEnvEdits(build: ReleaseBuild, entry: string): Edit[] | undefined;
/** Add a flag (`-trimpath`) to the build's `flags`. */
export declare function releaseFlagEdits(build: ReleaseBuild, flag: string): Edit[] | undefined;
/** Put linker flags (`-s -w`) at the front of the build's `ldflags`. */
export declare function releaseLdflagsEdits(build: ReleaseBuild, flags: string): Edit[] | undefined;
