import { type SourceFile } from '../parse/source';
import type { Stage } from './types';
export interface AccessStep {
    line: number;
    what: string;
}
/** The first such step of the stage at or after offset `from`. */
export declare function moduleAccessAfter(file: SourceFile, stage: Stage, from: number): AccessStep | undefined;
