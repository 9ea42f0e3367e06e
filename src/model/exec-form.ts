import type { SourceFile, Span } from '../parse/source';

/**
 * The exec (JSON) form of CMD, ENTRYPOINT, RUN, COPY or HEALTHCHECK arguments, or undefined for
 * shell form. Like BuildKit, text that is not a valid JSON array of strings is shell form.
 */
export function execForm(file: SourceFile, args: Span): string[] | undefined {
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
