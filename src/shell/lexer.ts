/**
 * A small POSIX-shell lexer and command splitter, written as a character-by-character state
 * machine so that it is linear in the input, never backtracks, and never throws.
 *
 * It finds the simple commands in RUN text (e.g. `go build`) with exact offsets into the
 * original document so fixes can edit the text in place. It is not a full shell parser:
 * compound commands are flattened (their reserved words are skipped) and expansions are kept
 * literally in the word text.
 *
 * Decisions worth knowing:
 * - `for NAME [in WORDS]; do` / `select ...`: the whole header up to `;`, newline or `do` is
 *   skipped; only the commands of the body are reported.
 * - `case WORD in PATTERN) ... ;; esac`: the header and the patterns are skipped, the commands
 *   of each branch are reported (`;;`, `;&`, `;;&` end a branch; the command gets separator `;`).
 * - `( ... )` subshells and `{ ...; }` groups are flattened. A command closed by `)` gets the
 *   separator that follows the `)` (so in `(cd x && go build) || true` go build is followed by `||`).
 * - Redirections written after a compound command (`done < f`, `) > log`, `fi 2>&1`) belong to
 *   the compound, not to a simple command, and are not reported.
 * - `name() { ...; }` function definitions: the header is dropped, the body is reported.
 *   `function name` (bash) likewise.
 * - `(( ... ))` arithmetic commands are skipped as a whole (so `<<` inside them is not a heredoc).
 * - `time` is not treated as a reserved word: it stays a command word, like `env` or `export`.
 * - In script mode a `\r` right before `\n` is treated as part of the line break (CRLF files).
 */
import { dockerfileSource, scriptSource, type Source } from './source';

export { Source } from './source';

export interface Word {
  /** Value after quote removal and continuation removal. Expansions are NOT expanded: `$X`, `${X}`, `$(cmd)` and backticks stay literally in `text` (quotes around them removed). */
  text: string;
  /** Absolute offsets into the document text: [start, end) of the word as written (including its quotes). */
  start: number;
  end: number;
  /** True when any part of the word was quoted (single, double, or backslash-escaped). */
  quoted: boolean;
  /** True when the word contains an unquoted or double-quoted expansion: $NAME, ${...}, $(...), `...`, $((...)). */
  hasExpansion: boolean;
}

/**
 * A redirection. `op` includes a numeric fd prefix (`2>`, `2>>`). A duplication whose target is
 * written right after it as digits or `-` is folded into `op` with no target (`2>&1`, `>&2`, `<&-`);
 * otherwise the following word is the `target` (`2>& 1` has op `2>&` and target `1`).
 * `target` is missing only when no word follows (`echo >`).
 */
export interface Redirect {
  op: string;
  target?: Word;
  start: number;
  end: number;
}

/** Operator that FOLLOWS the command (null at the end). `;;` is reported as `;`, `|&` as `|`. */
export type Separator = '&&' | '||' | ';' | '|' | '&' | '\n' | null;

export interface SimpleCommand {
  /** Leading NAME=value words (NAME matches [A-Za-z_][A-Za-z0-9_]*, unquoted name). */
  assignments: Word[];
  /** The command words (argv), with redirections removed. May be empty (assignment-only command such as `export`-less `A=1`). */
  words: Word[];
  redirects: Redirect[];
  /** Offset of the first token of the command. */
  start: number;
  /** Offset just after its last token. */
  end: number;
  separator: Separator;
  /**
   * The command is inside an `if`, `case` or loop (its condition included): it may not run, or
   * run more than once. Absent for a command of the top-level list.
   */
  conditional?: true;
}

export interface LexOptions {
  /** Dockerfile escape character ('\\' default, or '`' from a `# escape=` directive). */
  escapeChar?: string;
  /**
   * When true (shell-form RUN/CMD text), apply Dockerfile line continuations first: escapeChar
   * immediately followed by optional spaces/tabs then a newline (\n or \r\n) joins lines, and a
   * line inside a continuation whose first non-blank character is `#` is a Dockerfile comment and
   * is skipped entirely (it is not seen by the shell), as are empty lines inside a continuation.
   * When false (heredoc bodies), the text is a shell script: newlines separate commands, `#` at
   * the start of a word begins a comment to end of line, backslash-newline is a shell line
   * continuation.
   */
  dockerfileContinuations?: boolean;
}

