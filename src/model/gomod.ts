/**
 * Reading `go.mod` files and comparing Go versions.
 *
 * Everything here is hand-parsed (no regular expressions) because the input
 * is user-controlled, and nothing throws: malformed input yields `undefined`
 * fields rather than errors.
 */

/** The parts of a go.mod file the linter cares about. */
export interface GoMod {
  /** Module path from the `module` directive (unquoted). */
  module?: string;
  /**
   * Version from the `go` directive, exactly as written (e.g. "1.22", "1.21.0").
   * It is kept even when it is not a valid Go version, so rules can report it;
   * use {@link parseGoVersion} / {@link compareGoVersions} to interpret it.
   */
  goVersion?: string;
  /** Toolchain name from the `toolchain` directive, exactly as written (e.g. "go1.22.3"). */
  toolchain?: string;
  /** 1-based line of the `go` directive. */
  goLine?: number;
  /** Number of required modules (0: the module needs nothing beyond the standard library). */
  requires: number;
  /** The module paths of the `require` directives, in order (`// indirect` ones included). */
  require?: string[];
  /** Folders that `replace` directives point at (`=> ./api`): the module graph needs them on disk. */
  localReplaces?: string[];
  /** Set by the caller when it knows whether go.sum exists next to go.mod. */
  hasGoSum?: boolean;
}

/**
 * Parse the text of a go.mod file. Only top-level `module`, `go` and
 * `toolchain` directives are read; `//` comments are ignored and the contents
 * of blocks such as `require ( ... )` are skipped. The first occurrence of a
 * directive wins (the go command rejects repeated ones anyway).
 */
export function parseGoMod(text: string): GoMod {
  const result: GoMod = { requires: 0, require: [] };
  const replaced = (tokens: readonly string[]) => {
    const arrow = tokens.indexOf('=>');
    const target = arrow === -1 ? undefined : tokens[arrow + 1];
    if (target !== undefined && (target === '.' || target === '..' || target.startsWith('./') || target.startsWith('../') || target.startsWith('/'))) {
      (result.localReplaces ??= []).push(target);
    }
  };
  const required = (path: string | undefined) => {
    result.requires++;
    if (path !== undefined && path !== '(' && path !== ')') result.require?.push(path);
  };
  let blockVerb = '';
  // Strip a UTF-8 byte order mark. Lines split on LF; the CR of a CRLF
  // ending is treated as whitespace by the tokenizer.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  let inBlock = false;

  for (let i = 0; i < lines.length; i++) {
    const tokens = tokenizeLine(lines[i]);
    if (tokens.length === 0) continue;

    if (inBlock) {
      if (tokens[0] === ')') inBlock = false;
      else if (blockVerb === 'require') required(tokens[0]);
      else if (blockVerb === 'replace') replaced(tokens);
      continue;
    }
    // `verb (` opens a block that runs until a line starting with `)`.
    // A `verb ( ... )` on one line is not a block.
    const open = tokens.indexOf('(');
    if (open >= 0) {
      blockVerb = tokens[0];
      if (tokens.indexOf(')', open + 1) < 0) inBlock = true;
      else if (blockVerb === 'require' && tokens.indexOf(')', open + 1) - open - 1 > 0) required(tokens[open + 1]);
      continue;
    }
    if (tokens.length < 2) continue;

    const [verb, arg] = tokens;
    switch (verb) {
      case 'module':
        if (result.module === undefined) result.module = arg;
        break;
      case 'go':
        if (result.goVersion === undefined) {
          result.goVersion = arg;
          result.goLine = i + 1;
        }
        break;
      case 'toolchain':
        if (result.toolchain === undefined) result.toolchain = arg;
        break;
      case 'require':
        required(arg);
        break;
      case 'replace':
        replaced(tokens.slice(1));
        break;
      default:
        break;
    }
  }
  return result;
}

/**
 * Split one go.mod line into tokens: whitespace-separated words, quoted
 * strings ("..." with backslash escapes, or `...`) returned unquoted, and
 * `(` / `)` as tokens of their own. Stops at a `//` comment outside quotes.
 */
function tokenizeLine(line: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      i++;
    } else if (c === '/' && line[i + 1] === '/') {
      break;
    } else if (c === '(' || c === ')') {
      tokens.push(c);
      i++;
    } else if (c === '"' || c === '`') {
      let value = '';
      i++;
      while (i < n && line[i] !== c) {
        // Interpreted strings may escape the next character; raw ones may not.
        if (c === '"' && line[i] === '\\' && i + 1 < n) i++;
        value += line[i];
        i++;
      }
      i++; // closing quote (or end of line for an unterminated string)
      tokens.push(value);
    } else {
      const start = i;
      while (i < n && !isTokenBreak(line, i)) i++;
      tokens.push(line.slice(start, i));
    }
  }
  return tokens;
}

function isTokenBreak(line: string, i: number): boolean {
  const c = line[i];
  return (
    c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v' ||
    c === '(' || c === ')' || c === '"' || c === '`' ||
    (c === '/' && line[i + 1] === '/')
  );
}

/**
 * A parsed Go version. Numeric fields are kept as decimal digit strings (no
 * leading zeros) so arbitrarily long numbers compare exactly.
 */
