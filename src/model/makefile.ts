/**
 * Reading a Makefile as GNU make does, far enough to know what `make <target>` runs: variables
 * (`=`, `:=`, `::=`, `?=`, `+=`, `define`, `export`, `override`, target-specific ones), rules
 * (explicit and `%` patterns, their prerequisites and recipe lines), conditionals, `include`.
 * The reading depends on the invocation (command-line variables, the environment), as make's does:
 * a conditional or `:=` whose value cannot be known makes what depends on it unknown, never
 * guessed. Recipe lines keep the offsets of their characters, so that findings and fixes point
 * into the file where the command is written.
 */
import { expandMake, type ExpandScope, type MakeValue, type MakeVariable, words } from './make-expand';
import type { OtherFile } from './types';

export interface RecipeLine {
  file: OtherFile;
  /** The command as make hands it to the shell before expansion: `@-+` prefixes and the TAB of continuation lines removed. */
  text: string;
  /** Offset in `file.text` of each character of `text`. */
  offsets: number[];
}

export interface MakeRule {
  targets: string[];
  /** Prerequisites (order-only ones included), expanded when read. */
  prerequisites: string[];
  recipe: RecipeLine[];
  /** Has a `%` target: a pattern rule. */
  pattern: boolean;
}

/** A variable set for some targets only (`build: CGO_ENABLED=0`, `bin/%: export GOOS=linux`). */
export interface TargetVariable {
  name: string;
  op: string;
  text: string;
  export: boolean;
}

export interface Makefile {
  vars: Map<string, MakeVariable>;
  rules: Map<string, MakeRule>;
  patternRules: MakeRule[];
  targetVars: Map<string, TargetVariable[]>;
  /** `.DEFAULT_GOAL`, else the first target that is not special or a pattern. */
  defaultGoal?: string;
  /** `export NAME` (true) and `unexport NAME` (false), by name. */
  exports: Map<string, boolean>;
  /** The names make found in its environment or on its command line: exported even when the file sets them. */
  inherited: Set<string>;
  /** `.EXPORT_ALL_VARIABLES:` or a bare `export`. */
  exportAll: boolean;
  /** `.ONESHELL:`: all lines of a recipe run in one shell. */
  oneShell: boolean;
}

/** How make is invoked: what it reads before the file. */
export interface MakeInvocation {
  /** The environment make starts with; a name absent is not set. */
  env: ReadonlyMap<string, MakeValue>;
  /** `make NAME=value`: override the file's assignments, and are exported. */
  overrides: ReadonlyMap<string, MakeValue>;
  /** Absolute path make runs in (CURDIR). */
  curdir: string;
}

const MAX_INCLUDES = 16;
const MAX_LINES = 20000;

/**
 * Read a Makefile (and what it includes) as `make` would for this invocation. `open` finds an
 * included file by its path relative to where make runs.
 */
export function readMakefile(file: OtherFile, invocation: MakeInvocation, open: (path: string) => OtherFile | undefined): Makefile {
  const mk: Makefile = { vars: new Map(), rules: new Map(), patternRules: [], targetVars: new Map(), exports: new Map(), inherited: new Set([...invocation.env.keys(), ...invocation.overrides.keys()]), exportAll: false, oneShell: false };
  for (const [name, v] of invocation.env) mk.vars.set(name, { flavor: 'simple', text: v.value, known: v.known, origin: 'environment' });
  mk.vars.set('MAKE', { flavor: 'simple', text: 'make', known: true, origin: 'default' });
  mk.vars.set('CURDIR', { flavor: 'simple', text: invocation.curdir, known: true, origin: 'default' });
  mk.vars.set('SHELL', { flavor: 'simple', text: '/bin/sh', known: true, origin: 'default' });
  for (const [name, v] of invocation.overrides) mk.vars.set(name, { flavor: 'simple', text: v.value, known: v.known, origin: 'command line' });
  const reader = new Reader(mk, open);
  reader.read(file);
  const goal = mk.vars.get('.DEFAULT_GOAL');
  if (goal && goal.known && goal.text.trim() !== '') mk.defaultGoal = expandMake(goal.text, reader.scope()).value.trim() || mk.defaultGoal;
  return mk;
}

