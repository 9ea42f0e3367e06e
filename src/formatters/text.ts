import { linePath, visible } from '../parse/visible';
import { findingsByFile, fixMark, formatAll, type FileResult, type FormatOptions, type FormatterFactory } from './types';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', underline: '\x1b[4m', green: '\x1b[32m' };

/**
 * Grouped by file like ESLint and Ruff: `line:col  severity  code  message  [*]`, then a summary.
 * `[*]` marks a finding `--fix` would fix; `[*unsafe]` one that needs `--unsafe-fixes`.
 */
export const textFormatter: FormatterFactory = ({ color, unsafeFixes }) => {
  const c = (code: keyof typeof ANSI, s: string) => (color ? ANSI[code] + s + ANSI.reset : s);
  return {
    start: () => '',
    file(r) {
      if (r.findings.length === 0) return '';
      const out: string[] = [];
      // Findings in a Makefile or GoReleaser file are listed under that file, after the Dockerfile's.
      for (const group of findingsByFile(r)) {
        if (out.length > 0) out.push('');
        out.push(c('underline', group.findings[0].file === undefined ? linePath(r.path) : `${linePath(group.path)} (for ${linePath(r.path)})`));
        const locWidth = group.findings.reduce((w, f) => Math.max(w, `${f.line}:${f.column}`.length), 0);
        for (const f of group.findings) {
          const mark = fixMark(f, unsafeFixes === true);
          const sev = f.severity === 'error' ? c('red', 'error  ') : f.severity === 'warning' ? c('yellow', 'warning') : c('blue', 'info   ');
          const loc = c('dim', `${f.line}:${f.column}`.padEnd(locWidth));
          out.push(`  ${loc}  ${sev}  ${c('bold', f.code)}  ${visible(f.message)}${mark ? ' ' + c('green', mark) : ''}`);
        }
      }
      return out.join('\n') + '\n\n';
    },
    end(s) {
      const out: string[] = [];
      const total = s.error + s.warning + s.info;
      if (s.fixed > 0) out.push(c('green', `Fixed ${s.fixed} ${plural(s.fixed, 'problem')}.`));
      if (total === 0) {
        if (s.files > 0) out.push(c('green', `✔ No problems found in ${s.files} ${plural(s.files, 'Dockerfile')}.`));
        return out.length ? out.join('\n') + '\n' : '';
      }
      const parts = [
        s.error ? `${s.error} ${plural(s.error, 'error')}` : '',
        s.warning ? `${s.warning} ${plural(s.warning, 'warning')}` : '',
        s.info ? `${s.info} info` : '',
      ].filter(Boolean);
      out.push(c(s.error ? 'red' : 'yellow', c('bold', `✖ ${total} ${plural(total, 'problem')} (${parts.join(', ')})`)));
      const hints: string[] = [];
      if (s.safe) hints.push(`${s.safe} fixable with --fix`);
      if (s.unsafe) hints.push(`${s.unsafe} more with --fix --unsafe-fixes`);
      if (hints.length) out.push(`  ${hints.join(', ')} (see --diff)`);
      return out.join('\n') + '\n';
    },
  };
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

export const formatText = (results: readonly FileResult[], options: FormatOptions): string => formatAll(textFormatter, results, options);
