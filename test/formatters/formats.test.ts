import { toBeValidSarifLog } from '@microsoft/jest-sarif';
import { lintText, type Finding } from '../../src/lint';
import { formatSarif } from '../../src/formatters/sarif';
import { formatGithub, escapeData, escapeProperty } from '../../src/formatters/github';
import { formatGitlab } from '../../src/formatters/gitlab';
import { formatJson } from '../../src/formatters/json';
import { formatText } from '../../src/formatters/text';
import type { FileResult } from '../../src/formatters/types';
import { RULES } from '../../src/rules';

expect.extend({ toBeValidSarifLog });
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeValidSarifLog(): R;
    }
  }
}

const SINGLE = 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nCMD ["/usr/local/bin/app"]\n';
/** The binary cannot start on scratch: GD001 is an error here. */
const BROKEN = 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';
const SECRET = 'FROM golang:1.23 AS build\nARG GITHUB_TOKEN\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';

function results(files: Record<string, string>): FileResult[] {
  return Object.entries(files).map(([path, text]) => {
    const r = lintText(text, { path });
    if (!r.ok) throw new Error(r.error.message);
    return { path, findings: r.findings, text };
  });
}

describe('SARIF', () => {
  const res = results({ 'svc/Dockerfile': SINGLE, 'deploy/secret.Dockerfile': SECRET });
  const log = JSON.parse(formatSarif(res, { color: false, version: '1.2.3', root: '/repo' }));
  const run = log.runs[0];

  it('is a valid SARIF 2.1.0 log', () => {
    expect(log).toBeValidSarifLog();
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('describes the tool and every rule the way code scanning reads them', () => {
    expect(run.automationDetails.id).toBe('golint-docker/');
    expect(run.tool.driver).toMatchObject({ name: 'golint-docker', semanticVersion: '1.2.3', informationUri: expect.stringMatching(/^https:\/\//) });
    expect(run.tool.driver.rules).toHaveLength(RULES.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule).toMatchObject({
        id: expect.stringMatching(/^GD\d{3}$/),
        name: expect.any(String),
        shortDescription: { text: expect.any(String) },
        fullDescription: { text: expect.any(String) },
        help: { text: expect.any(String), markdown: expect.stringContaining('## Why') },
        helpUri: expect.stringMatching(/docs\/rules\/[a-z-]+\.md$/),
        defaultConfiguration: { level: expect.stringMatching(/^(error|warning|note)$/) },
        properties: { tags: expect.any(Array), precision: expect.stringMatching(/^(very-high|high|medium|low)$/) },
      });
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
    }
    const security = run.tool.driver.rules.filter((r: { properties: Record<string, unknown> }) => r.properties['security-severity']);
    expect(security.map((r: { id: string }) => r.id)).toEqual(['GD004', 'GD005', 'GD016', 'GD018']);
    for (const r of security) expect(r.properties.tags).toContain('security');
  });

  it('gives each result its rule, a relative URI, real columns, a fingerprint, and fixes', () => {
    const gd001 = run.results.find((r: { ruleId: string }) => r.ruleId === 'GD001');
    expect(gd001).toMatchObject({
      ruleIndex: 0,
      // The single-stage golang image has the libc the binary needs: a warning, not an error.
      level: 'warning',
      message: { text: expect.stringContaining('cgo') },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'svc/Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 13 } } }],
      partialFingerprints: { primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{32}:1$/) },
    });
    expect(gd001.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 5 },
      insertedContent: { text: 'CGO_ENABLED=0 ' },
    });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('keeps fingerprints stable when unrelated lines move', () => {
    const moved = results({ 'svc/Dockerfile': '# a comment added on top\n\n' + SINGLE });
    const a = JSON.parse(formatSarif(res.slice(0, 1), { color: false })).runs[0].results;
    const b = JSON.parse(formatSarif(moved, { color: false })).runs[0].results;
    expect(b.map((r: { partialFingerprints: unknown }) => r.partialFingerprints)).toEqual(a.map((r: { partialFingerprints: unknown }) => r.partialFingerprints));
    expect(b[0].locations[0].physicalLocation.region.startLine).toBe(a[0].locations[0].physicalLocation.region.startLine + 2);
  });

  it('the validator rejects what is not SARIF (so the checks above can fail)', () => {
    expect({ version: '2.1.0', runs: [{ results: [] }] }).not.toBeValidSarifLog();
    expect({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: 'fatal' }] }] }).not.toBeValidSarifLog();
  });

  it('is one valid document for no findings too', () => {
    const empty = JSON.parse(formatSarif([], { color: false }));
    expect(empty).toBeValidSarifLog();
    expect(empty.runs[0].results).toEqual([]);
  });
});