/** Split text[start, end) into simple commands. */
export function splitCommands(text: string, start: number, end: number, options?: LexOptions): SimpleCommand[] {
  const len = text.length;
  const from = clamp(start, 0, len);
  const to = clamp(end, from, len);
  const escOpt = options?.escapeChar;
  const escapeChar = typeof escOpt === 'string' && escOpt.length === 1 ? escOpt : '\\';
  const script = options?.dockerfileContinuations !== true;
  const src = script ? scriptSource(text, from, to) : dockerfileSource(text, from, to, escapeChar);
  return new Splitter(new Lexer(src, script)).run();
}

/**
 * Split a shell script whose text and offsets a caller prepared (a Makefile recipe line after
 * make's own expansion, each character mapped back to where it is written).
 */
export function splitScript(src: Source): SimpleCommand[] {
  return new Splitter(new Lexer(src, true)).run();
}

function clamp(v: number, lo: number, hi: number): number {
  if (!Number.isFinite(v)) return v > 0 ? hi : lo;
  const i = Math.trunc(v);
  return i < lo ? lo : i > hi ? hi : i;
}

// ---------------------------------------------------------------------------------------------
// Lexer

const TAB = 9;
const NL = 10;
const CR = 13;
const SP = 32;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const AMP = 38;
const SQUOTE = 39;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const MINUS = 45;
const D0 = 48;
const D9 = 57;
const SEMI = 59;
const LT = 60;
const GT = 62;
const QUEST = 63;
const AT = 64;
const BSLASH = 92;
const UNDERSCORE = 95;
const BACKTICK = 96;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

type Token =
  /** plain: length of the leading part of `word.text` written without quotes, escapes or expansions. */
  | { kind: 'word'; word: Word; plain: number }
  | { kind: 'op'; op: string; start: number; end: number }
  /** complete: a folded duplication such as `2>&1`, which takes no target word. */
  | { kind: 'redir'; op: string; start: number; end: number; complete: boolean }
  | { kind: 'arith' }
  | { kind: 'eof' };

// Contexts of the nested scanner used for $(...), ${...} and backticks.
const CTX_CMD = 0; // inside $( ... ) or a nested ( ... )
const CTX_DQ = 1; // inside "..."
const CTX_BRACE = 2; // inside ${ ... }
const CTX_BQ = 3; // inside ` ... `

interface PendingHeredoc {
  delim: string;
  stripTabs: boolean;
}

class Lexer {
  private readonly s: string;
  private readonly n: number;
  private p = 0;
  // Word text under construction: `buf` plus the verbatim run s[runStart, p).
  private buf = '';
  private runStart = 0;
  /** Set after `<<` (1) or `<<-` (2): the next word is a heredoc delimiter. */
  private heredocNext = 0;
  private heredocs: PendingHeredoc[] = [];
  /**
   * `((` before this offset is never retried as an arithmetic command. After a failed attempt
   * (`((a) && b)`) the region is lexed as plain parens; remembering how far the attempt went
   * keeps nested `((` inside it from rescanning the same text again (which would be quadratic).
   */
  private noArithBefore = 0;

  constructor(
    private readonly src: Source,
    /** Shell-script mode (heredoc body): newlines, heredocs and backslash-newline are the shell's. */
    private readonly script: boolean,
  ) {
    this.s = src.s;
    this.n = src.s.length;
  }

  next(): Token {
    const delim = this.heredocNext;
    this.heredocNext = 0;
    const tok = this.scan();
    if (delim !== 0 && tok.kind === 'word' && this.script) {
      this.heredocs.push({ delim: tok.word.text, stripTabs: delim === 2 });
    }
    return tok;
  }

  private code(i: number): number {
    return i < this.n ? this.s.charCodeAt(i) : -1;
  }

  /** Length of the line break at i in script mode (`\n` or `\r\n`), else 0. */
  private newlineAt(i: number): number {
    if (!this.script) return 0;
    const c = this.code(i);
    if (c === NL) return 1;
    if (c === CR && this.code(i + 1) === NL) return 2;
    return 0;
  }

  /** True when the character at i ends an unquoted word. */
  private endsWord(i: number): boolean {
    const c = this.code(i);
    switch (c) {
      case -1:
      case SP:
      case TAB:
      case NL:
      case SEMI:
      case AMP:
      case PIPE:
      case LPAREN:
      case RPAREN:
      case LT:
      case GT:
        return true;
      case CR:
        return this.code(i + 1) === NL;
      default:
        return false;
    }
  }

