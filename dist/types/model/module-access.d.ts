import { type SourceFile } from '../parse/source';
import type { Stage } from './types';
export interface AccessStep {
    line: number;
    what: string;
}
/** The first such step of the stage at or after offset `from`. */
export declare function moduleAccessAfter(file: SourceFile, stage: Stage, from: number): AccessStep | undefined;
/**
 * The first RUN of the stage at or after offset `from` that installs git (`apk add git`): a go
 * command that fetches modules straight from their repositories (no module proxy: GOPROXY unset
 * before Go 1.13, or `direct`) needs it, so a download moved above that RUN would fail.
 */
export declare function gitInstalledAfter(file: SourceFile, stage: Stage, from: number): AccessStep | undefined;
