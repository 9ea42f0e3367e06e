import type { Stage } from '../model/types';
import { lineEndAt, positionAt, spanOf, type SourceFile } from '../parse/source';
import type { Edit } from './types';

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(file: SourceFile, offset: number): number {
  return file.lineStarts[positionAt(file, offset).line];
}

/** Leading blanks of the line holding `offset`. */
export function indentAt(file: SourceFile, offset: number): string {
  const start = lineStartAt(file, offset);
  let end = start;
  while (file.text[end] === ' ' || file.text[end] === '\t') end++;
  return file.text.slice(start, end);
}

/** Does the author write keywords in lower case? Judged by the stage's FROM. */
export function lowercaseKeywords(stage: Stage): boolean {
  const kw = stage.from.getInstruction();
  return kw === kw.toLowerCase();
}

/**
 * A new instruction line in the author's style (keyword casing, line ending), ending with the
 * line break: `instruction` is written with an upper-case keyword, e.g. "USER 65532:65532".
 */
export function newInstruction(file: SourceFile, stage: Stage, instruction: string, indent = ''): string {
  const space = instruction.indexOf(' ');
  const keyword = space === -1 ? instruction : instruction.slice(0, space);
  const rest = space === -1 ? '' : instruction.slice(space);
  return indent + (lowercaseKeywords(stage) ? keyword.toLowerCase() : keyword) + rest + file.eol;
}

/** Is the line a comment (first non-blank character `#`)? */
function isCommentLine(file: SourceFile, line: number): boolean {
  const start = file.lineStarts[line];
  const end = line + 1 < file.lineStarts.length ? file.lineStarts[line + 1] : file.text.length;
  let i = start;
  while (i < end && (file.text[i] === ' ' || file.text[i] === '\t')) i++;
  return i < end && file.text[i] === '#';
}

/**
 * Where a new line goes so that it comes right before `instruction`: the start of its line, or of
 * the comment lines written directly above it (they describe it and stay with it). `after` is the
 * offset of the end of the previous instruction; comments never move above it.
 */
export function lineBefore(file: SourceFile, instructionStart: number, after: number): number {
  let line = positionAt(file, instructionStart).line;
  const floor = positionAt(file, after).line;
  while (line - 1 > floor && isCommentLine(file, line - 1)) line--;
  return file.lineStarts[line];
}

/** An edit inserting `instruction` (upper-case keyword) as a new line right before the instruction at `span`. */
export function insertBefore(file: SourceFile, stage: Stage, span: { start: number }, instruction: string): Edit {
  const previous = [stage.from, ...stage.instructions]
    .map((i) => spanOf(file, i.getRange()))
    .filter((s) => s.end <= span.start)
    .reduce((a, b) => (b.end > a ? b.end : a), 0);
  const at = lineBefore(file, span.start, previous);
  return { start: at, end: at, text: newInstruction(file, stage, instruction, indentAt(file, span.start)) };
}

/** An edit adding `instruction` (upper-case keyword) as a new line after the last instruction of the stage. */
export function appendToStage(file: SourceFile, stage: Stage, instruction: string): Edit {
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  const end = spanOf(file, last.getRange()).end;
  const line = newInstruction(file, stage, instruction);
  return { start: end, end, text: file.eol + line.slice(0, line.length - file.eol.length) };
}

/** An edit adding `instruction` as a new line right after the FROM line of the stage. */
export function insertAfterFrom(file: SourceFile, stage: Stage, instruction: string): Edit {
  const at = lineEndAt(file, stage.fromSpan.end);
  const line = newInstruction(file, stage, instruction);
  return { start: at, end: at, text: file.eol + line.slice(0, line.length - file.eol.length) };
}