  private scan(): Token {
    for (;;) {
      this.skipBlanks();
      const p = this.p;
      if (p >= this.n) return { kind: 'eof' };
      const c = this.s.charCodeAt(p);
      switch (c) {
        case HASH:
          // A word cannot start with `#` here, so this is a comment. It ends before the
          // newline (a backslash does not continue a comment).
          while (this.p < this.n && this.s.charCodeAt(this.p) !== NL) this.p++;
          continue;
        case NL: {
          const tok = this.op('\n', p, p + 1);
          this.readHeredocBodies();
          return tok;
        }
        case AMP:
          if (this.code(p + 1) === AMP) return this.op('&&', p, p + 2);
          if (this.code(p + 1) === GT) return this.redir(p, this.code(p + 2) === GT ? p + 3 : p + 2);
          return this.op('&', p, p + 1);
        case PIPE:
          if (this.code(p + 1) === PIPE) return this.op('||', p, p + 2);
          if (this.code(p + 1) === AMP) return this.op('|', p, p + 2);
          return this.op('|', p, p + 1);
        case SEMI:
          if (this.code(p + 1) === SEMI) return this.op(';;', p, this.code(p + 2) === AMP ? p + 3 : p + 2);
          if (this.code(p + 1) === AMP) return this.op(';;', p, p + 2);
          return this.op(';', p, p + 1);
        case LPAREN:
          if (this.code(p + 1) === LPAREN && p >= this.noArithBefore && this.skipArithmetic()) return { kind: 'arith' };
          return this.op('(', p, p + 1);
        case RPAREN:
          return this.op(')', p, p + 1);
        case LT:
        case GT:
          if (this.code(p + 1) === LPAREN) return this.readWord(); // process substitution <(...)
          return this.readRedirect(p, p);
        default:
          if (c >= D0 && c <= D9) {
            // An fd number only when the digits touch the operator: `2>f`, not `2 >f`.
            let j = p + 1;
            while (j < this.n && isDigit(this.s.charCodeAt(j))) j++;
            const d = this.code(j);
            if (d === LT || d === GT) return this.readRedirect(p, j);
          }
          return this.readWord();
      }
    }
  }

  private skipBlanks(): void {
    const s = this.s;
    while (this.p < this.n) {
      const c = s.charCodeAt(this.p);
      if (c === SP || c === TAB) {
        this.p++;
      } else if (c === CR && this.code(this.p + 1) === NL) {
        this.p++;
      } else if (c === BSLASH && this.newlineAt(this.p + 1) > 0) {
        this.p += 1 + this.newlineAt(this.p + 1); // shell line continuation between words
      } else {
        return;
      }
    }
  }

  private op(op: string, start: number, end: number): Token {
    this.p = end;
    return { kind: 'op', op, start: this.src.abs(start), end: this.src.absEnd(end) };
  }

  private redir(start: number, end: number, complete = false): Token {
    this.p = end;
    return { kind: 'redir', op: this.s.slice(start, end), start: this.src.abs(start), end: this.src.absEnd(end), complete };
  }

  /** A redirection operator at `at`, with an fd number in s[start, at). */
  private readRedirect(start: number, at: number): Token {
    let end: number;
    let dup = false;
    const c1 = this.code(at + 1);
    if (this.s.charCodeAt(at) === LT) {
      if (c1 === LT) {
        const c2 = this.code(at + 2);
        if (c2 === LT) {
          end = at + 3; // here-string
        } else if (c2 === MINUS) {
          end = at + 3;
          this.heredocNext = 2;
        } else {
          end = at + 2;
          this.heredocNext = 1;
        }
      } else if (c1 === AMP) {
        end = at + 2;
        dup = true;
      } else if (c1 === GT) {
        end = at + 2;
      } else {
        end = at + 1;
      }
    } else if (c1 === GT || c1 === PIPE) {
      end = at + 2;
    } else if (c1 === AMP) {
      end = at + 2;
      dup = true;
    } else {
      end = at + 1;
    }
    if (dup) {
      // Fold `2>&1` / `>&-` into one operator when the target is a bare fd written right after it.
      let j = end;
      while (j < this.n && isDigit(this.s.charCodeAt(j))) j++;
      if (j === end && this.code(j) === MINUS) j++;
      if (j > end && this.endsWord(j)) return this.redir(start, j, true);
    }
    return this.redir(start, end);
  }