/** One conditional level: is its current branch taken (true, false, or unknown)? */
interface Branch {
  taken: boolean | 'unknown';
  /** Some earlier branch of this conditional was taken. */
  done: boolean | 'unknown';
}

class Reader {
  private readonly branches: Branch[] = [];
  private includes = 0;
  private lines = 0;
  /** The rules the last rule line started; recipe lines go to them. */
  private current: MakeRule[] | undefined;
  /** Where the logical line being read starts, and its text when it is one physical line. */
  private origin: { start: number; raw?: string } = { start: 0 };

  constructor(
    private readonly mk: Makefile,
    private readonly open: (path: string) => OtherFile | undefined,
  ) {}

  scope(): ExpandScope {
    return { lookup: (name) => this.mk.vars.get(name) };
  }

  read(file: OtherFile): void {
    const text = file.text;
    let pos = 0;
    this.current = undefined;
    while (pos < text.length && this.lines++ < MAX_LINES) {
      if (text[pos] === '\t' && this.current !== undefined) {
        pos = this.recipeLine(file, pos);
        continue;
      }
      const { line, end, single } = logicalLine(text, pos);
      this.origin = { start: pos, raw: single ? line : undefined };
      pos = end;
      if (line.startsWith('define ') || line.startsWith('define\t') || /^(export|override)\s+define\s/.test(line)) {
        pos = this.define(file, line, pos);
        continue;
      }
      this.directive(stripComment(line).trim(), file);
    }
  }

  /** A recipe line (with its continuation lines) for the rules being read; returns where the next line starts. */
  private recipeLine(file: OtherFile, start: number): number {
    const text = file.text;
    const chars: string[] = [];
    const offsets: number[] = [];
    let i = start + 1; // The recipe prefix.
    for (;;) {
      const nl = text.indexOf('\n', i);
      const lineEnd = nl === -1 ? text.length : nl;
      const contentEnd = lineEnd > i && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      for (let k = i; k < contentEnd; k++) {
        chars.push(text[k]);
        offsets.push(k);
      }
      if (nl === -1 || !continues(text, i, contentEnd)) {
        this.addRecipe(file, chars, offsets);
        return nl === -1 ? text.length : nl + 1;
      }
      // Backslash-newline stays for the shell; the next line's recipe prefix goes.
      chars.push('\n');
      offsets.push(nl);
      i = nl + 1;
      if (text[i] === '\t') i++;
    }
  }

  private addRecipe(file: OtherFile, chars: string[], offsets: number[]): void {
    if (!this.active() || !this.current) return;
    // `@`, `-` and `+` before the command (and blanks between them) are make's, not the shell's.
    let k = 0;
    while (k < chars.length && (chars[k] === '@' || chars[k] === '-' || chars[k] === '+' || chars[k] === ' ' || chars[k] === '\t')) k++;
    const line: RecipeLine = { file, text: chars.slice(k).join(''), offsets: offsets.slice(k) };
    if (line.text.trim() === '' || line.text.trimStart().startsWith('#')) return;
    for (const rule of this.current) rule.recipe.push(line);
  }

  /** Is every enclosing conditional's branch taken for sure? */
  private active(): boolean {
    return this.branches.every((b) => b.taken !== false);
  }

  private uncertain(): boolean {
    return this.branches.some((b) => b.taken === 'unknown');
  }

