import type { Formatter } from './types';

/** One JSON array of findings, 1-based positions, endColumn exclusive. */
export const formatJson: Formatter = (results) => {
  const rows = results.flatMap((r) =>
    r.findings.map((f) => ({
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
    })),
  );
  return JSON.stringify(rows, null, 2) + '\n';
};
