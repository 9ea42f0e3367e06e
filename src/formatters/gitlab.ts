import { lineFingerprints } from './fingerprint';
import { indent } from './json';
import { findingsByFile, formatAll, type FileResult, type FormatOptions, type FormatterFactory } from './types';

const SEVERITY = { error: 'critical', warning: 'major', info: 'minor' } as const;

/** A GitLab Code Quality report (the `codequality` artifact of a merge request). */
export const gitlabFormatter: FormatterFactory = () => {
  let first = true;
  return {
    start: () => '[',
    file(r) {
      let out = '';
      for (const group of findingsByFile(r)) {
        const prints = lineFingerprints(group.path, group.text, group.findings);
        group.findings.forEach((f, i) => {
          const issue = {
            description: `${f.code}: ${f.message}`,
            check_name: `${f.code} ${f.rule}`,
            fingerprint: prints[i].replace(':', '-'),
            severity: SEVERITY[f.severity],
            location: { path: group.path, lines: { begin: f.line, end: f.endLine } },
          };
          out += (first ? '\n' : ',\n') + indent(JSON.stringify(issue, null, 2), '  ');
          first = false;
        });
      }
      return out;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
};

export const formatGitlab = (results: readonly FileResult[], options: FormatOptions): string => formatAll(gitlabFormatter, results, options);
