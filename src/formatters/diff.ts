// Loaded only for --diff: the diff package is not part of a plain lint run's start-up.
import { createTwoFilesPatch } from 'diff';

/**
 * Changed lines (after the unchanged first and last lines are set aside) up to which the diff
 * package computes the diff. Its algorithm (Myers) takes time proportional to the lines times the
 * changes: a 500 KB file with every other line fixed took 80 s. Above this, a linear alignment is
 * used, which fits what fixes do (lines changed in place, a few inserted or removed).
 */
const MAX_EXACT_LINES = 400;

/** A unified diff of one file, `a/` and `b/` prefixed like git's, or '' when nothing changed. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (Math.max(a.length, b.length) - head - tail > MAX_EXACT_LINES) return header(path) + hunks(align(a, b));
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  // The package starts with a row of "=" (from svn's format); git's style, which people read, has none.
  return patch.startsWith('=') ? patch.slice(patch.indexOf('\n') + 1) : patch;
}

function header(path: string): string {
  return `--- a/${path}\n+++ b/${path}\n`;
}

/** Lines with their line breaks (the last one may have none). */
function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length === 1 && lines[0] === '' ? [] : lines;
}

type Op = ' ' | '-' | '+';

/** How far ahead the alignment looks for the next line both texts share. */
const WINDOW = 64;

/**
 * An edit script: equal lines kept; at a difference, the nearest pair of equal lines within the
 * window (fewest lines skipped) resumes the alignment. O(lines × window × log lines).
 */
function align(a: readonly string[], b: readonly string[]): Array<[Op, string]> {
  const where = new Map<string, number[]>();
  b.forEach((line, j) => {
    const list = where.get(line);
    if (list) list.push(j);
    else where.set(line, [j]);
  });
  const ops: Array<[Op, string]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push([' ', a[i++]]);
      j++;
      continue;
    }
    let skipA = -1;
    let skipB = -1;
    for (let k = 0; k <= WINDOW && i + k < a.length; k++) {
      if (skipA >= 0 && skipA + skipB <= k) break;
      const p = firstAtLeast(where.get(a[i + k]), j);
      if (p !== undefined && p - j <= WINDOW && (skipA < 0 || k + (p - j) < skipA + skipB)) {
        skipA = k;
        skipB = p - j;
      }
    }
    if (skipA < 0) {
      // Nothing shared nearby: one line of each is replaced, and the search goes on after them.
      skipA = Math.min(1, a.length - i);
      skipB = Math.min(1, b.length - j);
    }
    for (let k = 0; k < skipA; k++) ops.push(['-', a[i++]]);
    for (let k = 0; k < skipB; k++) ops.push(['+', b[j++]]);
  }
  return ops;
}

function firstAtLeast(list: readonly number[] | undefined, min: number): number | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < min) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? list[lo] : undefined;
}

/** The edit script as unified-diff hunks with three lines of context. */
function hunks(ops: ReadonlyArray<[Op, string]>): string {
  const CONTEXT = 3;
  let out = '';
  let k = 0;
  // Line numbers (0-based) in a and b at ops[k].
  const posA: number[] = [];
  const posB: number[] = [];
  let ia = 0;
  let ib = 0;
  for (const [op] of ops) {
    posA.push(ia);
    posB.push(ib);
    if (op !== '+') ia++;
    if (op !== '-') ib++;
  }
  while (k < ops.length) {
    while (k < ops.length && ops[k][0] === ' ') k++;
    if (k >= ops.length) break;
    const start = Math.max(0, k - CONTEXT);
    let end = k;
    // Extend over changes closer together than twice the context.
    for (let last = k; end < ops.length; end++) {
      if (ops[end][0] !== ' ') last = end;
      else if (end - last > 2 * CONTEXT) break;
    }
    let stop = end;
    while (stop > start && ops[stop - 1][0] === ' ') stop--;
    stop = Math.min(ops.length, stop + CONTEXT);
    const slice = ops.slice(start, stop);
    const lenA = slice.filter(([op]) => op !== '+').length;
    const lenB = slice.filter(([op]) => op !== '-').length;
    const fromA = lenA === 0 ? posA[start] : posA[start] + 1;
    const fromB = lenB === 0 ? posB[start] : posB[start] + 1;
    out += `@@ -${fromA},${lenA} +${fromB},${lenB} @@\n`;
    for (const [op, line] of slice) out += op + (line.endsWith('\n') ? line : `${line}\n\\ No newline at end of file\n`);
    k = stop;
  }
  return out;
}
