/**
 * The text the shell lexer scans, and the way back from it to offsets in the document.
 *
 * For shell-form RUN text, Dockerfile line continuations are removed *before* the shell
 * sees anything (BuildKit joins the lines without knowing about shell quoting), so the
 * lexer works on a "logical" string and every logical index maps to one original offset.
 * For heredoc scripts the logical string is the original text itself.
 */
export class Source {
  /**
   * @param s    logical text
   * @param base original offset of s[0] when there is no map (a single contiguous segment)
   * @param map  original offset of every logical index, when several segments were joined
   */
  constructor(
    readonly s: string,
    private readonly base: number,
    private readonly map: Int32Array | null,
  ) {}

  /** Original offset of logical index i (i < s.length). */
  abs(i: number): number {
    const map = this.map;
    if (map === null) return this.base + i;
    if (i < map.length) return map[i];
    return map.length > 0 ? map[map.length - 1] + 1 : this.base;
  }

  /** Original end offset of a logical range that ends (exclusive) at i. */
  absEnd(i: number): number {
    // The end is "just after the last character", not abs(i): with continuations removed,
    // the character at i may sit lines further down.
    return i <= 0 ? this.abs(0) : this.abs(i - 1) + 1;
  }
}

const TAB = 9;
const NL = 10;
const VT = 11;
const FF = 12;
const CR = 13;
const SP = 32;
const HASH = 35;

/** Shell-script text: no Dockerfile processing, offsets are direct. */
export function scriptSource(text: string, start: number, end: number): Source {
  return new Source(text.slice(start, end), start, null);
}

/**
 * Shell-form instruction text: apply Dockerfile line continuations as BuildKit does.
 *
 * - escape, then optional spaces/tabs, then `\n` or `\r\n`, joins the lines (all of it is dropped);
 *   an escape followed only by blanks at the very end of the range is dropped too, as BuildKit
 *   treats the last line of the file the same way;
 * - a line inside a continuation whose first non-blank character is `#` is removed, newline
 *   included, and so is a blank line: the continuation carries on past them;
 * - any other newline ends the instruction, so the text stops there (a `\r` before it is dropped).
 *
 * Linear: every character is looked at a bounded number of times.
 */
export function dockerfileSource(text: string, start: number, end: number, escapeChar: string): Source {
  const esc = escapeChar.charCodeAt(0);
  // Kept segments as [from, to) pairs of original offsets.
  const segs: number[] = [];
  let segStart = start;
  let stop = end;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      stop = i;
      break;
    }
    if (c === esc) {
      let j = i + 1;
      while (j < end && isBlank(text.charCodeAt(j))) j++;
      if (j < end && text.charCodeAt(j) === CR && (j + 1 >= end || text.charCodeAt(j + 1) === NL)) j++;
      if (j >= end) {
        stop = i;
        break;
      }
      if (text.charCodeAt(j) === NL) {
        segs.push(segStart, i);
        i = skipIgnoredLines(text, j + 1, end);
        segStart = i;
        continue;
      }
    }
    i++;
  }
  // The line terminator of a CRLF file is not part of the instruction.
  if (stop > segStart && text.charCodeAt(stop - 1) === CR) stop--;
  segs.push(segStart, stop);

  const parts: string[] = [];
  let total = 0;
  let nonEmpty = 0;
  let firstFrom = start;
  for (let k = 0; k < segs.length; k += 2) {
    const len = segs[k + 1] - segs[k];
    if (len <= 0) continue;
    if (nonEmpty === 0) firstFrom = segs[k];
    nonEmpty++;
    total += len;
    parts.push(text.slice(segs[k], segs[k + 1]));
  }
  if (nonEmpty <= 1) return new Source(parts.length > 0 ? parts[0] : '', firstFrom, null);

  const map = new Int32Array(total);
  let at = 0;
  for (let k = 0; k < segs.length; k += 2) {
    for (let o = segs[k]; o < segs[k + 1]; o++) map[at++] = o;
  }
  return new Source(parts.join(''), start, map);
}

/** Skip the comment lines and blank lines that follow a continuation; returns the next kept offset. */
function skipIgnoredLines(text: string, i: number, end: number): number {
  while (i < end) {
    let k = i;
    while (k < end && isLineSpace(text.charCodeAt(k))) k++;
    if (k >= end) return end;
    const c = text.charCodeAt(k);
    if (c === NL) {
      i = k + 1;
    } else if (c === HASH) {
      while (k < end && text.charCodeAt(k) !== NL) k++;
      i = k < end ? k + 1 : end;
    } else {
      return i;
    }
  }
  return i;
}

function isBlank(c: number): boolean {
  return c === SP || c === TAB;
}

/** Whitespace other than the newline, as BuildKit trims it when deciding a line is empty or a comment. */
function isLineSpace(c: number): boolean {
  return c === SP || c === TAB || c === CR || c === VT || c === FF;
}
