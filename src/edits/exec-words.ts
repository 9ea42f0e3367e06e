import type { SourceFile, Span } from '../parse/source';
import { splitCommands } from '../shell/lexer';

/** `["a", "b"]`, the spacing people write. */
export function execFormText(words: readonly string[]): string {
  return '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
}

/** Shell builtins and keywords: no program of that name exists to run in exec form. */
const SHELL_ONLY = new Set([
  '.', ':', '[', '[[', 'alias', 'break', 'case', 'cd', 'continue', 'eval', 'export', 'for', 'function', 'if', 'local',
  'read', 'readonly', 'return', 'set', 'shift', 'source', 'test', 'time', 'trap', 'ulimit', 'umask', 'unset', 'until', 'wait', 'while', '!', '{', '(',
]);

/**
 * The words of a shell-form CMD/ENTRYPOINT that mean the same in exec form, or undefined when the
 * shell does something there (variables, globs, pipes, `&&`, redirections, builtins, a comment,
 * several lines). `exec` in front is what the shell would do anyway, so it goes.
 * `args`: the words are arguments of an ENTRYPOINT, not a program of their own.
 */
export function plainCommandWords(file: SourceFile, span: Span, args = false): string[] | undefined {
  const raw = file.text.slice(span.start, span.end);
  // Multi-line commands and JSON that is not valid (`['/app']`) need the author's eye.
  if (raw.includes('\n') || raw.includes('\r') || raw.trimStart().startsWith('[')) return undefined;
  const cmds = splitCommands(file.text, span.start, span.end, { escapeChar: file.escapeChar, dockerfileContinuations: true });
  if (cmds.length !== 1) return undefined;
  const [c] = cmds;
  if (c.assignments.length > 0 || c.redirects.length > 0 || c.separator !== null || c.words.length === 0) return undefined;
  if (c.words.some((w) => w.hasExpansion || (!wholeQuoted(file.text.slice(w.start, w.end)) && hasShellPattern(w.text)))) return undefined;
  // A comment after the command (`CMD /app # note`): leave it to the author.
  if (file.text.slice(c.end, span.end).trim() !== '') return undefined;
  let words = c.words.map((w) => w.text);
  if (args) return words;
  if (words[0] === 'exec' && !c.words[0].quoted) words = words.slice(1);
  if (words.length === 0 || SHELL_ONLY.has(words[0]) || words[0].startsWith('-')) return undefined;
  return words;
}

/** A word written inside one pair of quotes (`'*.go'`), so the shell takes it literally. */
function wholeQuoted(raw: string): boolean {
  const q = raw[0];
  return raw.length >= 2 && (q === "'" || q === '"') && raw[raw.length - 1] === q && !raw.slice(1, -1).includes(q);
}

/** Characters the shell would expand in an unquoted word: globs and `~`. */
function hasShellPattern(text: string): boolean {
  return text.includes('*') || text.includes('?') || text.includes('[') || text.startsWith('~');
}