export interface GoVersion {
  major: string;
  /** undefined for a major-only version such as "1" */
  minor?: string;
  /** undefined when not written ("1.22", "1.22rc1") */
  patch?: string;
  /** prerelease kind, lowercase letters: "rc", "beta", "alpha"; undefined for a release */
  preKind?: string;
  /** prerelease number ("1" in "rc1"); undefined when absent ("1.21rc") */
  preNum?: string;
}

/**
 * Parse a Go version with the same grammar as the go command
 * (`internal/gover`): `MAJOR[.MINOR[.PATCH]]` or `MAJOR.MINOR<kind>[N]` where
 * kind is lowercase letters (rc, beta). Prereleases of patch releases
 * ("1.21.3rc1") and leading zeros ("1.021") are rejected. An optional "go"
 * prefix is accepted ("go1.22.3"), as used in toolchain names and tags.
 */
export function parseGoVersion(text: string): GoVersion | undefined {
  let s = text.startsWith('go') ? text.slice(2) : text;

  const major = cutInt(s);
  if (!major) return undefined;
  s = major.rest;
  if (s === '') return { major: major.value };
  if (s[0] !== '.') return undefined;

  const minor = cutInt(s.slice(1));
  if (!minor) return undefined;
  s = minor.rest;
  if (s === '') return { major: major.value, minor: minor.value };

  if (s[0] === '.') {
    const patch = cutInt(s.slice(1));
    if (!patch || patch.rest !== '') return undefined;
    return { major: major.value, minor: minor.value, patch: patch.value };
  }

  let k = 0;
  while (k < s.length && s[k] >= 'a' && s[k] <= 'z') k++;
  if (k === 0) return undefined;
  const preKind = s.slice(0, k);
  s = s.slice(k);
  if (s === '') return { major: major.value, minor: minor.value, preKind };
  const pre = cutInt(s);
  if (!pre || pre.rest !== '') return undefined;
  return { major: major.value, minor: minor.value, preKind, preNum: pre.value };
}

/** Cut a leading decimal integer without leading zeros ("0" itself is fine). */
function cutInt(s: string): { value: string; rest: string } | undefined {
  let i = 0;
  while (i < s.length && s[i] >= '0' && s[i] <= '9') i++;
  if (i === 0 || (s[0] === '0' && i > 1)) return undefined;
  return { value: s.slice(0, i), rest: s.slice(i) };
}

/** Compare two digit strings numerically; `undefined` sorts before any number. */
function cmpInt(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : 1;
}

function cmpParsed(x: GoVersion, y: GoVersion): number {
  let c = cmpInt(x.major, y.major);
  if (c !== 0) return c;
  // A missing minor or patch counts as 0 ("1" == "1.0.0", "1.21" == "1.21.0").
  c = cmpInt(x.minor ?? '0', y.minor ?? '0');
  if (c !== 0) return c;
  // A prerelease comes before every release of its minor version (1.21rc1 < 1.21.0).
  const xPre = x.preKind !== undefined;
  const yPre = y.preKind !== undefined;
  if (xPre !== yPre) return xPre ? -1 : 1;
  if (!xPre) return cmpInt(x.patch ?? '0', y.patch ?? '0');
  // Both prereleases of the same minor: compare kind ("beta" < "rc"), then number.
  const xKind = x.preKind ?? '';
  const yKind = y.preKind ?? '';
  if (xKind !== yKind) return xKind < yKind ? -1 : 1;
  return cmpInt(x.preNum, y.preNum);
}

/**
 * Compare two Go versions: negative if a < b, 0 if equal, positive if a > b;
 * `undefined` if either is not a valid version.
 *
 * Ordering follows the go command except that a language version without a
 * patch equals its `.0` release: "1.21" == "1.21.0", and "1.21rc1" < "1.21"
 * (the go command orders "1.21" < "1.21rc1" < "1.21.0"). "1" == "1.0.0".
 */
export function compareGoVersions(a: string, b: string): number | undefined {
  const x = parseGoVersion(a);
  const y = parseGoVersion(b);
  if (!x || !y) return undefined;
  const c = cmpParsed(x, y);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/**
 * Whether an image tag's Go version provides at least the `required` version
 * (typically the go.mod `go` line). Tags that omit components float to the
 * newest release they cover: image "1" satisfies any 1.x, image "1.22"
 * satisfies "1.22.3" and "1.22rc1". A fully specified tag ("1.22.1",
 * "1.23rc1") is compared exactly. `undefined` when either is not a version.
 */
export function goVersionSatisfies(imageVersion: string, required: string): boolean | undefined {
  const image = parseGoVersion(imageVersion);
  const req = parseGoVersion(required);
  if (!image || !req) return undefined;

  const major = cmpInt(image.major, req.major);
  if (image.minor === undefined || major !== 0) return major >= 0;

  const isFloatingMinor = image.patch === undefined && image.preKind === undefined;
  if (isFloatingMinor) {
    const minor = cmpInt(image.minor, req.minor ?? '0');
    return minor >= 0;
  }
  return cmpParsed(image, req) >= 0;
}

/**
 * The Go version of a toolchain name such as "go1.22.3" or
 * "go1.21.0-bigcorp" ("1.22.3", "1.21.0"); `undefined` for "default" or
 * anything that is not a Go toolchain name.
 */
export function toolchainGoVersion(toolchain: string): string | undefined {
  if (!toolchain.startsWith('go')) return undefined;
  const dash = toolchain.indexOf('-');
  const version = toolchain.slice(2, dash < 0 ? undefined : dash);
  return parseGoVersion(version) ? version : undefined;
}
