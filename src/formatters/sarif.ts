import { pathToFileURL } from 'url';
import { fixLabel, ruleDocMarkdown, ruleDocUrl } from '../docs';
import { RULES } from '../rules';
import type { Finding } from '../lint';
import { computeLineStarts, lineColumn } from '../parse/source';
import type { Rule, Severity } from '../rules/types';
import { lineFingerprints } from './fingerprint';
import { indent } from './json';
import { findingsByFile, formatAll, type FileResult, type FormatOptions, type FormatterFactory, type Summary } from './types';
import { pushTo } from '../parse/maps';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };


export const INFORMATION_URI = 'https://github.com/golint-docker/golint-docker';

/**
 * One SARIF 2.1.0 log with one run, every rule described, for GitHub code scanning and other
 * viewers. The header and the rules come first; results follow file by file.
 */
export const sarifFormatter: FormatterFactory = (options) => {
  const version = options.version ?? '0.0.0';
  const index = new Map(RULES.map((r, i) => [r.meta.code, i]));
  const RESULTS_MARK = '"results": "@results@"';
  const head = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'golint-docker', semanticVersion: version, version, informationUri: INFORMATION_URI, rules: RULES.map(ruleDescriptor) } },
        // GitHub code scanning keeps one set of alerts per category: `category/` names this analysis.
        automationDetails: { id: `${options.category ?? 'golint-docker'}/` },
        ...(options.root ? { originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.root.endsWith('/') ? options.root : options.root + '/').href } } } : {}),
        columnKind: 'utf16CodeUnits',
        results: '@results@',
        invocations: '@invocations@',
      },
    ],
  };
  // The document is printed around a marker where the results go, so results can stream.
  const whole = JSON.stringify(head, null, 2);
  const at = whole.indexOf(RESULTS_MARK);
  const before = whole.slice(0, at) + '"results": [';
  const after = whole.slice(at + RESULTS_MARK.length);
  const INVOCATIONS_MARK = '"@invocations@"';
  let first = true;
  return {
    start: () => before,
    file(r) {
      let out = '';
      for (const res of resultsOf(r, index)) {
        out += (first ? '\n' : ',\n') + indent(JSON.stringify(res, null, 2), '        ');
        first = false;
      }
      return out;
    },
    // A run with a file it could not lint (or a broken configuration) says so: an upload that
    // runs `if: always()` must not read it as a clean analysis that closes every open alert.
    end: (summary) => (first ? ']' : '\n      ]') + after.replace(INVOCATIONS_MARK, indent(JSON.stringify([invocation(summary)], null, 2), '      ').trimStart()) + '\n',
  };
};

function invocation(summary: Summary) {
  return {
    executionSuccessful: summary.errors.length === 0,
    ...(summary.errors.length > 0
      ? {
          toolExecutionNotifications: summary.errors.map((e) => ({
            level: 'error',
            message: { text: e.message },
            locations: [{ physicalLocation: { artifactLocation: artifact(e.path, e.rootPath), ...(e.line ? { region: { startLine: e.line } } : {}) } }],
          })),
        }
      : {}),
  };
}

/**
 * Where a file is: relative to the repository root (%SRCROOT%), each path element
 * percent-encoded (`#`, `?`, spaces and non-ASCII included); a file outside it by its own URI.
 */
function artifact(path: string, rootPath: string | undefined): { uri: string; uriBaseId?: string } {
  // Without a root path (the library's callers), a relative path is taken as relative to the root.
  const rel = rootPath ?? (path.startsWith('/') || path.startsWith('..') ? undefined : path);
  if (rel !== undefined) return { uri: uriPath(rel), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(path).href };
}

export const formatSarif = (results: readonly FileResult[], options: FormatOptions): string => formatAll(sarifFormatter, results, options);

