import type { Model, Stage } from '../model/types';
import { type SourceFile } from '../parse/source';
/**
 * Why the process of `stages` (the final stage first) evidently needs root; undefined when nothing
 * says so. `runsInImage`: the RUNs' results stay in the image the process runs in (false for a
 * builder that the single-stage split leaves behind).
 */
export declare function needsRoot(file: SourceFile, model: Model, stages: readonly Stage[], runsInImage?: boolean): string | undefined;
