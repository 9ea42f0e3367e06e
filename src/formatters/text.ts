import type { Finding } from '../lint';
import type { FileResult, Formatter } from './types';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', underline: '\x1b[4m', green: '\x1b[32m' };

/**
 * Grouped by file like ESLint and Ruff: `line:col  severity  code  message  [*]`, then a summary.
 * `[*]` marks a finding `--fix` would fix; `[*unsafe]` one that needs `--unsafe-fixes`.
 */
export const formatText: Formatter = (results, { color, unsafeFixes }) => {
  const c = (code: keyof typeof ANSI, s: string) => (color ? ANSI[code] + s + ANSI.reset : s);
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0, safe: 0, unsafe: 0, fixed: 0 };
  for (const r of results) {
    count.fixed += r.fixed ?? 0;
    if (r.findings.length === 0) continue;
    out.push(c('underline', r.path));
    const locWidth = Math.max(...r.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of r.findings) {
      count[f.severity]++;
      const mark = fixMark(f, unsafeFixes === true);
      if (mark === '[*]') count.safe++;
      else if (mark) count.unsafe++;
      const sev = f.severity === 'error' ? c('red', 'error  ') : f.severity === 'warning' ? c('yellow', 'warning') : c('blue', 'info   ');
      const loc = c('dim', `${f.line}:${f.column}`.padEnd(locWidth));
      out.push(`  ${loc}  ${sev}  ${c('bold', f.code)}  ${f.message}${mark ? ' ' + c('green', mark) : ''}`);
    }
    out.push('');
  }
  const total = count.error + count.warning + count.info;
  if (count.fixed > 0) out.push(c('green', `Fixed ${count.fixed} ${plural(count.fixed, 'problem')}.`));
  if (total === 0) {
    if (results.some((r) => !r.error)) {
      const n = results.filter((r) => !r.error).length;
      out.push(c('green', `✔ No problems found in ${n} ${plural(n, 'Dockerfile')}.`));
    }
    return out.join('\n') + (out.length ? '\n' : '');
  }
  const parts = [
    count.error ? `${count.error} ${plural(count.error, 'error')}` : '',
    count.warning ? `${count.warning} ${plural(count.warning, 'warning')}` : '',
    count.info ? `${count.info} info` : '',
  ].filter(Boolean);
  const summary = `✖ ${total} ${plural(total, 'problem')} (${parts.join(', ')})`;
  out.push(c(count.error ? 'red' : 'yellow', c('bold', summary)));
  const hints: string[] = [];
  if (count.safe) hints.push(`${count.safe} fixable with --fix`);
  if (count.unsafe) hints.push(`${count.unsafe} more with --fix --unsafe-fixes`);
  if (hints.length) out.push(`  ${hints.join(', ')} (see --diff)`);
  return out.join('\n') + '\n';
};

function fixMark(f: Finding, unsafeEnabled: boolean): string {
  if (!f.fix) return '';
  if (f.fix.applicability === 'safe' || unsafeEnabled) return '[*]';
  return '[*unsafe]';
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

export type { FileResult };
