import { type SourceFile } from '../parse/source';
import type { GoBuild, Model, Stage } from './types';
/** Find every `go build` / `go install` and what the go command will see when it runs. */
export declare function analyzeGoBuilds(file: SourceFile, model: Model): GoBuild[];
/** Does an -ldflags list pass `-static` to the external linker (`-extldflags "-static"`, `-extldflags=-static -lm`)? */
export declare function linksStatically(ldflags: readonly string[]): boolean;
/** A name someone meant as CGO_ENABLED: other casing, or one or two letters off. */
export declare function looksLikeCgoEnabled(name: string): boolean;
/**
 * Split a flag list as the go command does (cmd/internal/quoted): blanks separate, quotes group.
 * Unknown parts of a value (`${NAME}`, `$(...)`, backticks, see {@link wordPattern}) stay whole
 * inside the token that holds them, so a token starting with `$` or a backtick is one whose flags
 * cannot be known.
 */
export declare function splitQuoted(s: string): string[];
/** Does a flag token hold flags that cannot be known (it is, or starts with, an unknown expansion)? */
export declare function isOpaqueFlag(token: string): boolean;
/**
 * Does a file written at `output` (or somewhere in `outputDir`) in `stage` end up in the final
 * image? It does when the stage is the final one or one it is built FROM, or when a later stage
 * copies it (`COPY --from`) and that stage's copy reaches the final image in turn. A search over
 * (stage, path) places, each visited once: linear in the copies, however they branch and join.
 */
export declare function reachesFinal(model: Model, stage: Stage, output: string | undefined, outputDir: string | undefined): boolean;
