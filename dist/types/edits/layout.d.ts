import type { Stage } from '../model/types';
import { type SourceFile } from '../parse/source';
import type { Edit } from './types';
/** Offset of the start of the line holding `offset`. */
export declare function lineStartAt(file: SourceFile, offset: number): number;
/** Leading blanks of the line holding `offset`. */
export declare function indentAt(file: SourceFile, offset: number): string;
/** Does the author write keywords in lower case? Judged by the stage's FROM. */
export declare function lowercaseKeywords(stage: Stage): boolean;
/**
 * A new instruction line in the author's style (keyword casing, line ending), ending with the
 * line break: `instruction` is written with an upper-case keyword, e.g. "USER 65532:65532".
 */
export declare function newInstruction(file: SourceFile, stage: Stage, instruction: string, indent?: string): string;
/**
 * Where a new line goes so that it comes right before `instruction`: the start of its line, or of
 * the comment lines written directly above it (they describe it and stay with it). `after` is the
 * offset of the end of the previous instruction; comments never move above it.
 */
export declare function lineBefore(file: SourceFile, instructionStart: number, after: number): number;
/** An edit inserting `instruction` (upper-case keyword) as a new line right before the instruction at `span`. */
export declare function insertBefore(file: SourceFile, stage: Stage, span: {
    start: number;
}, instruction: string): Edit;
/** An edit adding `instruction` (upper-case keyword) as a new line after the last instruction of the stage. */
export declare function appendToStage(file: SourceFile, stage: Stage, instruction: string): Edit;
/** An edit adding `instruction` as a new line right after the FROM line of the stage. */
export declare function insertAfterFrom(file: SourceFile, stage: Stage, instruction: string): Edit;