  /** One logical line that is not a recipe line. */
  private directive(line: string, file: OtherFile): void {
    if (line === '') return;
    const word = line.split(/[ \t(]/, 1)[0];
    if (CONDITIONALS.has(word)) return this.conditional(word, line.slice(word.length).trim());
    if (!this.active()) return;
    if (word === 'include' || word === '-include' || word === 'sinclude') return this.include(line.slice(word.length).trim());
    if (word === 'vpath' || word === 'undefine' || word === 'unexport' || word === '.RECIPEPREFIX') {
      if (word === 'unexport') for (const n of words(line.slice(word.length))) this.setExport(n, false);
      return;
    }
    this.statement(line, file);
  }

  /** A variable assignment or a rule (the text before the first `=` or `:` decides). */
  private statement(line: string, file: OtherFile): void {
    let rest = line;
    let exported = false;
    let override = false;
    for (;;) {
      const m = /^(export|override|private)(\s+|$)/.exec(rest);
      if (!m) break;
      if (m[1] === 'export') exported = true;
      if (m[1] === 'override') override = true;
      rest = rest.slice(m[0].length);
    }
    const op = assignmentAt(rest);
    if (op) {
      this.current = undefined;
      const name = expandMake(rest.slice(0, op.index), this.scope()).value.trim();
      this.assign(name, op.op, rest.slice(op.index + op.op.length).replace(/^[ \t]+/, ''), override, exported);
      return;
    }
    if (exported && !rest.includes(':')) {
      // `export NAME...`, or a bare `export`: everything.
      const names = words(expandMake(rest, this.scope()).value);
      if (names.length === 0) this.mk.exportAll = true;
      for (const n of names) this.setExport(n, true);
      return;
    }
    this.rule(rest, file);
  }

  private setExport(name: string, exported: boolean): void {
    this.mk.exports.set(name, exported);
  }

  private assign(name: string, op: string, text: string, override: boolean, exported: boolean): void {
    if (name === '' || name.includes('$')) return;
    if (exported) this.setExport(name, true);
    const old = this.mk.vars.get(name);
    // Command-line variables win over the file's, unless the file says `override`.
    if (old?.origin === 'command line' && !override) return;
    // `?=` sets only what is not set yet (by the environment either).
    if (op === '?=' && old && old.origin !== 'default') return;
    const origin = override ? 'override' : 'file';
    let next: MakeVariable;
    if (op === '+=' && old) {
      next = old.flavor === 'simple' ? appendSimple(old, expandMake(text, this.scope())) : { ...old, text: old.text === '' ? text : `${old.text} ${text}` };
    } else if (op === ':=' || op === '::=') {
      const v = expandMake(text, this.scope());
      next = { flavor: 'simple', text: v.value, known: v.known, origin };
    } else if (op === '!=') {
      next = { flavor: 'simple', text: '', known: false, origin };
    } else {
      next = { flavor: 'recursive', text, known: true, origin };
    }
    // Set in a branch that may not be taken: its value may or may not be this one.
    if (this.uncertain()) next = { ...next, known: false };
    this.mk.vars.set(name, next);
  }

  /** `targets : prerequisites [; recipe]`, or `targets : NAME = value` (a target-specific variable). */
  private rule(line: string, file: OtherFile): void {
    const colon = topLevelColon(line);
    if (colon === -1) {
      this.current = undefined;
      return;
    }
    const scope = this.scope();
    const targets = words(expandMake(line.slice(0, colon), scope).value);
    let rest = line.slice(colon + 1);
    if (rest.startsWith(':')) rest = rest.slice(1); // `::` rules.
    const semi = rest.indexOf(';');
    const after = semi === -1 ? rest : rest.slice(0, semi);
    const modifiers = /^\s*(?:(?:export|override|private)\s+)*/.exec(after)?.[0] ?? '';
    const body = after.slice(modifiers.length);
    const op = assignmentAt(body);
    if (op) {
      for (const t of targets) this.targetVar(t, body.slice(0, op.index).trim(), op.op, body.slice(op.index + op.op.length).trim(), modifiers.includes('export'));
      return;
    }
    const prerequisites = words(expandMake(after.replace('|', ' '), scope).value);
    this.special(targets);
    const rules: MakeRule[] = [];
    for (const t of targets) {
      if (t.startsWith('.')) continue;
      const rule: MakeRule = { targets: [t], prerequisites, recipe: [], pattern: t.includes('%') };
      if (rule.pattern) this.mk.patternRules.push(rule);
      else {
        const known = this.mk.rules.get(t);
        // A rule without a recipe adds prerequisites to the rule that has one.
        if (known) {
          known.prerequisites.push(...prerequisites);
          rules.push(known);
          continue;
        }
        this.mk.rules.set(t, rule);
        if (this.mk.defaultGoal === undefined && !this.uncertain()) this.mk.defaultGoal = t;
      }
      rules.push(rule);
    }
    this.current = rules;
    if (semi !== -1) this.inlineRecipe(file, rules);
  }

  /** `target: prerequisites ; command`: the command as a recipe line, when its place is known (a rule on one line). */
  private inlineRecipe(file: OtherFile, rules: MakeRule[]): void {
    const raw = this.origin.raw;
    if (raw === undefined) return;
    const semi = raw.indexOf(';', topLevelColon(raw));
    const comment = commentIndex(raw);
    let start = semi + 1;
    while (raw[start] === ' ' || raw[start] === '\t') start++;
    if (semi === -1 || start >= comment) return;
    const text = raw.slice(start, comment).trimEnd();
    const line: RecipeLine = { file, text, offsets: Array.from({ length: text.length }, (_, k) => this.origin.start + start + k) };
    for (const r of rules) r.recipe.push(line);
  }

  private special(targets: string[]): void {
    if (targets.includes('.EXPORT_ALL_VARIABLES')) this.mk.exportAll = true;
    if (targets.includes('.ONESHELL')) this.mk.oneShell = true;
  }

  private targetVar(target: string, name: string, op: string, text: string, exported: boolean): void {
    const list = this.mk.targetVars.get(target) ?? [];
    list.push({ name, op, text, export: exported });
    this.mk.targetVars.set(target, list);
  }

  private conditional(word: string, rest: string): void {
    if (word === 'endif') {
      this.branches.pop();
      return;
    }
    if (word === 'else') {
      const top = this.branches[this.branches.length - 1];
      if (!top) return;
      const cond = rest === '' ? true : this.test(rest.split(/\s/, 1)[0], rest.slice(rest.split(/\s/, 1)[0].length).trim());
      const done = top.done === true || top.taken === true ? true : top.done === 'unknown' || top.taken === 'unknown' ? 'unknown' : false;
      top.done = done;
      top.taken = done === true ? false : done === 'unknown' ? (cond === false ? false : 'unknown') : cond;
      return;
    }
    // A conditional inside a branch that is not taken is not evaluated.
    const taken = this.active() ? this.test(word, rest) : false;
    this.branches.push({ taken, done: false });
  }

  /** `ifeq (a,b)`, `ifeq "a" "b"`, `ifdef NAME` and their negations. */
  private test(word: string, rest: string): boolean | 'unknown' {
    const scope = this.scope();
    if (word === 'ifdef' || word === 'ifndef') {
      const name = expandMake(rest, scope);
      if (!name.known) return 'unknown';
      const v = this.mk.vars.get(name.value.trim());
      if (v && !v.known) return 'unknown';
      const defined = v !== undefined && v.text !== '';
      return word === 'ifdef' ? defined : !defined;
    }
    if (word !== 'ifeq' && word !== 'ifneq') return 'unknown';
    const args = conditionArgs(rest);
    if (!args) return 'unknown';
    const a = expandMake(args[0], scope);
    const b = expandMake(args[1], scope);
    if (!a.known || !b.known) return 'unknown';
    const equal = a.value.trim() === b.value.trim();
    return word === 'ifeq' ? equal : !equal;
  }

  private include(rest: string): void {
    const names = expandMake(rest, this.scope());
    if (!names.known) return;
    for (const name of words(names.value)) {
      if (++this.includes > MAX_INCLUDES || name.includes('*')) continue;
      const included = this.open(name);
      if (!included) continue;
      const saved = this.current;
      this.read(included);
      this.current = saved;
    }
  }

  /** `define NAME [op]` ... `endef`: a variable whose value is the lines between. */
  private define(file: OtherFile, header: string, pos: number): number {
    const text = file.text;
    const lines: string[] = [];
    let depth = 1;
    while (pos < text.length) {
      const nl = text.indexOf('\n', pos);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(pos, end).replace(/\r$/, '');
      pos = nl === -1 ? text.length : nl + 1;
      const t = line.trim();
      if (/^define(\s|$)/.test(t)) depth++;
      if (/^endef(\s|$)/.test(t) && --depth === 0) break;
      lines.push(line);
    }
    if (!this.active()) return pos;
    const m = /^(?:(export|override)\s+)*define\s+(\S+)\s*(=|:=|::=|\?=|\+=)?\s*$/.exec(header.trim());
    if (m) this.assign(m[2], m[3] ?? '=', lines.join('\n'), header.includes('override'), header.startsWith('export'));
    return pos;
  }
}

const CONDITIONALS = new Set(['ifeq', 'ifneq', 'ifdef', 'ifndef', 'else', 'endif']);

function appendSimple(old: MakeVariable, v: MakeValue): MakeVariable {
  return { ...old, text: old.text === '' ? v.value : `${old.text} ${v.value}`, known: old.known && v.known };
}

/** Does the physical line [start, end) end with an odd number of backslashes (a continuation)? */
function continues(text: string, start: number, end: number): boolean {
  let n = 0;
  for (let k = end - 1; k >= start && text[k] === '\\'; k--) n++;
  return n % 2 === 1;
}

/** A logical line from `pos`: continuation lines joined by one blank, as make reads a line outside recipes. */
function logicalLine(text: string, pos: number): { line: string; end: number; single: boolean } {
  let line = '';
  let i = pos;
  for (;;) {
    const nl = text.indexOf('\n', i);
    const lineEnd = nl === -1 ? text.length : nl;
    const contentEnd = lineEnd > i && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    if (nl !== -1 && continues(text, i, contentEnd)) {
      line = `${line}${text.slice(i, contentEnd - 1).replace(/[ \t]+$/, '')} `;
      i = nl + 1;
      while (text[i] === ' ' || text[i] === '\t') i++;
      continue;
    }
    return { line: line + text.slice(i, contentEnd), end: nl === -1 ? text.length : nl + 1, single: i === pos };
  }
}

/** The line without its comment, `\#` read as `#`. */
function stripComment(line: string): string {
  return line.slice(0, commentIndex(line)).replace(/\\#/g, '#');
}

/** Where the comment of a line starts: a `#` outside references, not escaped; the length when none. */
function commentIndex(line: string): number {
  let depth = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === '\\') k++;
    else if (c === '$' && (line[k + 1] === '(' || line[k + 1] === '{')) {
      depth++;
      k++;
    } else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === '#' && depth === 0) return k;
  }
  return line.length;
}

