import type { SourceFile } from '../parse/source';
import type { Edit } from '../rules/types';
import type { Word } from '../shell/lexer';

export const insertAt = (offset: number, text: string): Edit => ({ start: offset, end: offset, text });
export const replaceSpan = (span: { start: number; end: number }, text: string): Edit => ({ start: span.start, end: span.end, text });

/**
 * Edits that add `addition` (e.g. "-s -w") at the front of a flag value, keeping the author's
 * quoting: `"-X a=b"` becomes `"-s -w -X a=b"`, `-ldflags=-X=a` becomes `-ldflags="-s -w -X=a"`.
 * The addition goes right after the opening quote, so a quoted value may span continuation lines.
 * Undefined when an unquoted value spans lines or the quoting is not one this can edit safely.
 */
export function prependToFlagValue(file: SourceFile, nameWord: Word, valueWord: Word, addition: string): Edit | undefined {
  const raw = file.text.slice(valueWord.start, valueWord.end);
  let valueStart = valueWord.start;
  let body = raw;
  if (valueWord === nameWord || valueWord.start === nameWord.start) {
    const eq = raw.indexOf('=');
    if (eq === -1) return undefined;
    if (raw[0] === '"' || raw[0] === "'") {
      // The whole word is quoted ("-ldflags=-X a=b"): add inside the quotes, right after "=".
      if (raw[raw.length - 1] !== raw[0]) return undefined;
      const rest = raw.slice(eq + 1, -1);
      return insertAt(valueWord.start + eq + 1, rest.length > 0 ? addition + ' ' : addition);
    }
    valueStart = valueWord.start + eq + 1;
    body = raw.slice(eq + 1);
  }
  const q = body[0];
  if (q === '"' || q === "'") {
    if (body.length < 2 || body[body.length - 1] !== q) return undefined;
    const inner = body.slice(1, -1);
    return insertAt(valueStart + 1, inner.trim().length > 0 ? addition + ' ' : addition);
  }
  if (body.length === 0) return insertAt(valueStart, `"${addition}"`);
  if (body.includes('"') || body.includes("'") || body.includes('\\') || body.includes('\n') || body.includes('\r')) return undefined;
  // Unquoted value: quote it so the added flags stay part of it; expansions still expand in "...".
  return replaceSpan({ start: valueStart, end: valueStart + body.length }, `"${addition} ${body}"`);
}

/** Delete a word with the blanks before it (or after it, when it starts a line). */
export function removeWord(file: SourceFile, word: { start: number; end: number }): Edit {
  const t = file.text;
  let start = word.start;
  while (start > 0 && (t[start - 1] === ' ' || t[start - 1] === '\t')) start--;
  if (start > 0 && t[start - 1] !== '\n' && start < word.start) return { start, end: word.end, text: '' };
  let end = word.end;
  while (end < t.length && (t[end] === ' ' || t[end] === '\t')) end++;
  return { start: word.start, end, text: '' };
}