  /**
   * Try `(( ... ))` at p. On success the whole arithmetic command is consumed. If the parens
   * close some other way it was a nested subshell, `((a) && b)`: put p back and remember how far
   * the attempt went (see noArithBefore). An unterminated `((` swallows the rest, like the shell.
   */
  private skipArithmetic(): boolean {
    const start = this.p;
    this.p = start + 2;
    this.buf = '';
    this.runStart = this.p;
    const closed = this.scanNested(CTX_CMD, 2);
    if (!closed || (this.s.charCodeAt(this.p - 1) === RPAREN && this.s.charCodeAt(this.p - 2) === RPAREN)) return true;
    this.noArithBefore = this.p;
    this.p = start;
    return false;
  }

  /** After a newline in script mode: skip the bodies of the heredocs started on that line. */
  private readHeredocBodies(): void {
    if (this.heredocs.length === 0) return;
    const s = this.s;
    for (const h of this.heredocs) {
      while (this.p < this.n) {
        let a = this.p;
        let nl = s.indexOf('\n', a);
        if (nl < 0) nl = this.n;
        let b = nl;
        this.p = nl < this.n ? nl + 1 : this.n;
        if (b > a && s.charCodeAt(b - 1) === CR) b--;
        if (h.stripTabs) while (a < b && s.charCodeAt(a) === TAB) a++;
        if (b - a === h.delim.length && s.startsWith(h.delim, a)) break;
      }
    }
    this.heredocs = [];
  }

  // ---- words

  private flush(): void {
    if (this.p > this.runStart) this.buf += this.s.slice(this.runStart, this.p);
    this.runStart = this.p;
  }

  private readWord(): Token {
    const s = this.s;
    const start = this.p;
    this.buf = '';
    this.runStart = start;
    let quoted = false;
    let hasExpansion = false;
    let plain = -1;
    // `plain` = text length produced before the first quote, escape or expansion.
    const special = (): void => {
      if (plain < 0) plain = this.buf.length + (this.p - this.runStart);
    };

    const c0 = s.charCodeAt(start);
    if ((c0 === LT || c0 === GT) && this.code(start + 1) === LPAREN) {
      special();
      hasExpansion = true;
      this.p += 2;
      this.scanNested(CTX_CMD, 1);
    }
    while (this.p < this.n && !this.endsWord(this.p)) {
      const c = s.charCodeAt(this.p);
      if (c === SQUOTE) {
        special();
        quoted = true;
        this.flush();
        const q = s.indexOf("'", this.p + 1);
        const close = q < 0 ? this.n : q;
        this.buf += s.slice(this.p + 1, close);
        this.p = q < 0 ? this.n : q + 1;
        this.runStart = this.p;
      } else if (c === DQUOTE) {
        special();
        quoted = true;
        this.flush();
        this.p++;
        this.runStart = this.p;
        if (this.readDoubleQuoted()) hasExpansion = true;
      } else if (c === BSLASH) {
        const nl = this.newlineAt(this.p + 1);
        if (nl > 0) {
          // Shell line continuation inside a word: dropped from the text, not a quote.
          this.flush();
          this.p += 1 + nl;
          this.runStart = this.p;
        } else if (this.p + 1 < this.n) {
          special();
          quoted = true;
          this.flush();
          this.buf += s[this.p + 1];
          this.p += 2;
          this.runStart = this.p;
        } else {
          this.p++; // a trailing backslash stays literal
        }
      } else if (c === DOLLAR) {
        special();
        const c1 = this.code(this.p + 1);
        if (c1 === SQUOTE) {
          quoted = true;
          this.flush();
          this.p += 2;
          this.runStart = this.p;
          this.readAnsiC();
        } else if (c1 === DQUOTE) {
          // $"..." (locale translation) reads as "...": drop the `$`, the loop takes the quote.
          this.flush();
          this.p++;
          this.runStart = this.p;
        } else if (this.scanDollar()) {
          hasExpansion = true;
        }
      } else if (c === BACKTICK) {
        special();
        hasExpansion = true;
        this.p++;
        this.scanNested(CTX_BQ, 1);
      } else {
        this.p++;
      }
    }
    this.flush();
    const word: Word = {
      text: this.buf,
      start: this.src.abs(start),
      end: this.src.absEnd(this.p),
      quoted,
      hasExpansion,
    };
    this.buf = '';
    return { kind: 'word', word, plain: plain < 0 ? word.text.length : plain };
  }

