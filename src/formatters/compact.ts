import { formatAll, type FileResult, type FormatOptions, type FormatterFactory } from './types';

/**
 * One line per finding, `path:line:col: severity code message`, for editors' problem matchers
 * (VS Code tasks, vim's errorformat, Emacs compile mode) and grep. Control characters from the
 * Dockerfile are shown as `\xNN`, so that a finding is always one line and no escape sequence
 * reaches the terminal.
 */
export const compactFormatter: FormatterFactory = () => ({
  start: () => '',
  file(r) {
    let out = '';
    const file = visible(r.path);
    for (const f of r.findings) out += `${f.file === undefined ? file : visible(f.file)}:${f.line}:${f.column}: ${f.severity} ${f.code} ${visible(f.message)}\n`;
    return out;
  },
  end: () => '',
});

/** Control characters (C0, DEL, C1) as `\xNN`. */
export function visible(s: string): string {
  let out = '';
  for (const c of s) {
    const code = c.charCodeAt(0);
    out += code < 0x20 || (code >= 0x7f && code < 0xa0) ? `\\x${code.toString(16).padStart(2, '0')}` : c;
  }
  return out;
}

export const formatCompact = (results: readonly FileResult[], options: FormatOptions): string => formatAll(compactFormatter, results, options);
