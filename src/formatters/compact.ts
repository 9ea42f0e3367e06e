import { linePath, visible } from '../parse/visible';
import { formatAll, type FileResult, type FormatOptions, type FormatterFactory } from './types';

/**
 * One line per finding, `path:line:col: severity code message`, for editors' problem matchers
 * (VS Code tasks, vim's errorformat, Emacs compile mode) and grep. Control characters from the
 * Dockerfile and file names are shown as escapes (parse/visible.ts), so that a finding is always one
 * line and no escape sequence reaches the terminal or the CI runner.
 */
export const compactFormatter: FormatterFactory = () => ({
  start: () => '',
  file(r) {
    let out = '';
    const file = linePath(r.path);
    for (const f of r.findings) out += `${f.file === undefined ? file : linePath(f.file)}:${f.line}:${f.column}: ${f.severity} ${f.code} ${visible(f.message)}\n`;
    return out;
  },
  end: () => '',
});

export const formatCompact = (results: readonly FileResult[], options: FormatOptions): string => formatAll(compactFormatter, results, options);
