import { visible } from '../parse/visible';
import { formatAll, type FileResult, type FormatOptions, type FormatterFactory } from './types';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
 * Data and properties are escaped as the runner unescapes them, so that no text taken from a
 * Dockerfile can end the command early or start a new one.
 */
export const githubFormatter: FormatterFactory = () => ({
  start: () => '',
  file(r) {
    let out = '';
    for (const f of r.findings) {
      const props = [
        `file=${escapeProperty(visibleLines(f.file ?? r.path))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`${f.code} ${f.rule}`)}`,
      ].join(',');
      // Escaped for the runner, and shown visibly for its log, which renders terminal colour codes.
      out += `::${LEVEL[f.severity]} ${props}::${escapeData(visibleLines(f.message))}\n`;
    }
    return out;
  },
  end: () => '',
});

/** Visible (parse/visible.ts) but for line breaks, which the escapes below carry into the annotation. */
function visibleLines(s: string): string {
  return s
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : visible(part)))
    .join('');
}

/** The message part: `%`, CR and LF are escaped. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub = (results: readonly FileResult[], options: FormatOptions): string => formatAll(githubFormatter, results, options);
