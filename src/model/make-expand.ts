/**
 * GNU make's variable expansion, as far as a linter needs it: `$(NAME)`, `${NAME}`, `$X`, `$$`,
 * substitution references (`$(SRC:.c=.o)`), automatic variables and the text functions a build
 * line uses. What cannot be known here (`$(shell ...)`, `$(wildcard ...)`, a variable the
 * environment may set) is kept as a `$(...)` reference: to the shell that is a command
 * substitution, whose value the shell model does not know either. Linear in the text; recursion
 * and output are bounded, so no Makefile can exhaust the stack or the memory.
 */

/** An expanded text. Unknown parts are kept as `$(...)` references; `known` says whether there are any. */
export interface MakeValue {
  value: string;
  known: boolean;
}

export interface MakeVariable {
  /** Recursively expanded (`=`, `?=`, `define`) keeps its text; simply expanded (`:=`) its value. */
  flavor: 'recursive' | 'simple';
  /** The text as written (recursive) or the value (simple). */
  text: string;
  known: boolean;
  origin: 'default' | 'environment' | 'file' | 'command line' | 'override' | 'automatic';
}

/** What an expansion reads: the variables, and the automatic ones of the rule being run. */
export interface ExpandScope {
  lookup(name: string): MakeVariable | undefined;
  /** `$@`, `$<`, `$^`, `$*`, `$?`, `$|` of the rule being run, when there is one. */
  automatic?: Readonly<Record<string, string>>;
}

/** Where a reference was substituted in a mapped expansion (see {@link expandMapped}). */
export interface Substitution {
  /** Offsets of the reference as written in its file. */
  start: number;
  end: number;
  /** The value has no blank or quote: it cannot make or join more than one shell word. */
  oneWord: boolean;
}

const MAX_DEPTH = 32;
const MAX_OUTPUT = 64 * 1024;

/** Expand a text in a scope. */
export function expandMake(text: string, scope: ExpandScope): MakeValue {
  const out = new Output();
  expandInto(text, scope, out, 0);
  return out.result();
}

/**
 * Expand a recipe line whose characters sit at `offsets` of a file, and map each character of the
 * result back to the file: literal text to where it is written, a substituted value to its
 * reference (its first character to the reference's start, its last to the reference's last
 * character, so that a word made of one whole reference spans the reference exactly).
 */
export function expandMapped(text: string, offsets: readonly number[], scope: ExpandScope): { value: MakeValue; map: Int32Array; substitutions: Substitution[] } {
  const out = new Output();
  const map: number[] = [];
  const substitutions: Substitution[] = [];
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    const stop = dollar === -1 ? text.length : dollar;
    for (let k = i; k < stop; k++) map.push(offsets[k]);
    out.add(text.slice(i, stop));
    if (dollar === -1) break;
    const ref = readReference(text, dollar);
    const before = out.length;
    if (ref.literal !== undefined) out.add(ref.literal);
    else expandReference(ref.body, scope, out, 1);
    const added = out.length - before;
    const start = offsets[dollar];
    const last = offsets[ref.end - 1];
    for (let k = 0; k < added; k++) map.push(k === added - 1 && k > 0 ? last : start);
    if (ref.literal === undefined) {
      const v = out.text.slice(before);
      substitutions.push({ start, end: last + 1, oneWord: v.length > 0 && !/[\s"'\\`]/.test(v) });
    }
    i = ref.end;
  }
  return { value: out.result(), map: Int32Array.from(map.slice(0, out.length)), substitutions };
}

/** The expansion so far; unknown once anything could not be known or the output grew too large. */
class Output {
  text = '';
  known = true;
  get length(): number {
    return this.text.length;
  }
  add(s: string): void {
    if (this.text.length + s.length > MAX_OUTPUT) {
      this.known = false;
      return;
    }
    this.text += s;
  }
  /** A part that cannot be known, kept as a reference the shell will not know either. */
  unknown(body: string): void {
    this.known = false;
    this.add(`$(${body})`);
  }
  result(): MakeValue {
    return { value: this.text, known: this.known };
  }
}

interface Reference {
  /** What `$$` and a lone `$` at the end stand for. */
  literal?: string;
  /** The reference without `$(`/`)`: `NAME`, `patsubst %.go,%,$(SRC)`, `@`. */
  body: string;
  /** Index after the reference. */
  end: number;
}

/** The reference starting at the `$` at `i`. */
function readReference(text: string, i: number): Reference {
  const next = text[i + 1];
  if (next === undefined) return { literal: '$', body: '', end: i + 1 };
  if (next === '$') return { literal: '$', body: '', end: i + 2 };
  if (next !== '(' && next !== '{') return { body: next, end: i + 2 };
  const close = next === '(' ? ')' : '}';
  let depth = 0;
  for (let k = i + 1; k < text.length; k++) {
    if (text[k] === next) depth++;
    else if (text[k] === close && --depth === 0) return { body: text.slice(i + 2, k), end: k + 1 };
  }
  // Unterminated: make stops with an error; nothing here can be known.
  return { body: text.slice(i + 2), end: text.length };
}

function expandInto(text: string, scope: ExpandScope, out: Output, depth: number): void {
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar === -1) {
      out.add(text.slice(i));
      return;
    }
    out.add(text.slice(i, dollar));
    const ref = readReference(text, dollar);
    if (ref.literal !== undefined) out.add(ref.literal);
    else expandReference(ref.body, scope, out, depth + 1);
    i = ref.end;
  }
}

