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

/** Nested defaults (`${A:-${B:-...}}`) deeper than this are left unknown: no input can exhaust the stack. */
const MAX_DEPTH = 64;

/**
 * Expand `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}`
 * as BuildKit does in FROM, ARG, ENV, WORKDIR, USER and COPY. Escaped `$` stays literal.
 * Linear in the input; never throws.
 */
export function expand(text: string, scope: VarLookup, escapeChar = '\\', depth = 0): Expansion {
  // Most words have no variable at all (paths, image names, flags): nothing to scan for.
  if (text.indexOf('$') === -1) return lit(text);
  const out = new Parts();
  let i = 0;
  while (i < text.length) {
    // Plain text up to the next `$` is copied as one piece.
    let j = i;
    while (j < text.length && text[j] !== '$' && !(text[j] === escapeChar && text[j + 1] === '$')) j++;
    if (j > i) {
      out.literal(text.slice(i, j));
      i = j;
      if (i >= text.length) break;
    }
    if (text[i] === escapeChar && text[i + 1] === '$') {
      out.literal('$');
      i += 2;
      continue;
    }
    const next = text[i + 1];
    if (next === '{') {
      const close = findClosingBrace(text, i + 2);
      if (close === -1) {
        out.literal(text.slice(i));
        break;
      }
      expandBraced(text.slice(i + 2, close), scope, escapeChar, depth, out);
      i = close + 1;
    } else if (next !== undefined && isNameStart(next)) {
      let k = i + 1;
      while (k < text.length && isNameChar(text[k])) k++;
      const name = text.slice(i + 1, k);
      i = k;
      const v = scope.get(name);
      if (v && !v.known) out.unknown(name);
      else if (v) out.literal(v.value);
    } else {
      out.literal('$');
      i++;
    }
  }
  return out.done();
}

/**
 * A word as BuildKit's shell lexer reads it in FROM and `--from`: quotes removed (nothing expands
 * inside single quotes), the escape character taking the next character literally (inside double
 * quotes only before `"`, `$` and itself), and variables expanded as {@link expand} does.
 */
export function expandWord(text: string, scope: VarLookup, escapeChar = '\\'): Expansion {
  if (text.indexOf('"') === -1 && text.indexOf("'") === -1 && text.indexOf(escapeChar) === -1) return expand(text, scope, escapeChar);
  const out = new Parts();
  let pending = '';
  const flush = () => {
    if (pending) out.append(expand(pending, scope, escapeChar));
    pending = '';
  };
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else {
        flush();
        out.literal(c);
      }
    } else if (c === '$' && text[i + 1] === '{') {
      // `${A:-"x"}` is one expansion; an unclosed one leaves the rest as written (as expand does).
      const close = findClosingBrace(text, i + 2);
      pending += close === -1 ? text.slice(i) : text.slice(i, close + 1);
      i = close === -1 ? text.length : close;
    } else if (c === escapeChar && i + 1 < text.length) {
      const next = text[i + 1];
      if (quote === '"' && next !== '"' && next !== '$' && next !== escapeChar) pending += c;
      else {
        flush();
        out.literal(next);
        i++;
      }
    } else if (quote === undefined && (c === '"' || c === "'")) quote = c;
    else if (quote === '"' && c === '"') quote = undefined;
    else pending += c;
  }
  flush();
  return out.done();
}

/** `${inner}`: a name and an optional operator with its word. */
function expandBraced(inner: string, scope: VarLookup, escapeChar: string, depth: number, out: Parts): void {
  let n = 0;
  while (n < inner.length && isNameChar(inner[n])) n++;
  const name = inner.slice(0, n);
  const rest = inner.slice(n);
  if (!name) {
    out.literal('${' + inner + '}');
    return;
  }
  const v = scope.get(name);
  const op = rest.startsWith(':-') || rest.startsWith(':+') ? rest.slice(0, 2) : rest.startsWith('-') || rest.startsWith('+') ? rest[0] : '';
  // Other operators (`#`, `%`, `:?`), or a default nested too deep: the value cannot be computed here.
  if ((op === '' && rest !== '') || (v && !v.known) || (op !== '' && depth >= MAX_DEPTH)) {
    out.unknown(name);
    return;
  }
  const set = v !== undefined;
  const value = v && v.known ? v.value : '';
  const word = () => expand(rest.slice(op.length), scope, escapeChar, depth + 1);
  if (op === ':-') out.append(set && value !== '' ? lit(value) : word());
  else if (op === '-') out.append(set ? lit(value) : word());
  else if (op === ':+') out.append(set && value !== '' ? word() : lit(''));
  else if (op === '+') out.append(set ? word() : lit(''));
  else out.literal(value);
}

/** Literal text and unknown variables in order; adjacent literals are joined. */
class Parts {
  private readonly parts: Array<string | { unknown: string }> = [];
  private text = '';

  literal(s: string): void {
    this.text += s;
  }

  unknown(name: string): void {
    if (this.text) this.parts.push(this.text);
    this.text = '';
    this.parts.push({ unknown: name });
  }

  append(sub: Expansion): void {
    for (const p of sub.parts) {
      if (typeof p === 'string') this.literal(p);
      else this.unknown(p.unknown);
    }
  }

  done(): Expansion {
    if (this.text) this.parts.push(this.text);
    let known = true;
    let value = '';
    for (const p of this.parts) {
      if (typeof p === 'string') value += p;
      else {
        known = false;
        value += '${' + p.unknown + '}';
      }
    }
    return { value, known, parts: this.parts };
  }
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
