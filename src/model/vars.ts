/** A variable's value: known (a default or a literal), or declared but only known at build time. */
export type VarValue = { known: true; value: string } | { known: false };
/** Variables in scope. A name that is absent is undefined and expands to the empty string. */
export type Scope = ReadonlyMap<string, VarValue>;

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
export function expand(text: string, scope: Scope, escapeChar = '\\'): Expansion {
  const parts: Array<string | { unknown: string }> = [];
  let literal = '';
  const flush = () => {
    if (literal) parts.push(literal);
    literal = '';
  };
  const pushValue = (v: Expansion) => {
    for (const p of v.parts) {
      if (typeof p === 'string') literal += p;
      else {
        flush();
        parts.push(p);
      }
    }
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === escapeChar && text[i + 1] === '$') {
      literal += '$';
      i += 2;
      continue;
    }
    if (c !== '$') {
      literal += c;
      i++;
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
      if (op === '' && rest !== '') {
        // Other operators (`#`, `%`, `:?`): value cannot be computed here.
        flush();
        parts.push({ unknown: name });
        continue;
      }
      if (v && !v.known) {
        flush();
        parts.push({ unknown: name });
        continue;
      }
      const set = v !== undefined;
      const value = v && v.known ? v.value : '';
      if (op === ':-') pushValue(set && value !== '' ? lit(value) : expand(word, scope, escapeChar));
      else if (op === '-') pushValue(set ? lit(value) : expand(word, scope, escapeChar));
      else if (op === ':+') pushValue(set && value !== '' ? expand(word, scope, escapeChar) : lit(''));
      else if (op === '+') pushValue(set ? expand(word, scope, escapeChar) : lit(''));
      else literal += value;
      continue;
    }
    if (next !== undefined && isNameStart(next)) {
      let j = i + 1;
      while (j < text.length && isNameChar(text[j])) j++;
      const name = text.slice(i + 1, j);
      i = j;
      const v = scope.get(name);
      if (v && !v.known) {
        flush();
        parts.push({ unknown: name });
      } else if (v) literal += v.value;
      continue;
    }
    literal += c;
    i++;
  }
  flush();
  const known = parts.every((p) => typeof p === 'string');
  const value = parts.map((p) => (typeof p === 'string' ? p : '${' + p.unknown + '}')).join('');
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