  /** Body of "..." (p after the opening quote). Returns whether it contained an expansion. */
  private readDoubleQuoted(): boolean {
    const s = this.s;
    let expansion = false;
    while (this.p < this.n) {
      const c = s.charCodeAt(this.p);
      if (c === DQUOTE) {
        this.flush();
        this.p++;
        this.runStart = this.p;
        return expansion;
      }
      if (c === BSLASH) {
        const nl = this.newlineAt(this.p + 1);
        const d = this.code(this.p + 1);
        if (nl > 0) {
          this.flush();
          this.p += 1 + nl;
          this.runStart = this.p;
        } else if (d === DOLLAR || d === BACKTICK || d === DQUOTE || d === BSLASH || d === NL) {
          this.flush();
          this.buf += s[this.p + 1];
          this.p += 2;
          this.runStart = this.p;
        } else {
          this.p++; // `\a` keeps its backslash; the next character is read normally
        }
      } else if (c === DOLLAR) {
        if (this.scanDollar()) expansion = true;
      } else if (c === BACKTICK) {
        expansion = true;
        this.p++;
        this.scanNested(CTX_BQ, 1);
      } else {
        this.p++;
      }
    }
    return expansion; // unterminated: the word runs to the end
  }

  /** Body of $'...' (p after the quote): the common backslash escapes are decoded. */
  private readAnsiC(): void {
    const s = this.s;
    while (this.p < this.n) {
      const c = s.charCodeAt(this.p);
      if (c === SQUOTE) {
        this.flush();
        this.p++;
        this.runStart = this.p;
        return;
      }
      if (c === BSLASH && this.p + 1 < this.n) {
        this.flush();
        const e = s[this.p + 1];
        this.buf += ANSI_ESCAPES[e] ?? '\\' + e;
        this.p += 2;
        this.runStart = this.p;
      } else {
        this.p++;
      }
    }
  }

  /**
   * A `$` at p (not `$'` / `$"` when unquoted). Consumes the expansion, which stays verbatim
   * in the word text, or just the `$` when it is literal. Returns whether it was an expansion.
   */
  private scanDollar(): boolean {
    const c1 = this.code(this.p + 1);
    if (c1 === LBRACE) {
      this.p += 2;
      this.scanNested(CTX_BRACE, 1);
      return true;
    }
    if (c1 === LPAREN) {
      this.p += 2; // $(( ... )) is just two levels of parens here
      this.scanNested(CTX_CMD, 1);
      return true;
    }
    if (isNameStart(c1)) {
      this.p += 2;
      while (this.p < this.n && isNameChar(this.s.charCodeAt(this.p))) this.p++;
      return true;
    }
    if (isDigit(c1) || c1 === AT || c1 === STAR || c1 === HASH || c1 === QUEST || c1 === DOLLAR || c1 === BANG || c1 === MINUS) {
      this.p += 2;
      return true;
    }
    this.p++;
    return false;
  }

  /**
   * Skip the inside of $( ... ), ${ ... } or ` ... ` (p just after the opener), keeping it
   * verbatim in the word text except for script-mode line continuations. Nesting is tracked
   * with an explicit stack, not recursion, so 100k nested `$(` cannot overflow the JS stack.
   * Returns false when the input ends first.
   */
  private scanNested(ctx: number, depth: number): boolean {
    const s = this.s;
    const n = this.n;
    const stack: number[] = [];
    for (let i = 0; i < depth; i++) stack.push(ctx);
    while (this.p < n && stack.length > 0) {
      const top = stack[stack.length - 1];
      const c = s.charCodeAt(this.p);
      if (c === BSLASH) {
        const nl = this.newlineAt(this.p + 1);
        if (nl > 0) {
          this.flush();
          this.p += 1 + nl;
          this.runStart = this.p;
        } else {
          this.p = Math.min(n, this.p + 2);
        }
        continue;
      }
      if (top === CTX_BQ) {
        if (c === BACKTICK) stack.pop();
        this.p++;
        continue;
      }
      const c1 = this.code(this.p + 1);
      if (c === DOLLAR && c1 === LPAREN) {
        stack.push(CTX_CMD);
        this.p += 2;
        continue;
      }
      if (c === DOLLAR && c1 === LBRACE) {
        stack.push(CTX_BRACE);
        this.p += 2;
        continue;
      }
      if (c === BACKTICK) {
        stack.push(CTX_BQ);
        this.p++;
        continue;
      }
      if (top === CTX_DQ) {
        if (c === DQUOTE) stack.pop();
        this.p++;
        continue;
      }
      if (c === DQUOTE) {
        stack.push(CTX_DQ);
        this.p++;
        continue;
      }
      // Inside ${...} within double quotes a single quote is an ordinary character.
      if (c === SQUOTE && (top === CTX_CMD || stack.length < 2 || stack[stack.length - 2] !== CTX_DQ)) {
        const q = s.indexOf("'", this.p + 1);
        this.p = q < 0 ? n : q + 1;
        continue;
      }
      if (top === CTX_BRACE) {
        if (c === RBRACE) stack.pop();
        this.p++;
        continue;
      }
      // CTX_CMD
      if (c === LPAREN) {
        stack.push(CTX_CMD);
      } else if (c === RPAREN) {
        stack.pop();
      } else if (c === HASH && this.commentCanStart(this.p)) {
        while (this.p < n && s.charCodeAt(this.p) !== NL) this.p++;
        continue;
      }
      this.p++;
    }
    return stack.length === 0;
  }

