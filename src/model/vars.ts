/** A variable's value: known (a default or a literal), or declared but only known at build time. */
export type VarValue = { known: true; value: string } | { known: false };
/** Variables in scope. A name that is absent is undefined and expands to the empty string. */
export type Scope = ReadonlyMap<string, VarValue>;
/** What {@link expand} reads of a scope: a Scope, or a view of other state that needs no copy into one. */
export interface VarLookup {
  get(name: string): VarValue | undefined;
}

/** The result of expanding a Dockerfile word: literal pieces and the variables whose values are unknown. */
export interface Expansion {
  /** The expanded text, with each unknown variable left as `${NAME}`. */
  value: string;
  known: boolean;
  /** Literal text and unknown variables in order, for matching against candidates (e.g. stage names). */
  parts: Array<string | { unknown: string }>;
}

const isNameStart = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_';
const isNameChar = (c: string) => isNameStart(c) || (c >= '0' && c <= '9');

/**
 * Expand `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}`
 * as BuildKit does in FROM, ARG, ENV, WORKDIR, USER and COPY. Escaped `$` stays literal.
 * Linear in the input; never throws.
 */
export function expand(text: string, scope: VarLookup, escapeChar = '\\'): Expansion {
  // Most words have no variable at all (paths, image names, flags): nothing to scan for.
  if (text.indexOf('$') === -1) return lit(text);
  const parts: Array<string | { unknown: string }> = [];
  // Literal text not yet in `parts` (pushed before each unknown variable and at the end).
  let literal = '';
  let i = 0;
  while (i < text.length) {
    // Plain text up to the next `$` is copied as one piece.
    let j = i;
    while (j < text.length && text[j] !== '$' && !(text[j] === escapeChar && text[j + 1] === '$')) j++;
    if (j > i) {
      literal += text.slice(i, j);
      i = j;
      if (i >= text.length) break;
    }
    if (text[i] === escapeChar && text[i + 1] === '$') {
      literal += '$';
      i += 2;
      continue;
    }
    const next = text[i + 1];
    if (next === '{') {
      const close = findClosingBrace(text, i + 2);
      if (close === -1) {
        literal += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, close);
      let n = 0;
      while (n < inner.length && isNameChar(inner[n])) n++;
      const name = inner.slice(0, n);
      const rest = inner.slice(n);
      i = close + 1;
      if (!name) {
        literal += '${' + inner + '}';
        continue;
      }
      const v = scope.get(name);
      const op = rest.startsWith(':-') || rest.startsWith(':+') ? rest.slice(0, 2) : rest.startsWith('-') || rest.startsWith('+') ? rest[0] : '';
      const word = op ? rest.slice(op.length) : '';
      // Other operators (`#`, `%`, `:?`): the value cannot be computed here.
      if ((op === '' && rest !== '') || (v && !v.known)) {
        if (literal) parts.push(literal);
        literal = '';
        parts.push({ unknown: name });
        continue;
      }
      const set = v !== undefined;
      const value = v && v.known ? v.value : '';
      let sub: Expansion;
      if (op === ':-') sub = set && value !== '' ? lit(value) : expand(word, scope, escapeChar);
      else if (op === '-') sub = set ? lit(value) : expand(word, scope, escapeChar);
      else if (op === ':+') sub = set && value !== '' ? expand(word, scope, escapeChar) : lit('');
      else if (op === '+') sub = set ? expand(word, scope, escapeChar) : lit('');
      else {
        literal += value;
        continue;
      }
      for (const p of sub.parts) {
        if (typeof p === 'string') {
          literal += p;
        } else {
          if (literal) parts.push(literal);
          literal = '';
          parts.push(p);
        }
      }
      continue;
    }
    if (next !== undefined && isNameStart(next)) {
      let j = i + 1;
      while (j < text.length && isNameChar(text[j])) j++;
      const name = text.slice(i + 1, j);
      i = j;
      const v = scope.get(name);
      if (v && !v.known) {
        if (literal) parts.push(literal);
        literal = '';
        parts.push({ unknown: name });
      } else if (v) literal += v.value;
      continue;
    }
    literal += '$';
    i++;
  }
  if (literal) parts.push(literal);
  let known = true;
  let value = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      value += p;
    } else {
      known = false;
      value += '${' + p.unknown + '}';
    }
  }
  return { value, known, parts };
}

function lit(value: string): Expansion {
  return { value, known: true, parts: value ? [value] : [] };
}

function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Does `candidate` fit an expansion whose unknown parts may be any text? (`runtime-${TARGETARCH}` fits `runtime-amd64`.) */
export function matchesExpansion(e: Expansion, candidate: string): boolean {
  if (e.known) return e.value === candidate;
  // Greedy-free matching of literal pieces in order: linear in the candidate per piece.
  const pieces = e.parts;
  let pos = 0;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (typeof p !== 'string') continue;
    const anchoredStart = k === 0;
    const anchoredEnd = k === pieces.length - 1;
    if (anchoredStart) {
      if (!candidate.startsWith(p)) return false;
      pos = p.length;
    } else if (anchoredEnd) {
      if (!candidate.endsWith(p) || candidate.length - p.length < pos) return false;
      pos = candidate.length;
    } else {
      const at = candidate.indexOf(p, pos);
      if (at === -1) return false;
      pos = at + p.length;
    }
  }
  return true;
}

/**
 * The value an expansion's one unknown variable takes for it to read `candidate`
 * (`runtime-${TARGETARCH}` reads `runtime-arm64` with TARGETARCH=arm64); undefined when the
 * expansion has no unknown variable, more than one, or does not fit.
 */
export function bindingOf(e: Expansion, candidate: string): { name: string; value: string } | undefined {
  const unknowns = e.parts.filter((p): p is { unknown: string } => typeof p !== 'string');
  if (unknowns.length !== 1) return undefined;
  const at = e.parts.indexOf(unknowns[0]);
  const before = e.parts.slice(0, at).join('');
  const after = e.parts.slice(at + 1).join('');
  if (candidate.length < before.length + after.length + 1 || !candidate.startsWith(before) || !candidate.endsWith(after)) return undefined;
  return { name: unknowns[0].unknown, value: candidate.slice(before.length, candidate.length - after.length) };
}
