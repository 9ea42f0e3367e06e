import { lineFingerprints } from './fingerprint';
import type { Formatter } from './types';

const SEVERITY = { error: 'critical', warning: 'major', info: 'minor' } as const;

/** A GitLab Code Quality report (the `codequality` artifact of a merge request). */
export const formatGitlab: Formatter = (results) => {
  const issues = results.flatMap((r) => {
    const prints = lineFingerprints(r.path, r.text, r.findings);
    return r.findings.map((f, i) => ({
      description: `${f.code}: ${f.message}`,
      check_name: `${f.code} ${f.rule}`,
      fingerprint: prints[i].replace(':', '-'),
      severity: SEVERITY[f.severity],
      location: { path: r.path, lines: { begin: f.line, end: f.endLine } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
};
