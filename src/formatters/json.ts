import type { Finding } from '../lint';
import { formatAll, type FileResult, type FormatOptions, type FormatterFactory } from './types';

/** One JSON array of findings, 1-based positions, endColumn exclusive; written file by file. */
export const jsonFormatter: FormatterFactory = () => {
  let first = true;
  return {
    start: () => '[',
    file(r) {
      let out = '';
      const file = JSON.stringify(r.path);
      for (const f of r.findings) {
        out += (first ? '\n' : ',\n') + findingJson(f.file === undefined ? file : JSON.stringify(f.file), f);
        first = false;
      }
      return out;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
};

/**
 * One finding as `JSON.stringify(row, null, 2)` indented by two more blanks would write it, built
 * directly: the report of a large run holds thousands of rows, and stringifying an object per row
 * and then splitting and joining its lines cost more than linting. Every value is a string, a
 * whole number or a boolean (none is undefined), so the keys and their order are fixed.
 */
function findingJson(file: string, f: Finding): string {
  const fix = f.fix ? `{\n      "title": ${JSON.stringify(f.fix.title)},\n      "applicability": ${JSON.stringify(f.fix.applicability)}\n    }` : 'null';
  return (
    `  {\n    "file": ${file},\n    "line": ${f.line},\n    "column": ${f.column},\n    "endLine": ${f.endLine},\n    "endColumn": ${f.endColumn},\n` +
    `    "code": ${JSON.stringify(f.code)},\n    "rule": ${JSON.stringify(f.rule)},\n    "severity": ${JSON.stringify(f.severity)},\n` +
    `    "message": ${JSON.stringify(f.message)},\n    "fixable": ${f.fix !== undefined},\n    "fix": ${fix}\n  }`
  );
}

export function indent(text: string, prefix: string): string {
  return prefix + text.split('\n').join('\n' + prefix);
}

export const formatJson = (results: readonly FileResult[], options: FormatOptions): string => formatAll(jsonFormatter, results, options);
