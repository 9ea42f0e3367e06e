import { formatAll, type FileResult, type FormatOptions, type FormatterFactory } from './types';

/** One JSON array of findings, 1-based positions, endColumn exclusive; written file by file. */
export const jsonFormatter: FormatterFactory = () => {
  let first = true;
  return {
    start: () => '[',
    file(r) {
      let out = '';
      for (const f of r.findings) {
        const row = {
          file: r.path,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          code: f.code,
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          fixable: f.fix !== undefined,
          fix: f.fix ? { title: f.fix.title, applicability: f.fix.applicability } : null,
        };
        out += (first ? '\n' : ',\n') + indent(JSON.stringify(row, null, 2), '  ');
        first = false;
      }
      return out;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
};

export function indent(text: string, prefix: string): string {
  return prefix + text.split('\n').join('\n' + prefix);
}

export const formatJson = (results: readonly FileResult[], options: FormatOptions): string => formatAll(jsonFormatter, results, options);
