import { lineFingerprints } from './fingerprint';
import { indent } from './json';
import { formatAll, type FileResult, type FormatOptions, type FormatterFactory } from './types';

const SEVERITY = { error: 'critical', warning: 'major', info: 'minor' } as const;

/** A GitLab Code Quality report (the `codequality` artifact of a merge request). */
export const gitlabFormatter: FormatterFactory = () => {
  let first = true;
  return {
    start: () => '[',
    file(r) {
      const prints = lineFingerprints(r.path, r.text, r.findings);
      let out = '';
      r.findings.forEach((f, i) => {
        const issue = {
          description: `${f.code}: ${f.message}`,
          check_name: `${f.code} ${f.rule}`,
          fingerprint: prints[i].replace(':', '-'),
          severity: SEVERITY[f.severity],
          location: { path: r.path, lines: { begin: f.line, end: f.endLine } },
        };
        out += (first ? '\n' : ',\n') + indent(JSON.stringify(issue, null, 2), '  ');
        first = false;
      });
      return out;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
};

export const formatGitlab = (results: readonly FileResult[], options: FormatOptions): string => formatAll(gitlabFormatter, results, options);
