import type { GoBuild, Model } from '../model/types';
import { type SourceFile } from '../parse/source';
import type { FinalImages, Fix } from './types';
/**
 * The headline fix: a single-stage `FROM golang` Dockerfile becomes a named builder stage and a
 * minimal final stage holding only the binary. Undefined (no fix) when it cannot be done right:
 * several binaries, an output path that cannot be known, files added after the build, or a
 * CMD/ENTRYPOINT that does not run the binary.
 */
export declare function splitSingleStage(file: SourceFile, model: Model, images: FinalImages): Fix | undefined;
export type { GoBuild };
