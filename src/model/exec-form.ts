import type { SourceFile, Span } from '../parse/source';
import type { SimpleCommand, Word } from '../shell/lexer';

/**
 * The exec (JSON) form of CMD, ENTRYPOINT, RUN, COPY or HEALTHCHECK arguments, or undefined for
 * shell form. Like BuildKit, text that is not a valid JSON array of strings is shell form.
 */
export function execForm(file: SourceFile, args: Span): string[] | undefined {
  // Shell form starts with a printable character other than `[` (no blank to skip): say so at once.
  const first = file.text.charCodeAt(args.start);
  if (first > 32 && first < 127 && first !== 91) return undefined;
  const raw = file.text.slice(args.start, args.end);
  if (!raw.trimStart().startsWith('[')) return undefined;
  const joined = joinContinuations(raw, file.escapeChar).trim();
  if (!joined.endsWith(']')) return undefined;
  try {
    const parsed: unknown = JSON.parse(joined);
    if (Array.isArray(parsed) && parsed.every((x): x is string => typeof x === 'string')) return parsed;
  } catch {
    // Not JSON: BuildKit treats it as shell form.
  }
  return undefined;
}

/** Remove Dockerfile line continuations (escape char, optional blanks, newline) and comment lines inside them. */
export function joinContinuations(raw: string, escapeChar: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === escapeChar) {
      let j = i + 1;
      while (j < raw.length && (raw[j] === ' ' || raw[j] === '\t')) j++;
      if (raw[j] === '\r' && raw[j + 1] === '\n') j++;
      if (raw[j] === '\n' || (raw[j] === '\r' && j === raw.length - 1)) {
        i = skipCommentLines(raw, j + 1);
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

function skipCommentLines(raw: string, from: number): number {
  let i = from;
  for (;;) {
    let j = i;
    while (j < raw.length && (raw[j] === ' ' || raw[j] === '\t')) j++;
    if (raw[j] !== '#' && raw[j] !== '\n' && raw[j] !== '\r') return i;
    if (j >= raw.length) return i;
    const nl = raw.indexOf('\n', j);
    if (nl === -1) return raw.length;
    i = nl + 1;
  }
}

/**
 * The words of an exec-form RUN as shell words, for the Go-build analysis: each word's span is its
 * JSON string literal (quotes included). No expansion happens in exec form. Undefined when the
 * literals cannot be located exactly (continuation lines inside the array).
 */
export function execFormWords(file: SourceFile, args: Span): SimpleCommand | undefined {
  const values = execForm(file, args);
  if (!values) return undefined;
  const t = file.text;
  const words: Word[] = [];
  let i = args.start;
  for (const value of values) {
    while (i < args.end && t[i] !== '"') i++;
    const start = i;
    i++;
    while (i < args.end && t[i] !== '"') i += t[i] === '\\' ? 2 : 1;
    i++;
    if (i > args.end) return undefined;
    let decoded: unknown;
    try {
      decoded = JSON.parse(t.slice(start, i));
    } catch {
      return undefined;
    }
    if (decoded !== value) return undefined;
    words.push({ text: value, start, end: i, quoted: true, hasExpansion: false });
  }
  if (words.length === 0) return undefined;
  return { assignments: [], words, redirects: [], start: words[0].start, end: words[words.length - 1].end, separator: null };
}
