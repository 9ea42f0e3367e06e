import type { Stage } from '../model/types';
import { type SourceFile } from '../parse/source';
/** Privileged ports the stages show: EXPOSE, port-like ENV, and port flags of CMD/ENTRYPOINT. */
export declare function privilegedPorts(file: SourceFile, stages: readonly Stage[]): number[];