  /** Inside $( ... ), `#` starts a comment when it starts a word. */
  private commentCanStart(i: number): boolean {
    const prev = this.s.charCodeAt(i - 1);
    return prev === SP || prev === TAB || prev === NL || prev === SEMI || prev === AMP || prev === PIPE || prev === LPAREN;
  }
}

const ANSI_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

function isDigit(c: number): boolean {
  return c >= D0 && c <= D9;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === UNDERSCORE;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}

// ---------------------------------------------------------------------------------------------
// Splitter: tokens -> simple commands

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'select', 'in', 'case', 'esac', '!', '{', '}', 'function']);
/** Reserved words after which a redirection belongs to the compound command they close. */
const CLOSERS = new Set(['fi', 'done', 'esac', '}']);

const CASE_HEADER = 0; // after `case`, until `in`
const CASE_PATTERN = 1; // before a branch's `)`, or `esac`
const CASE_BODY = 2; // a branch's commands, until `;;`

class CommandBuilder {
  assignments: Word[] = [];
  words: Word[] = [];
  redirects: Redirect[] = [];
  start = -1;
  end = -1;

  isEmpty(): boolean {
    return this.start < 0;
  }

  cover(start: number, end: number): void {
    if (this.start < 0) this.start = start;
    this.end = end;
  }
}

class Splitter {
  private readonly out: SimpleCommand[] = [];
  private cur = new CommandBuilder();
  private peeked: Token | null = null;
  /** Command closed by `)`: it takes the separator that follows the `)`. */
  private pending: SimpleCommand | null = null;
  /** Just after `fi`/`done`/`esac`/`}`/`)`: redirections here belong to that compound. */
  private afterCompound = false;
  private forHeader = false;
  private skipFunctionName = false;
  private readonly cases: number[] = [];
  /** How deep in `if`, `case` and loops the next command is. */
  private compounds = 0;

  constructor(private readonly lexer: Lexer) {}

  private next(): Token {
    const t = this.peeked ?? this.lexer.next();
    this.peeked = null;
    return t;
  }

  private peek(): Token {
    if (this.peeked === null) this.peeked = this.lexer.next();
    return this.peeked;
  }

  run(): SimpleCommand[] {
    for (;;) {
      const tok = this.next();
      if (tok.kind === 'eof') break;
      if (this.forHeader) {
        // `for x in a b; do`: skip the header (its words are not a command).
        if ((tok.kind === 'op' && tok.op !== '(' && tok.op !== ')') || isBare(tok, 'do')) this.forHeader = false;
        continue;
      }
      const caseState = this.cases.length > 0 ? this.cases[this.cases.length - 1] : -1;
      if (caseState === CASE_HEADER) {
        if (isBare(tok, 'in')) this.cases[this.cases.length - 1] = CASE_PATTERN;
        continue;
      }
      if (caseState === CASE_PATTERN) {
        if (isBare(tok, 'esac')) {
          this.cases.pop();
          this.leaveCompound();
          this.afterCompound = true;
        } else if (tok.kind === 'op' && tok.op === ')') {
          this.cases[this.cases.length - 1] = CASE_BODY;
        }
        continue;
      }
      switch (tok.kind) {
        case 'word':
          this.word(tok.word, tok.plain);
          break;
        case 'redir':
          this.redirect(tok);
          break;
        case 'arith':
          this.afterCompound = true;
          break;
        case 'op':
          this.operator(tok.op);
          break;
      }
    }
    this.finish(null);
    return this.out;
  }

