import { type SourceFile } from '../parse/source';
import { type ImageMirror } from './registries';
import type { GoMod } from './gomod';
import type { Workspace } from './workspace';
import type { Model, Stage } from './types';
export interface ModelOptions {
    goMod?: GoMod;
    /** Registries that mirror others, so that mirrored images are known (config `mirrors`). */
    mirrors?: readonly ImageMirror[];
    /** Values of automatic platform arguments (TARGETARCH, ...) for one platform; unknown otherwise. */
    platform?: Readonly<Record<string, string>>;
    /** The files around the Dockerfile; undefined when they cannot be seen. */
    workspace?: Workspace;
}
/** Build the model the rules reason about: stages, scopes, RUN commands, copies and Go builds. */
export declare function buildModel(file: SourceFile, options?: ModelOptions): Model;
/** A stage by name, or by index as `COPY --from=0` allows. */
export declare function findStage(stages: readonly Stage[], ref: string): Stage | undefined;
