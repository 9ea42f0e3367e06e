import type { Stage } from '../model/types';
import { positionAt, type SourceFile } from '../parse/source';

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
