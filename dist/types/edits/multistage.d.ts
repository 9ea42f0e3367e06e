import type { GoBuild, Model } from '../model/types';
import { type SourceFile } from '../parse/source';
import type { FinalImages, Fix, NoFix } from './types';
/**
 * The headline fix: a single-stage `FROM golang` Dockerfile becomes a named builder stage and a
 * minimal final stage holding the binary and what the image held besides the build's own files
 * (templates, static files, configuration, migrations: see carry-over.ts), in the same WORKDIR,
 * run as 65532 with the folders it writes given to it. When it cannot be done right, no fix, and
 * the reason: several binaries, an output path that cannot be known, files written at build time
 * that cannot be listed, packages the program may use at run time, or a CMD/ENTRYPOINT that does
 * not run the binary.
 */
export declare function splitSingleStage(file: SourceFile, model: Model, images: FinalImages): Fix | NoFix;
export type { GoBuild };
