/**
 * `.dockerignore` as BuildKit reads it (moby's patternmatcher): one pattern a line, `#` comments,
 * `!` for exceptions, the last matching pattern wins; patterns are relative to the context root
 * (a leading `/` is dropped) and cleaned like paths; `*` and `?` match within a path element,
 * `**` any number of elements, `[...]` a class, `\` escapes. A path is excluded when a pattern
 * matches it or one of its parent folders.
 *
 * Matching walks pattern and path element by element with a memo (no regular expressions from
 * user text): time is bounded by pattern length × path length.
 */

export interface IgnorePattern {
  /** The pattern's path elements, cleaned. */
  elements: string[];
  /** A `!` pattern: it re-includes what earlier patterns excluded. */
  exception: boolean;
}

/** At most this many patterns are read: a generated file of a million lines is not a real .dockerignore. */
const MAX_PATTERNS = 10_000;

export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  for (const raw of text.split('\n')) {
    if (patterns.length >= MAX_PATTERNS) break;
    let line = raw.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    let exception = false;
    if (line.startsWith('!')) {
      exception = true;
      line = line.slice(1).trim();
    }
    const elements = cleanPath(line);
    if (elements.length === 0) continue;
    patterns.push({ elements, exception });
  }
  return patterns;
}

/** Is a context path (relative, '/'-separated) excluded by the patterns? */
export function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean {
  const elements = cleanPath(path);
  if (elements.length === 0) return false;
  let ignored = false;
  for (const p of patterns) {
    if (p.exception === ignored && matchesOrParent(p.elements, elements)) ignored = !p.exception;
  }
  return ignored;
}

/** Path elements of a cleaned relative path: `./a//b/../c/` is [a, c]; `..` above the root is dropped. */
export function cleanPath(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** Does the pattern match the path or one of its parent folders? */
function matchesOrParent(pattern: readonly string[], path: readonly string[]): boolean {
  for (let n = path.length; n >= 1; n--) if (matchElements(pattern, path, n)) return true;
  return false;
}

/** Does the pattern match exactly the first `length` elements of the path? */
function matchElements(pattern: readonly string[], path: readonly string[], length: number): boolean {
  const memo = new Map<number, boolean>();
  const go = (pi: number, si: number): boolean => {
    if (pi === pattern.length) return si === length;
    const key = pi * (length + 1) + si;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (pattern[pi] === '**') result = go(pi + 1, si) || (si < length && go(pi, si + 1));
    else result = si < length && matchElement(pattern[pi], path[si]) && go(pi + 1, si + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** One path element against one pattern element: `*`, `?`, `[...]`, `\x`. Iterative, with one backtrack point (linear). */
export function matchElement(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starN = n;
      continue;
    }
    const step = p < pattern.length ? matchOne(pattern, p, name[n]) : -1;
    if (step !== -1) {
      p = step;
      n++;
      continue;
    }
    if (starP === -1) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Match one character at pattern[p]; the index after the pattern piece, or -1. */
function matchOne(pattern: string, p: number, c: string): number {
  const t = pattern[p];
  if (t === '?') return p + 1;
  if (t === '\\' && p + 1 < pattern.length) return pattern[p + 1] === c ? p + 2 : -1;
  if (t === '[') {
    const end = pattern.indexOf(']', p + 2);
    if (end === -1) return t === c ? p + 1 : -1;
    let i = p + 1;
    const negate = pattern[i] === '^' || pattern[i] === '!';
    if (negate) i++;
    let hit = false;
    while (i < end) {
      const lo = pattern[i];
      if (pattern[i + 1] === '-' && i + 2 < end) {
        if (c >= lo && c <= pattern[i + 2]) hit = true;
        i += 3;
      } else {
        if (c === lo) hit = true;
        i++;
      }
    }
    return hit !== negate ? end + 1 : -1;
  }
  return t === c ? p + 1 : -1;
}
