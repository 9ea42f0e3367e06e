/**
 * Text from a repository shown to a person or a CI runner: a Dockerfile's values, file and folder
 * names, configuration keys. A pull request controls all of it, so none of it may act on what
 * reads the output: no line break (a CI runner reads `::error ...` at the start of any line of
 * standard output or error as a command, and `##[error]` anywhere in one), no terminal control
 * sequence (ESC, OSC, CSI), no bidirectional override that makes a line read other than it is.
 * Such characters are shown as escapes (`\x1b`, `\n`, `\u202e`); everything else is kept.
 */

/** Characters shown escaped: C0 controls but tab, DEL, C1 controls, separators and bidirectional controls, lone surrogates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|##\[/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/** The text with every unsafe character shown as an escape; unchanged when it has none. */
export function visible(text: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => {
    if (c === '##[') return '#\\x23[';
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    // A byte that is not UTF-8 in a file name (see node/os-path.ts) is shown as that byte.
    if (code >= 0xdc80 && code <= 0xdcff) return `\\x${(code - 0xdc00).toString(16)}`;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A value quoted in a message: visible, and cut to `max` characters (a value may be a megabyte long). */
export function excerpt(text: string, max = 300): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return visible(cut);
}

/**
 * A path that starts a line of output (a file's findings, an error): visible, and never read as a
 * runner command: a relative path that would start with `:` gets `./` in front.
 */
export function linePath(path: string): string {
  const shown = visible(path);
  return shown.trimStart().startsWith(':') ? `./${shown}` : shown;
}