function expandReference(body: string, scope: ExpandScope, out: Output, depth: number): void {
  if (depth > MAX_DEPTH) return out.unknown(body);
  const space = body.search(/[ \t]/);
  const fn = space === -1 ? undefined : FUNCTIONS[body.slice(0, space)];
  if (fn) return fn(splitArgs(body.slice(space + 1)), scope, out, depth);
  // `$(shell ...)`, `$(wildcard ...)`, `$(call ...)` and the other functions: not known here.
  const colonAt = body.indexOf(':');
  if (space !== -1 && (colonAt === -1 || space < colonAt)) return out.unknown(body);
  // `$(SRC:.go=)`: a substitution reference.
  const colon = topLevelIndex(body, ':');
  const nameText = colon === -1 ? body : body.slice(0, colon);
  const name = expandMake1(nameText, scope, depth);
  if (!name.known) return out.unknown(body);
  const value = variableValue(name.value, scope, depth);
  if (!value.known && value.value === '') return out.unknown(body);
  if (colon === -1) {
    out.add(value.value);
    if (!value.known) out.known = false;
    return;
  }
  const eq = body.indexOf('=', colon);
  if (eq === -1 || !value.known) return out.unknown(body);
  const from = expandMake1(body.slice(colon + 1, eq), scope, depth);
  const to = expandMake1(body.slice(eq + 1), scope, depth);
  if (!from.known || !to.known) return out.unknown(body);
  const pattern = from.value.includes('%') ? from.value : `%${from.value}`;
  const replacement = from.value.includes('%') ? to.value : `%${to.value}`;
  out.add(words(value.value).map((w) => patsubstWord(w, pattern, replacement)).join(' '));
}

function expandMake1(text: string, scope: ExpandScope, depth: number): MakeValue {
  const out = new Output();
  expandInto(text, scope, out, depth);
  return out.result();
}

/** A variable's value: automatic ones from the rule, recursive ones expanded now. */
function variableValue(name: string, scope: ExpandScope, depth: number): MakeValue {
  const automatic = automaticValue(name, scope);
  if (automatic !== undefined) return { value: automatic, known: true };
  if (name.length === 1 && AUTOMATIC.has(name)) return { value: '', known: false };
  const v = scope.lookup(name);
  if (!v) return { value: '', known: true };
  if (!v.known) return { value: '', known: false };
  return v.flavor === 'simple' ? { value: v.text, known: true } : expandMake1(v.text, scope, depth + 1);
}

const AUTOMATIC = new Set(['@', '<', '^', '+', '*', '?', '|', '%']);

/** `$@`, `$(@D)`, `$(<F)`: from the rule being run. */
function automaticValue(name: string, scope: ExpandScope): string | undefined {
  const auto = scope.automatic;
  if (!auto) return undefined;
  if (name.length === 1) return auto[name];
  if (name.length === 2 && (name[1] === 'D' || name[1] === 'F') && AUTOMATIC.has(name[0])) {
    const v = auto[name[0]];
    if (v === undefined) return undefined;
    return words(v)
      .map((w) => {
        const slash = w.lastIndexOf('/');
        if (name[1] === 'F') return slash === -1 ? w : w.slice(slash + 1);
        return slash === -1 ? '.' : w.slice(0, slash) || '/';
      })
      .join(' ');
  }
  return undefined;
}

/** Split function arguments at top-level commas. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '(' || c === '{') depth++;
    else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      args.push(text.slice(start, k));
      start = k + 1;
    }
  }
  args.push(text.slice(start));
  return args;
}

/** The index of `c` outside nested references, or -1. */
function topLevelIndex(text: string, c: string): number {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if (ch === c && depth === 0) return k;
  }
  return -1;
}