describe('GitHub workflow commands', () => {
  it('annotates each finding with file, line, columns and title', () => {
    const out = formatGithub(results({ 'svc/Dockerfile': SINGLE }), { color: false });
    expect(out.split('\n')[0]).toBe(
      '::warning file=svc/Dockerfile,line=1,col=6,endLine=1,endColumn=17,title=GD003 final-not-minimal::the final image golang%3A1.23 ships the Go toolchain, a shell and a package manager (800 MB and more); copy the binary into a minimal final stage such as gcr.io/distroless/static-debian12%3Anonroot; not fixed automatically: the build context cannot be seen, so what the image holds besides the binary is not known'.replace(/%3A/g, ':'),
    );
    expect(out).toMatch(/^::warning file=svc\/Dockerfile,line=4,col=5,endLine=4,endColumn=13,title=GD001 cgo-not-disabled::/m);
    expect(out).toMatch(/^::notice /m);
    expect(formatGithub(results({ 'svc/Dockerfile': BROKEN }), { color: false })).toMatch(/^::error file=svc\/Dockerfile,line=2,col=5,endLine=2,endColumn=13,title=GD001 cgo-not-disabled::/m);
  });

  const injections: Array<[string, string, string]> = [
    ['newline starting a new command', 'x\n::error::owned', 'x%0A::error::owned'],
    ['carriage return', 'a\rb', 'a%0Db'],
    ['percent', '100%', '100%25'],
    ['an already escaped sequence', '%0A', '%250A'],
  ];
  it.each(injections)('escapes data: %s', (_n, input, expected) => {
    expect(escapeData(input)).toBe(expected);
  });
  it('escapes properties: colon and comma too', () => {
    expect(escapeProperty('a,b:c\nd%')).toBe('a%2Cb%3Ac%0Ad%25');
  });

  it('no text from a Dockerfile can start a new workflow command', () => {
    const evil: Finding = { code: 'GD016', rule: 'secret-in-arg-env', severity: 'warning', messageId: 'x', message: 'ARG X\n::add-mask::secret\r\n::set-output name=a::b', start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2 };
    const out = formatGithub([{ path: 'we,ird:\nname', findings: [evil] }], { color: false });
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out).toBe('::warning file=we%2Cird%3A%0Aname,line=1,col=1,endLine=1,endColumn=2,title=GD016 secret-in-arg-env::ARG X%0A::add-mask::secret%0D%0A::set-output name=a::b\n');
  });
});

describe('GitLab Code Quality', () => {
  it('lists issues with description, check_name, fingerprint, severity and location', () => {
    const issues = JSON.parse(formatGitlab(results({ 'svc/Dockerfile': SINGLE }), { color: false }));
    expect(issues[0]).toEqual({
      description: expect.stringMatching(/^GD003: the final image golang:1.23/),
      check_name: 'GD003 final-not-minimal',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}-1$/),
      severity: 'major',
      location: { path: 'svc/Dockerfile', lines: { begin: 1, end: 1 } },
    });
    const prints = issues.map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    expect(issues.find((i: { check_name: string }) => i.check_name.startsWith('GD001')).severity).toBe('major');
    const broken = JSON.parse(formatGitlab(results({ 'svc/Dockerfile': BROKEN }), { color: false }));
    expect(broken.find((i: { check_name: string }) => i.check_name.startsWith('GD001')).severity).toBe('critical');
  });
});

describe('text and JSON', () => {
  it('text groups by file, aligns columns and sums up', () => {
    const out = formatText(results({ 'a/Dockerfile': SECRET }), { color: false });
    expect(out).toBe(
      'a/Dockerfile\n  2:5  warning  GD016  ARG GITHUB_TOKEN looks like a credential: its value is kept in the image history (docker history); pass it with RUN --mount=type=secret,id=github-token instead\n\n✖ 1 problem (1 warning)\n',
    );
  });
  it('colour only when asked', () => {
    expect(formatText(results({ 'a/Dockerfile': SECRET }), { color: true })).toContain('\x1b[');
    expect(formatText(results({ 'a/Dockerfile': SECRET }), { color: false })).not.toContain('\x1b[');
  });
  it('JSON is one array of findings', () => {
    const rows = JSON.parse(formatJson(results({ 'a/Dockerfile': SECRET }), { color: false }));
    expect(rows).toEqual([{ file: 'a/Dockerfile', line: 2, column: 5, endLine: 2, endColumn: 17, code: 'GD016', rule: 'secret-in-arg-env', severity: 'warning', message: expect.any(String), fixable: false, fix: null }]);
  });
});