function ruleDescriptor(rule: Rule) {
  const { meta } = rule;
  // GitHub code scanning ranks security alerts by `security-severity`, a CVSS-like score as a string.
  const security = meta.securitySeverity?.toFixed(1);
  const tags = security && !meta.tags.includes('security') ? [...meta.tags, 'security'] : meta.tags;
  return {
    id: meta.code,
    name: meta.name,
    shortDescription: { text: meta.docs.summary },
    fullDescription: { text: meta.docs.why.length > 1000 ? meta.docs.why.slice(0, 997) + '...' : meta.docs.why },
    help: { text: `${meta.docs.why}\n\nFix: ${meta.docs.fixSafety}`, markdown: ruleDocMarkdown(rule) },
    helpUri: ruleDocUrl(rule),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags,
      precision: meta.precision ?? 'very-high',
      'problem.severity': meta.severity === 'info' ? 'recommendation' : meta.severity,
      ...(security ? { 'security-severity': security } : {}),
      fixable: fixLabel(rule),
    },
  };
}

/**
 * A relative path as a URI reference: each segment percent-encoded (`#` and `?` too, which would
 * end the path), a byte of a file name that is not UTF-8 (held as U+DC80..U+DCFF, see
 * node/os-path.ts, on which encodeURIComponent throws) as itself.
 */
export function uriPath(p: string): string {
  return p
    .split('/')
    .map((segment) => {
      let out = '';
      for (let i = 0; i < segment.length; i++) {
        const c = segment.charCodeAt(i);
        const high = c >= 0xd800 && c <= 0xdbff && i + 1 < segment.length && segment.charCodeAt(i + 1) >= 0xdc00 && segment.charCodeAt(i + 1) <= 0xdfff;
        if (high) {
          out += encodeURIComponent(segment.slice(i, i + 2));
          i++;
        } else if (c >= 0xdc80 && c <= 0xdcff) out += `%${(c - 0xdc00).toString(16).toUpperCase()}`;
        else if (c >= 0xd800 && c <= 0xdfff) out += '%EF%BF%BD';
        else out += encodeURIComponent(segment[i]);
      }
      return out;
    })
    .join('/');
}

function resultsOf(r: FileResult, index: Map<string, number>) {
  // Other files (a Makefile, a GoReleaser file) are located from the root too.
  const textOf = (file: string | undefined) => (file === undefined ? r.text : r.others?.[file]?.text);
  const locationOf = (file: string | undefined) => (file === undefined ? artifact(r.path, r.rootPath) : artifact(file, r.others?.[file]?.rootPath));
  return findingsByFile(r).flatMap((group) => {
    const prints = lineFingerprints(group.path, group.text, group.findings);
    const location = artifact(group.path, group.rootPath);
    return group.findings.map((f, i) => {
      const fix = f.fix ? fixOf(f, textOf, locationOf) : undefined;
      return {
        ruleId: f.code,
        ruleIndex: index.get(f.code) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(f) } }],
        partialFingerprints: { primaryLocationLineHash: prints[i] },
        ...(fix ? { fixes: [fix] } : {}),
      };
    });
  });
}

/** SARIF regions are 1-based with an exclusive end column, like ours; an empty range still spans a column. */
function region(f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>) {
  const endColumn = f.endLine === f.line && f.endColumn <= f.column ? f.column + 1 : f.endColumn;
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn };
}

/** The fix of a finding, one artifact change per file it edits; undefined when a file's text is not at hand. */
function fixOf(f: Finding, textOf: (file: string | undefined) => string | undefined, locationOf: (file: string | undefined) => { uri: string; uriBaseId?: string }) {
  const fix = f.fix as NonNullable<Finding['fix']>;
  const byFile = new Map<string | undefined, typeof fix.edits>();
  for (const e of fix.edits) pushTo(byFile, e.file, e);
  const changes = [];
  for (const [path, edits] of byFile) {
    const text = textOf(path);
    if (text === undefined) return undefined;
    const file = { text, lineStarts: computeLineStarts(text) };
    changes.push({
      artifactLocation: locationOf(path),
      replacements: edits.map((e) => {
        const s = lineColumn(file, e.start);
        const end = lineColumn(file, e.end);
        return {
          deletedRegion: { startLine: s.line, startColumn: s.column, endLine: end.line, endColumn: end.column },
          insertedContent: { text: e.text },
        };
      }),
    });
  }
  return {
    description: { text: `${fix.title}${fix.applicability === 'unsafe' ? ' (unsafe: review before applying)' : ''}` },
    artifactChanges: changes,
  };
}
