import type { SourceFile } from '../parse/source';
import type { Edit } from './types';
import type { Word } from '../shell/lexer';
import type { GoCommand } from '../model/types';
import { goWrapper } from '../model/go';

export const insertAt = (offset: number, text: string): Edit => ({ start: offset, end: offset, text });
export const replaceSpan = (span: { start: number; end: number }, text: string): Edit => ({ start: span.start, end: span.end, text });

/**
 * Edits that add `addition` (e.g. "-s -w") at the front of a flag value, keeping the author's
 * quoting: `"-X a=b"` becomes `"-s -w -X a=b"`, `-ldflags=-X=a` becomes `-ldflags="-s -w -X=a"`.
 * The addition goes right after the opening quote, so a quoted value may span continuation lines.
 * Undefined when an unquoted value spans lines or the quoting is not one this can edit safely.
 */
export function prependToFlagValue(file: Pick<SourceFile, 'text'>, nameWord: Word, valueWord: Word, addition: string): Edit | undefined {
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

/**
 * Edits that delete a word (or a span of words) with the blanks before it, or after it when it
 * starts a line. When it is all a line of a continuation holds, the whole line goes: no line with
 * a lone escape character is left (`    -a \`), and when it was the last line, the escape that
 * led to it goes too, so the instruction does not run on into the next one.
 */
export function removeWord(file: SourceFile, word: { start: number; end: number }): Edit[] {
  const t = file.text;
  let start = word.start;
  while (start > 0 && isBlank(t[start - 1])) start--;
  const startsLine = start === 0 || t[start - 1] === '\n';
  let end = word.end;
  while (end < t.length && isBlank(t[end])) end++;
  if (startsLine) {
    const afterEscape = t[end] === file.escapeChar ? lineBreakEnd(t, end + 1) : undefined;
    if (afterEscape !== undefined) return [{ start, end: afterEscape, text: '' }];
    const lineEnd = lineBreakEnd(t, end);
    const escape = lineEnd === undefined ? undefined : continuationBefore(file, start);
    if (lineEnd !== undefined && escape) return [{ ...escape, text: '' }, { start, end: lineEnd, text: '' }];
  }
  if (!startsLine && start < word.start) return [{ start, end: word.end, text: '' }];
  return [{ start: word.start, end, text: '' }];
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** After blanks from `i`: the offset past the line break (or the end of the text), else undefined. */
function lineBreakEnd(t: string, i: number): number | undefined {
  let k = i;
  while (k < t.length && isBlank(t[k])) k++;
  if (k >= t.length) return t.length;
  if (t[k] === '\r' && t[k + 1] === '\n') return k + 2;
  return t[k] === '\n' ? k + 1 : undefined;
}

/**
 * The escape (with the blanks before it) that ends the nearest line above `lineStart` that is not
 * a comment or blank line; undefined when that line does not continue.
 */
function continuationBefore(file: SourceFile, lineStart: number): { start: number; end: number } | undefined {
  const t = file.text;
  let end = lineStart;
  while (end > 0) {
    const lineEnd = t[end - 2] === '\r' ? end - 2 : end - 1;
    const begin = t.lastIndexOf('\n', lineEnd - 1) + 1;
    let first = begin;
    while (first < lineEnd && isBlank(t[first])) first++;
    if (first === lineEnd || t[first] === '#') {
      end = begin;
      continue;
    }
    let last = lineEnd;
    while (last > first && isBlank(t[last - 1])) last--;
    if (t[last - 1] !== file.escapeChar) return undefined;
    let from = last - 1;
    while (from > first && isBlank(t[from - 1])) from--;
    return { start: from, end: lineEnd };
  }
  return undefined;
}

/** Where a go command's words live: a shell command line, or the JSON array of an exec-form RUN. */
export type CommandForm = 'shell' | 'exec';

/**
 * Insert arguments after a word, written as the command is written: `-trimpath` in shell form,
 * `, "-trimpath"` in an exec-form array. `shell` is the shell spelling (already quoted),
 * `values` the plain values for exec form.
 */
export function insertArgsAfter(form: CommandForm, word: { end: number }, shell: string, values: readonly string[]): Edit {
  return insertAt(word.end, form === 'exec' ? values.map((v) => `, ${JSON.stringify(v)}`).join('') : ` ${shell}`);
}

/** Insert before a word: `CGO_ENABLED=0 go` in shell form, `"env", "CGO_ENABLED=0", "go"` in exec form. */
export function insertArgsBefore(form: CommandForm, word: { start: number }, shell: string, values: readonly string[]): Edit {
  return insertAt(word.start, form === 'exec' ? values.map((v) => `${JSON.stringify(v)}, `).join('') : `${shell} `);
}

/**
 * Set CGO_ENABLED=0 for one go command: an env prefix, or `env` in front of an exec-form array.
 * After a wrapper (`exec go`, `xargs go`, `time go` in sh) an assignment would be taken for the
 * command to run, so the prefix is `env CGO_ENABLED=0` there.
 */
export function disableCgo(form: CommandForm, build: Pick<GoCommand, 'command' | 'goWord'>): Edit {
  return insertArgsBefore(form, build.goWord, goWrapper(build) ? 'env CGO_ENABLED=0' : 'CGO_ENABLED=0', ['env', 'CGO_ENABLED=0']);
}

export const commandForm = (run: { form: string }): CommandForm => (run.form === 'exec' ? 'exec' : 'shell');