export function words(s: string): string[] {
  return s.split(/[ \t\n]+/).filter((w) => w !== '');
}

/** Does `word` match a make pattern (one `%`)? Returns the stem, or undefined. */
export function patternStem(pattern: string, word: string): string | undefined {
  const pct = pattern.indexOf('%');
  if (pct === -1) return pattern === word ? '' : undefined;
  const prefix = pattern.slice(0, pct);
  const suffix = pattern.slice(pct + 1);
  if (word.length < prefix.length + suffix.length || !word.startsWith(prefix) || !word.endsWith(suffix)) return undefined;
  return word.slice(prefix.length, word.length - suffix.length);
}

function patsubstWord(word: string, pattern: string, replacement: string): string {
  const stem = patternStem(pattern, word);
  if (stem === undefined) return word;
  return replacement.includes('%') ? replacement.replace('%', stem) : replacement;
}

type MakeFunction = (args: string[], scope: ExpandScope, out: Output, depth: number) => void;

/** Expand every argument; undefined when one cannot be known. */
function knownArgs(args: string[], scope: ExpandScope, depth: number): string[] | undefined {
  const values: string[] = [];
  for (const a of args) {
    const v = expandMake1(a, scope, depth);
    if (!v.known) return undefined;
    values.push(v.value);
  }
  return values;
}

/** A function of known arguments to text. */
function pure(arity: number, f: (a: string[]) => string): MakeFunction {
  return (args, scope, out, depth) => {
    const values = args.length >= arity ? knownArgs(args, scope, depth) : undefined;
    if (!values) return out.unknown('function');
    out.add(f(values));
  };
}

const eachWord = (f: (w: string) => string) => pure(1, ([s]) => words(s).map(f).join(' '));
const dirOf = (w: string) => (w.includes('/') ? w.slice(0, w.lastIndexOf('/') + 1) : './');
const notdirOf = (w: string) => w.slice(w.lastIndexOf('/') + 1);

const FUNCTIONS: Record<string, MakeFunction> = {
  subst: pure(3, ([from, to, text]) => (from === '' ? text : text.split(from).join(to))),
  patsubst: pure(3, ([p, r, text]) => words(text).map((w) => patsubstWord(w, p, r)).join(' ')),
  strip: pure(1, ([s]) => words(s).join(' ')),
  findstring: pure(2, ([find, s]) => (s.includes(find) ? find : '')),
  filter: pure(2, ([p, s]) => words(s).filter((w) => words(p).some((q) => patternStem(q, w) !== undefined)).join(' ')),
  'filter-out': pure(2, ([p, s]) => words(s).filter((w) => !words(p).some((q) => patternStem(q, w) !== undefined)).join(' ')),
  sort: pure(1, ([s]) => [...new Set(words(s))].sort().join(' ')),
  word: pure(2, ([n, s]) => words(s)[Number(n) - 1] ?? ''),
  words: pure(1, ([s]) => String(words(s).length)),
  firstword: pure(1, ([s]) => words(s)[0] ?? ''),
  lastword: pure(1, ([s]) => words(s).slice(-1)[0] ?? ''),
  dir: eachWord(dirOf),
  notdir: eachWord(notdirOf),
  basename: eachWord((w) => (notdirOf(w).includes('.') ? w.slice(0, w.lastIndexOf('.')) : w)),
  suffix: eachWord((w) => (notdirOf(w).includes('.') ? w.slice(w.lastIndexOf('.')) : '')),
  addprefix: pure(2, ([p, s]) => words(s).map((w) => p + w).join(' ')),
  addsuffix: pure(2, ([p, s]) => words(s).map((w) => w + p).join(' ')),
  info: () => undefined,
  warning: () => undefined,
  if: (args, scope, out, depth) => {
    const cond = expandMake1(args[0] ?? '', scope, depth);
    if (!cond.known) return out.unknown('if');
    const branch = cond.value.trim() !== '' ? args[1] : args.slice(2).join(',');
    if (branch !== undefined) expandInto(branch, scope, out, depth);
  },
  or: (args, scope, out, depth) => {
    for (const a of args) {
      const v = expandMake1(a, scope, depth);
      if (!v.known) return out.unknown('or');
      if (v.value.trim() !== '') return out.add(v.value);
    }
  },
  and: (args, scope, out, depth) => {
    let last = '';
    for (const a of args) {
      const v = expandMake1(a, scope, depth);
      if (!v.known) return out.unknown('and');
      if (v.value.trim() === '') return;
      last = v.value;
    }
    out.add(last);
  },
};