  private word(w: Word, plain: number): void {
    const cur = this.cur;
    if (cur.isEmpty()) {
      if (this.skipFunctionName) {
        this.skipFunctionName = false;
        return;
      }
      if (!w.quoted && !w.hasExpansion && RESERVED.has(w.text)) {
        this.reserved(w.text);
        return;
      }
    }
    this.pending = null;
    this.afterCompound = false;
    if (cur.words.length === 0 && isAssignment(w.text, plain)) cur.assignments.push(w);
    else cur.words.push(w);
    cur.cover(w.start, w.end);
  }

  private reserved(text: string): void {
    this.afterCompound = CLOSERS.has(text);
    switch (text) {
      case 'for':
      case 'select':
        this.forHeader = true;
        this.compounds++;
        break;
      case 'if':
      case 'while':
      case 'until':
        this.compounds++;
        break;
      case 'fi':
      case 'done':
        this.leaveCompound();
        break;
      case 'case':
        this.cases.push(CASE_HEADER);
        this.compounds++;
        break;
      case 'esac':
        // Reached from a branch body (`a) x\n esac` needs no `;;`).
        if (this.cases.length > 0) this.cases.pop();
        this.leaveCompound();
        break;
      case 'function':
        this.skipFunctionName = true;
        break;
      default:
        break;
    }
  }

  private leaveCompound(): void {
    if (this.compounds > 0) this.compounds--;
  }

  private redirect(tok: { op: string; start: number; end: number; complete: boolean }): void {
    let target: Word | undefined;
    const nt = tok.complete ? null : this.peek();
    if (nt !== null && nt.kind === 'word') {
      this.next();
      target = nt.word;
    }
    if (this.afterCompound && this.cur.isEmpty()) return;
    this.pending = null;
    const r: Redirect = { op: tok.op, start: tok.start, end: target ? target.end : tok.end };
    if (target) r.target = target;
    this.cur.redirects.push(r);
    this.cur.cover(r.start, r.end);
  }

  private operator(op: string): void {
    switch (op) {
      case '(': {
        if (!this.cur.isEmpty()) {
          const nt = this.peek();
          if (nt.kind === 'op' && nt.op === ')' && this.cur.words.length === 1 && this.cur.assignments.length === 0) {
            // `name() { ... }`: a function definition header, not a command.
            this.next();
            this.cur = new CommandBuilder();
            return;
          }
          this.finish(null); // syntax error in a real shell; keep what we have
        }
        this.afterCompound = false;
        return;
      }
      case ')':
        if (!this.cur.isEmpty()) {
          this.finish(null);
          this.pending = this.out[this.out.length - 1];
        }
        this.afterCompound = true;
        return;
      case ';;':
        this.finish(';');
        if (this.cases.length > 0 && this.cases[this.cases.length - 1] === CASE_BODY) this.cases[this.cases.length - 1] = CASE_PATTERN;
        return;
      default:
        this.finish(op as Separator);
        return;
    }
  }

  private finish(sep: Separator): void {
    const cur = this.cur;
    this.afterCompound = false;
    if (cur.isEmpty()) {
      if (this.pending !== null && sep !== null) this.pending.separator = sep;
      this.pending = null;
      return;
    }
    this.pending = null;
    this.out.push({
      assignments: cur.assignments,
      words: cur.words,
      redirects: cur.redirects,
      start: cur.start,
      end: cur.end,
      separator: sep,
      ...(this.compounds > 0 ? { conditional: true as const } : {}),
    });
    this.cur = new CommandBuilder();
  }
}

function isBare(tok: Token, text: string): boolean {
  return tok.kind === 'word' && !tok.word.quoted && !tok.word.hasExpansion && tok.word.text === text;
}

/** NAME=... with the name and the `=` written plainly (no quotes, escapes or expansions before `plain`). */
export function isAssignment(text: string, plain = text.length): boolean {
  const limit = Math.min(plain, text.length);
  if (limit < 2 || !isNameStart(text.charCodeAt(0))) return false;
  let i = 1;
  while (i < limit && isNameChar(text.charCodeAt(i))) i++;
  return i < limit && text.charCodeAt(i) === 61; // '='
}