/**
 * Calls `visit` with each index of `line` that is outside `$(...)` and `${...}` references, until
 * it returns a value, which is returned.
 */
function atTopLevel<T>(line: string, visit: (k: number) => T | undefined): T | undefined {
  let depth = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === '$' && (line[k + 1] === '(' || line[k + 1] === '{')) {
      depth++;
      k++;
    } else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (depth === 0) {
      const found = visit(k);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The assignment operator of a line, when one comes before any rule colon (outside references). */
function assignmentAt(line: string): { index: number; op: string } | undefined {
  const found = atTopLevel(line, (k): { index: number; op: string } | null | undefined => {
    const c = line[k];
    if (c === '=') {
      const prev = line[k - 1];
      if (prev === '?' || prev === '+' || prev === '!') return { index: k - 1, op: prev + '=' };
      if (prev === ':') return line[k - 2] === ':' ? { index: k - 2, op: '::=' } : { index: k - 1, op: ':=' };
      return { index: k, op: '=' };
    }
    // A rule colon first: no assignment.
    if (c === ':' && line[k + 1] !== '=' && !(line[k + 1] === ':' && line[k + 2] === '=')) return null;
    return undefined;
  });
  return found ?? undefined;
}

function topLevelColon(line: string): number {
  return atTopLevel(line, (k) => (line[k] === ':' ? k : undefined)) ?? -1;
}

/** The two arguments of `ifeq (a,b)` or `ifeq "a" "b"` / `'a' 'b'`. */
function conditionArgs(rest: string): [string, string] | undefined {
  if (rest.startsWith('(') && rest.endsWith(')')) {
    const inner = rest.slice(1, -1);
    let depth = 0;
    for (let k = 0; k < inner.length; k++) {
      const c = inner[k];
      if (c === '(' || c === '{') depth++;
      else if ((c === ')' || c === '}') && depth > 0) depth--;
      else if (c === ',' && depth === 0) return [inner.slice(0, k), inner.slice(k + 1)];
    }
    return undefined;
  }
  const m = /^(["'])(.*?)\1\s+(["'])(.*?)\3$/.exec(rest);
  return m ? [m[2], m[4]] : undefined;
}

