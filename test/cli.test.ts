import { RULES } from '../src/rules';
import { toBeValidSarifLog } from '@microsoft/jest-sarif';
import { pathToFileURL } from 'url';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir, tmpdir } from './support/tmp';

expect.extend({ toBeValidSarifLog });

/** The built CLI, run as a user runs it. `npm test` builds it first. */
const CLI = path.resolve(__dirname, '../dist/cli.js');

function run(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CLEAN = 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';
const CGO_TRAP = CLEAN.replace('CGO_ENABLED=0 ', '');

describe('golint-docker CLI', () => {
  it('exits 0 and says so when nothing is found', () => {
    const dir = tmpdir({ Dockerfile: CLEAN });
    const r = run(['Dockerfile'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('✔ No problems found in 1 Dockerfile.\n');
    expect(r.code).toBe(0);
  });

  it('reports findings grouped by file and exits 1', () => {
    const dir = tmpdir({ 'svc/Dockerfile': CGO_TRAP });
    const r = run(['.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('svc/Dockerfile');
    expect(r.stdout).toContain('6:5  error    GD001  `go build` runs with cgo on (the default) but the final image gcr.io/distroless/static-debian12:nonroot has no libc');
    expect(r.stdout).toContain('✖ 1 problem (1 error)');
    expect(r.stdout).toContain('1 fixable with --fix');
  });

  it('prints one JSON array with 1-based ranges', () => {
    const dir = tmpdir({ Dockerfile: CGO_TRAP });
    const r = run(['--format', 'json', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ file: 'Dockerfile', line: 6, column: 5, endLine: 6, endColumn: 13, code: 'GD001', rule: 'cgo-not-disabled', severity: 'error', fixable: true }),
    ]);
  });

  it('reads standard input with -', () => {
    const r = run(['-', '--format', 'json'], { input: CGO_TRAP });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: '-', code: 'GD001' });
  });

  it('--stdin-filename: standard input is linted as that file (its path, its config file, its go.mod)', () => {
    const dir = tmpdir({ 'svc/go.mod': 'module example.com/svc\n\ngo 1.24\n', 'svc/go.sum': '', 'svc/.golint-docker.yaml': 'ignore: [GD001]\n' });
    const r = run(['-', '--stdin-filename', 'svc/Dockerfile', '-f', 'json'], { cwd: dir, input: CGO_TRAP });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).map((f: { file: string; code: string }) => `${f.file} ${f.code}`)).toEqual(['svc/Dockerfile GD014']);
    const plain = run(['-', '-f', 'json'], { cwd: dir, input: CGO_TRAP });
    expect(JSON.parse(plain.stdout).map((f: { file: string; code: string }) => `${f.file} ${f.code}`)).toEqual(['- GD001']);
  });

  it('finds every Dockerfile naming variant and skips node_modules', () => {
    const dir = tmpdir({
      'Dockerfile': CLEAN,
      'Containerfile': CLEAN,
      'build/Dockerfile.prod': CLEAN,
      'build/Dockerfile-dev': CLEAN,
      'build/api.Dockerfile': CLEAN,
      'build/worker.dockerfile': CLEAN,
      'build/README.md': '# not a Dockerfile',
      // Named like Dockerfiles, but not: BuildKit's per-Dockerfile ignore file, documents, leftovers.
      'build/Dockerfile.prod.dockerignore': 'vendor/\n',
      'build/api.Dockerfile.dockerignore': '*.md\n',
      'Dockerfile.md': '# How we build images\n',
      'docs/dockerfile-guide.md': '# A guide\n',
      'Dockerfile.orig': 'not linted',
      'Containerfile.txt': 'not linted',
      'node_modules/x/Dockerfile': 'not linted',
    });
    const r = run(['--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = run(['.'], { cwd: dir });
    expect(text.stdout).toBe('✔ No problems found in 6 Dockerfiles.\n');
  });

  it('skips what .gitignore excludes when searching folders, unless --no-gitignore; named files are always linted', () => {
    const dir = tmpdir({ '.gitignore': 'dist/\n', 'Dockerfile': CLEAN, 'dist/Dockerfile': CGO_TRAP });
    expect(run(['.'], { cwd: dir })).toEqual({ code: 0, stdout: '✔ No problems found in 1 Dockerfile.\n', stderr: '' });
    const all = run(['--no-gitignore', '.'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('dist/Dockerfile\n  6:5  error    GD001');
    expect(run(['dist/Dockerfile'], { cwd: dir }).code).toBe(1);
    const only = run(['-f', 'json', 'dist'], { cwd: dir });
    expect(JSON.parse(only.stdout)).toEqual([expect.objectContaining({ file: 'dist/Dockerfile', code: 'GD001' })]);
  });

  it('--ignore and --failure-threshold change what fails', () => {
    const dir = tmpdir({ Dockerfile: CLEAN.replace(':nonroot', '') });
    expect(run(['Dockerfile'], { cwd: dir }).code).toBe(1);
    expect(run(['--ignore', 'GD004,unpinned-image', 'Dockerfile'], { cwd: dir }).code).toBe(0);
    expect(run(['--failure-threshold', 'error', 'Dockerfile'], { cwd: dir }).code).toBe(0);
    expect(run(['-t', 'none', 'Dockerfile'], { cwd: dir }).code).toBe(0);
  });

  it('a list flag takes one value each time: the path after it is a path', () => {
    const dir = tmpdir({ 'a.Dockerfile': CLEAN.replace(':nonroot', ''), 'b.Dockerfile': CGO_TRAP });
    const r = run(['--ignore', 'GD004', 'a.Dockerfile', '--ignore', 'GD013', '-f', 'json'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    const t = run(['--trusted-registry', 'docker.io', 'b.Dockerfile', '--trusted-registry', 'gcr.io', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(t.stdout).map((f: { file: string; code: string }) => `${f.file} ${f.code}`)).toEqual(['b.Dockerfile GD001']);
  });

  it('inline suppressions silence a finding', () => {
    const dir = tmpdir({ Dockerfile: CGO_TRAP.replace('RUN go build', '# golint-docker ignore=GD001 # linked on purpose\nRUN go build') });
    const r = run(['Dockerfile'], { cwd: dir });
    expect(r.stdout).toBe('✔ No problems found in 1 Dockerfile.\n');
    expect(r.code).toBe(0);
  });

  it('reads go.mod from the build context', () => {
    const dir = tmpdir({ 'go.mod': 'module m\n\ngo 1.24\n', 'deploy/Dockerfile': CLEAN });
    const r = run(['--format', 'json', 'deploy/Dockerfile'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { code: string }) => f.code)).toEqual(['GD014']);
    const other = tmpdir({ 'go.mod': 'module m\n\ngo 1.23\n' });
    const withContext = run(['--format', 'json', '--context', other, 'deploy/Dockerfile'], { cwd: dir });
    expect(JSON.parse(withContext.stdout)).toEqual([]);
  });

  it('writes the report to a file with -o', () => {
    const dir = tmpdir({ Dockerfile: CGO_TRAP });
    const r = run(['-o', 'report.json', '-f', 'json', 'Dockerfile'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'))[0].code).toBe('GD001');
  });

  describe('bad input: one line naming the file, exit 2, other files still linted', () => {
    const cases: Array<[string, string | Buffer, string]> = [
      ['empty file', '', 'Dockerfile.empty:1: empty file: no instructions'],
      ['only comments', '# nothing\n', 'Dockerfile.empty:1: no instructions: only comments'],
      ['binary file', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]), 'Dockerfile.empty:1: binary file (NUL byte); not a Dockerfile'],
      ['invalid UTF-8', Buffer.from('FROM golang\nRUN echo \xff\n', 'latin1'), 'Dockerfile.empty:2: invalid UTF-8; save the file as UTF-8'],
      ['no FROM', 'RUN echo hi\n', 'Dockerfile.empty:1: no FROM instruction: nothing to build'],
      ['unknown instruction', 'FROM scratch\nFOO bar\n', 'Dockerfile.empty:2: unknown instruction "FOO"'],
      ['unterminated heredoc', 'FROM golang:1.23\nRUN <<EOF\necho hi\n', 'Dockerfile.empty:2: heredoc <<EOF is never closed'],
      ['5 MB file', 'FROM scratch\n' + '#'.repeat(5 * 1024 * 1024), 'Dockerfile.empty: file is 5.0 MB, over the 2 MB limit for a Dockerfile'],
    ];
    it.each(cases)('%s', (_name, content, message) => {
      const dir = tmpdir({ 'Dockerfile.empty': content, Dockerfile: CGO_TRAP });
      const r = run(['.'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(message + '\n');
      expect(r.stdout).toContain('GD001');
    });

    it('a missing path', () => {
      const r = run(['no/such/Dockerfile']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('no/such/Dockerfile: no such file or folder\n');
    });

    it('a folder without Dockerfiles passes, with a one-line note (the check can be on for every repository)', () => {
      const dir = tmpdir({ 'main.go': 'package main\n' });
      const r = run(['.'], { cwd: dir });
      expect(r).toEqual({ code: 0, stdout: '', stderr: '.: no Dockerfiles found in this folder\n' });
      const sarif = JSON.parse(run(['.', '-f', 'sarif'], { cwd: dir }).stdout);
      expect(sarif.runs[0].results).toEqual([]);
      expect(sarif.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    });

    it('an unknown option', () => {
      const r = run(['--formt', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^golint-docker: Unknown argument/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('lints CRLF files the same as LF files', () => {
    const dir = tmpdir({ 'Dockerfile.lf': CGO_TRAP, 'Dockerfile.crlf': CGO_TRAP.replace(/\n/g, '\r\n') });
    const r = run(['--format', 'json', '.'], { cwd: dir });
    const rows = JSON.parse(r.stdout) as Array<{ file: string }>;
    const strip = (x: object) => ({ ...x, file: undefined });
    expect(rows).toHaveLength(2);
    expect(strip(rows[0])).toEqual(strip(rows[1]));
  });

  it('--version, --help, rules and explain answer', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run(['--help']).stdout;
    expect(help).toContain('--format');
    expect(help).toContain('Exit codes: 0');
    const rules = run(['rules']).stdout.split('\n');
    expect(rules[0]).toMatch(/^code\s+name\s+severity\s+fix/);
    expect(rules.filter((l) => l.startsWith('GD0'))).toHaveLength(RULES.length);
    const explain = run(['explain', 'GD003']);
    expect(explain.stdout.split('\n')[0]).toBe('# final-not-minimal (GD003)');
    expect(run(['explain', 'cgo-not-disabled']).stdout).toContain('## Why');
    expect(run(['explain', 'GD999']).code).toBe(2);
  });

  describe('fixing', () => {
    it('--fix rewrites in place atomically, keeps the mode, and reports what is left', () => {
      const dir = tmpdir({ Dockerfile: CGO_TRAP.replace('COPY go.mod go.sum ./\nRUN go mod download\n', '') });
      const file = path.join(dir, 'Dockerfile');
      fs.chmodSync(file, 0o640);
      const r = run(['--fix', 'Dockerfile'], { cwd: dir });
      const fixed = fs.readFileSync(file, 'utf8');
      expect(fixed).toContain('RUN CGO_ENABLED=0 go build');
      expect(fs.statSync(file).mode & 0o777).toBe(0o640);
      expect(fs.readdirSync(dir)).toEqual(['Dockerfile']);
      expect(r.stdout).toContain('Fixed 1 problem.');
      expect(r.stdout).toContain('GD011');
      expect(r.code).toBe(1);
    });

    it('--fix leaves unchanged files untouched (same mtime)', () => {
      const dir = tmpdir({ Dockerfile: CLEAN });
      const file = path.join(dir, 'Dockerfile');
      const past = new Date('2020-01-01T00:00:00Z');
      fs.utimesSync(file, past, past);
      const r = run(['--fix', 'Dockerfile'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(fs.statSync(file).mtime.toISOString()).toBe(past.toISOString());
    });

    it('--diff prints a unified diff, writes nothing, exits 1', () => {
      const dir = tmpdir({ Dockerfile: CGO_TRAP });
      const r = run(['--diff', 'Dockerfile'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('--- a/Dockerfile\n+++ b/Dockerfile\n@@ -3,7 +3,7 @@\n COPY go.mod go.sum ./\n RUN go mod download\n COPY . .\n-RUN go build -trimpath -ldflags="-s -w" -o /out/app .\n+RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n \n FROM gcr.io/distroless/static-debian12:nonroot\n COPY --from=build /out/app /app\n');
      expect(r.stderr).toBe('1 file would be changed by --fix.\n');
      expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(CGO_TRAP);
      expect(run(['--diff', 'Dockerfile'], { cwd: tmpdir({ Dockerfile: CLEAN }) }).code).toBe(0);
    });

    it('unsafe fixes only with --unsafe-fixes', () => {
      const single = 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\nCMD ["/out/app"]\n';
      const dir = tmpdir({ Dockerfile: single, 'go.mod': 'module example.com/app\n\ngo 1.23\n', 'go.sum': '', 'main.go': 'package main\n' });
      expect(run(['--diff', 'Dockerfile'], { cwd: dir }).stdout).toBe('');
      const r = run(['--diff', '--unsafe-fixes', 'Dockerfile'], { cwd: dir });
      expect(r.stdout).toContain('+FROM gcr.io/distroless/static-debian12:nonroot');
      expect(r.stdout).toContain('+COPY --from=build /out/app /out/app');
    });

    it('--fix - prints the fixed text on stdout and the report on stderr', () => {
      const r = run(['--fix', '-'], { input: CGO_TRAP });
      expect(r.stdout).toBe(CGO_TRAP.replace('RUN go build', 'RUN CGO_ENABLED=0 go build'));
      expect(r.stderr).toContain('Fixed 1 problem.');
    });

    it('keeps CRLF and a BOM', () => {
      const text = '\uFEFF' + CGO_TRAP.replace(/\n/g, '\r\n');
      const dir = tmpdir({ Dockerfile: text });
      run(['--fix', 'Dockerfile'], { cwd: dir });
      expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(text.replace('RUN go build', 'RUN CGO_ENABLED=0 go build'));
    });

    it('never writes a file it could not lint', () => {
      const broken = 'FROM golang:1.23\nRUN <<EOF\ngo build .\n';
      const dir = tmpdir({ Dockerfile: broken });
      const r = run(['--fix', 'Dockerfile'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(broken);
    });
  });

  describe('configuration file', () => {
    it('is found from the Dockerfile upwards and applied', () => {
      const dir = tmpdir({ '.golint-docker.yaml': 'ignore: [GD013]\nseverity:\n  final-runs-as-root: info\nfailureThreshold: warning\n', 'svc/Dockerfile': CLEAN.replace(':nonroot', '') });
      const r = run(['--format', 'json', 'svc/Dockerfile'], { cwd: dir });
      expect(JSON.parse(r.stdout).map((f: { code: string; severity: string }) => `${f.code} ${f.severity}`)).toEqual(['GD004 info']);
      expect(r.code).toBe(0);
    });

    it('mirrors: images pulled through a company mirror are known, and fixes write through it', () => {
      const config = 'mirrors:\n  registry.corp.example/gcr: gcr.io\n  corp.jfrog.io/docker-remote: docker.io\n';
      const dockerfile = CGO_TRAP.replace('FROM golang:1.23', 'FROM corp.jfrog.io/docker-remote/library/golang:1.23').replace(
        'gcr.io/distroless/static-debian12:nonroot',
        'corp.jfrog.io/docker-remote/golang:1.23',
      );
      const dir = tmpdir({ '.golint-docker.yaml': config, Dockerfile: dockerfile });
      const codes = (r: { stdout: string }) => JSON.parse(r.stdout).map((f: { code: string }) => f.code);
      // Without the config, the mirrored golang final stage is an unknown image: GD003 and GD004 cannot tell.
      fs.writeFileSync(path.join(dir, 'none.yaml'), '{}\n');
      expect(codes(run(['-f', 'json', '-c', path.join(dir, 'none.yaml'), 'Dockerfile'], { cwd: dir }))).toEqual(['GD001']);
      expect(codes(run(['-f', 'json', 'Dockerfile'], { cwd: dir }))).toEqual(['GD001', 'GD003', 'GD004']);
      const fixed = run(['--fix', '--unsafe-fixes', '-'], { cwd: dir, input: dockerfile });
      expect(fixed.stdout).toContain('\nFROM registry.corp.example/gcr/distroless/static-debian12:nonroot\n');
      expect(fixed.stdout).toContain('FROM corp.jfrog.io/docker-remote/library/golang:1.23 AS build\n');
    });

    it('trustedRegistries (one string or a list) turns on GD018; --trusted-registry replaces it', () => {
      const dir = tmpdir({ '.golint-docker.yaml': 'trustedRegistries: gcr.io\n', Dockerfile: CLEAN });
      const rows = (r: { stdout: string }) => JSON.parse(r.stdout).map((f: { code: string; line: number }) => `${f.code}@${f.line}`);
      expect(rows(run(['-f', 'json', 'Dockerfile'], { cwd: dir }))).toEqual(['GD018@1']);
      expect(rows(run(['-f', 'json', '--trusted-registry', 'docker.io,gcr.io', 'Dockerfile'], { cwd: dir }))).toEqual([]);
      expect(rows(run(['-f', 'json', '--trusted-registry', 'docker.io', 'Dockerfile'], { cwd: dir }))).toEqual(['GD018@8']);
      const bad = run(['--trusted-registry', 'https://gcr.io', 'Dockerfile'], { cwd: dir });
      expect(bad).toEqual({ code: 2, stdout: '', stderr: 'golint-docker: --trusted-registry: "https://gcr.io" is not a registry; write host[/path] with no scheme, tag or digest, e.g. registry.corp.example/gcr, or a host pattern such as *.gcr.io\n' });
    });

    it('flags override it', () => {
      const dir = tmpdir({ '.golint-docker.json': '{"failureThreshold": "none"}', Dockerfile: CGO_TRAP });
      expect(run(['Dockerfile'], { cwd: dir }).code).toBe(0);
      expect(run(['-t', 'error', 'Dockerfile'], { cwd: dir }).code).toBe(1);
    });

    const bad: Array<[string, string, string]> = [
      ['unknown key, a near miss', 'ignor: [GD013]\n', '.golint-docker.yaml:1: unknown key "ignor"; did you mean "ignore"? allowed: ignore, severity, failureThreshold, mirrors, finalImage, trustedRegistries'],
      ['unknown key, a misspelling', 'failureTreshold: error\n', '.golint-docker.yaml:1: unknown key "failureTreshold"; did you mean "failureThreshold"? allowed: ignore, severity, failureThreshold, mirrors, finalImage, trustedRegistries'],
      ['unknown key, nothing near', 'colour: true\n', '.golint-docker.yaml:1: unknown key "colour"; allowed: ignore, severity, failureThreshold, mirrors, finalImage, trustedRegistries'],
      ['unknown severity word', 'severity:\n  GD013: fatal\n', '.golint-docker.yaml:2: severity.GD013: "fatal" is not one of error, warning, info, off'],
      ['a final image that is not an image', 'finalImage:\n  static: "Not An Image"\n', '.golint-docker.yaml:2: finalImage.static: "Not An Image" is not an image reference such as gcr.io/distroless/static-debian12:nonroot'],
      ['a key with a newline is quoted, not printed raw', '"ig\\nnore": []\n', '.golint-docker.yaml:1: unknown key "ig\\nnore"; did you mean "ignore"? allowed: ignore, severity, failureThreshold, mirrors, finalImage, trustedRegistries'],
      ['a mirror that is a URL', 'mirrors:\n  "https://registry.corp.example": docker.io\n', '.golint-docker.yaml:2: mirrors: "https://registry.corp.example" is not a registry; write host[/path] with no scheme, tag or digest, e.g. registry.corp.example/gcr'],
      ['an upstream with a tag', 'mirrors:\n  registry.corp.example/gcr: gcr.io/distroless:nonroot\n', '.golint-docker.yaml:2: mirrors.registry.corp.example/gcr: "gcr.io/distroless:nonroot" is not a registry; write host[/path] with no scheme, tag or digest, e.g. registry.corp.example/gcr'],
      ['a trusted registry that is a URL', 'trustedRegistries: [gcr.io, "https://quay.io"]\n', '.golint-docker.yaml:1: trustedRegistries.1: "https://quay.io" is not a registry; write host[/path] with no scheme, tag or digest, e.g. registry.corp.example/gcr, or a host pattern such as *.gcr.io'],
      ['trustedRegistries of the wrong type', 'trustedRegistries: 5\n', '.golint-docker.yaml:1: trustedRegistries: expected a registry or a list of registries, got 5'],
      ['bad value', 'ignore: []\nfailureThreshold: warn\n', '.golint-docker.yaml:2: failureThreshold: "warn" is not one of error, warning, info, none'],
      ['unknown rule', 'ignore:\n  - GD013\n  - GD099\n', '.golint-docker.yaml:3: ignore.1: unknown rule "GD099"; use a code (GD001-GD020) or a rule name'],
      ['unknown rule in severity', 'severity:\n  cgo-is-bad: error\n', '.golint-docker.yaml:2: severity: unknown rule "cgo-is-bad"; use a code (GD001-GD020) or a rule name'],
      ['nested unknown key', 'finalImage:\n  static: scratch\n  dynamic: x\n', '.golint-docker.yaml:3: unknown key "finalImage.dynamic"; allowed: static, cgo'],
      ['broken YAML', 'ignore: [GD013\n', '.golint-docker.yaml:2: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ];
    it.each(bad)('a bad one is one clear error, exit 2: %s', (_name, content, message) => {
      const dir = tmpdir({ '.golint-docker.yaml': content, Dockerfile: CLEAN });
      const r = run(['Dockerfile'], { cwd: dir });
      expect(r.stderr.split('\n').filter(Boolean)).toEqual([message]);
      expect(r.code).toBe(2);
    });
  });

  it('--format sarif, github and gitlab run from the CLI', () => {
    const dir = tmpdir({ Dockerfile: CGO_TRAP });
    const sarif = JSON.parse(run(['-f', 'sarif', 'Dockerfile'], { cwd: dir }).stdout);
    expect(sarif.runs[0].results[0].ruleId).toBe('GD001');
    expect(sarif.runs[0].tool.driver.semanticVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run(['-f', 'github', 'Dockerfile'], { cwd: dir }).stdout).toMatch(/^::error file=Dockerfile,line=6,col=5,/);
    expect(JSON.parse(run(['-f', 'gitlab', 'Dockerfile'], { cwd: dir }).stdout)[0].check_name).toBe('GD001 cgo-not-disabled');
  });

  describe('SARIF for code scanning', () => {
    const sarifOf = (args: string[], cwd: string) => JSON.parse(run(['-f', 'sarif', ...args], { cwd }).stdout);
    const uris = (log: { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }> }> }) =>
      log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation);

    it('locates files from the repository root, whichever folder it runs from', () => {
      const repo = tmpdir({ '.git/HEAD': '', 'svc/api/Dockerfile': CGO_TRAP });
      const fromRoot = sarifOf(['svc/api/Dockerfile'], repo);
      const fromSub = sarifOf(['Dockerfile'], path.join(repo, 'svc/api'));
      expect(uris(fromRoot)).toEqual([{ uri: 'svc/api/Dockerfile', uriBaseId: '%SRCROOT%' }]);
      expect(uris(fromSub)).toEqual(uris(fromRoot));
      expect(fromSub.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(fs.realpathSync(repo)).href}/`);
    });

    it('percent-encodes # and ? in paths', () => {
      const repo = tmpdir({ '.git/HEAD': '', 'a#b?c/Dockerfile': CGO_TRAP });
      expect(uris(sarifOf(['a#b?c/Dockerfile'], repo))).toEqual([{ uri: 'a%23b%3Fc/Dockerfile', uriBaseId: '%SRCROOT%' }]);
    });

    it('names its category: automationDetails.id follows --sarif-category', () => {
      const dir = tmpdir({ Dockerfile: CGO_TRAP });
      expect(sarifOf(['Dockerfile'], dir).runs[0].automationDetails).toEqual({ id: 'golint-docker/' });
      expect(sarifOf(['--sarif-category', 'docker/api', 'Dockerfile'], dir).runs[0].automationDetails).toEqual({ id: 'docker/api/' });
    });

    it('a run that could not lint a file is not a successful run: executionSuccessful false, with the reason', () => {
      const dir = tmpdir({ Dockerfile: CGO_TRAP, 'bad/Dockerfile': 'FROM golang:1.23\nFROBNICATE x\n' });
      const r = run(['-f', 'sarif', '.'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toBeValidSarifLog();
      const inv = JSON.parse(r.stdout).runs[0].invocations[0];
      expect(inv.executionSuccessful).toBe(false);
      expect(inv.toolExecutionNotifications).toEqual([
        expect.objectContaining({ level: 'error', message: { text: expect.stringMatching(/FROBNICATE/) }, locations: [{ physicalLocation: { artifactLocation: { uri: 'bad/Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 2 } } }] }),
      ]);
    });

    it('a broken configuration is not an empty, successful run that would close every alert', () => {
      const dir = tmpdir({ Dockerfile: CGO_TRAP, '.golint-docker.yaml': 'failureTreshold: error\n' });
      const r = run(['-f', 'sarif', 'Dockerfile'], { cwd: dir });
      expect(r.code).toBe(2);
      const log = JSON.parse(r.stdout);
      expect(log).toBeValidSarifLog();
      expect(log.runs[0].results).toEqual([]);
      expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
      expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^not linted: \.golint-docker\.yaml:1: unknown key "failureTreshold"; did you mean "failureThreshold"\?/);
    });
  });

  it('--format compact: one line per finding for editors\' problem matchers, control characters shown', () => {
    const dir = tmpdir({ Dockerfile: CGO_TRAP.replace('FROM gcr.io/distroless/static-debian12:nonroot', 'FROM gcr.io/distroless/static-debian12:nonroot\nUSER "a\u001b[31mb"') });
    const r = run(['-f', 'compact', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Dockerfile:6:5: error GD001 /);
    expect(r.stdout).not.toContain('\u001b');
    for (const line of lines) expect(line).toMatch(/^Dockerfile:\d+:\d+: (error|warning|info) GD\d{3} /);
  });

  it('rules --format json lists every rule for tools', () => {
    const r = run(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout);
    expect(rules.map((x: { code: string }) => x.code)).toEqual(RULES.map((x) => x.meta.code));
    expect(rules.find((x: { code: string }) => x.code === 'GD018')).toMatchObject({ name: 'untrusted-registry', severity: 'error', fixable: ['safe'], options: ['trustedRegistries'] });
  });
});

describe('output through a pipe', () => {
  // Enough findings for a report far larger than a pipe's buffer (64 KiB on Linux).
  const SINGLE = 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD /app\n';
  const files: Record<string, string> = {};
  for (let i = 0; i < 150; i++) files[`svc-${i}/Dockerfile`] = SINGLE;
  const shell = (script: string, cwd: string) =>
    spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CLI } });

  it('a slow reader gets the whole report, and nothing is lost or reordered', () => {
    const dir = tmpdir(files);
    const direct = run(['--format', 'json', '.'], { cwd: dir });
    expect(direct.stdout.length).toBeGreaterThan(256 * 1024);
    const slow = shell('"$(command -v node)" "$CLI" --format json . | (sleep 0.5; cat)', dir);
    expect(slow.stderr).toBe('');
    expect(slow.stdout).toBe(direct.stdout);
  });

  it('a reader that goes away (| head) cuts the report: exit 2 and one line, not a success over half a report', () => {
    const dir = tmpdir(files);
    const r = shell('"$(command -v node)" "$CLI" . | head -c 100 >/dev/null; echo "exit ${PIPESTATUS[0]}"', dir);
    expect(r.stderr).toBe('golint-docker: cannot write to standard output: broken pipe (the reader went away)\n');
    expect(r.stdout).toBe('exit 2\n');
  });
});

describe('the V8 code cache (dist/cli.js)', () => {
  const dist = path.dirname(CLI);
  const version = JSON.parse(fs.readFileSync(path.join(dist, '..', 'package.json'), 'utf8')).version;
  const NAME = new RegExp(`^cli-main-${version.replace(/\./g, '\\.')}-node${process.versions.node.replace(/\./g, '\\.')}-${process.arch}-[0-9a-f]{16}\\.v8cache$`);
  const lint = (env: Record<string, string>) => {
    const dir = tmpdir({ Dockerfile: CGO_TRAP });
    return run(['Dockerfile'], { cwd: dir, env });
  };

  it('is made by the first run in $XDG_CACHE_HOME/golint-docker (0700, a 0600 file named by version, Node.js, arch and bundle), and used after', () => {
    const xdg = tempDir('golint-docker-xdg-');
    expect(lint({ XDG_CACHE_HOME: xdg }).code).toBe(1);
    const folder = path.join(xdg, 'golint-docker');
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    const files = fs.readdirSync(folder);
    expect(files).toEqual([expect.stringMatching(NAME)]);
    const file = path.join(folder, files[0]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const made = fs.statSync(file).mtimeMs;
    const again = lint({ XDG_CACHE_HOME: xdg });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('GD001');
    expect(fs.statSync(file).mtimeMs).toBe(made); // accepted, not written again
    expect(fs.existsSync(path.join(dist, '.cache'))).toBe(false);
  });

  it('without XDG_CACHE_HOME (or with a relative one), in ~/.cache/golint-docker', () => {
    const home = tempDir('golint-docker-home-');
    expect(lint({ HOME: home, XDG_CACHE_HOME: '' }).code).toBe(1);
    expect(lint({ HOME: home, XDG_CACHE_HOME: 'relative/cache' }).code).toBe(1);
    expect(fs.readdirSync(path.join(home, '.cache', 'golint-docker'))).toEqual([expect.stringMatching(NAME)]);
  });

  it('is not made with GOLINT_DOCKER_NO_CACHE=1', () => {
    const xdg = tempDir('golint-docker-xdg-');
    expect(lint({ XDG_CACHE_HOME: xdg, GOLINT_DOCKER_NO_CACHE: '1' }).code).toBe(1);
    expect(fs.readdirSync(xdg)).toEqual([]);
  });

  it('is not kept in, or read from, a folder that is a symbolic link or open to other users', () => {
    const xdg = tempDir('golint-docker-xdg-');
    const elsewhere = tempDir('golint-docker-elsewhere-');
    fs.symlinkSync(elsewhere, path.join(xdg, 'golint-docker'));
    expect(lint({ XDG_CACHE_HOME: xdg }).stdout).toContain('GD001');
    expect(fs.readdirSync(elsewhere)).toEqual([]);

    // A folder of ours left open (a umask of 002): closed before use; a planted file that others
    // could write is not read, and is replaced by one of our own.
    const open = tempDir('golint-docker-xdg-');
    fs.mkdirSync(path.join(open, 'golint-docker'), { mode: 0o777 });
    fs.chmodSync(path.join(open, 'golint-docker'), 0o777);
    expect(lint({ XDG_CACHE_HOME: open }).code).toBe(1);
    const [name] = fs.readdirSync(path.join(open, 'golint-docker'));
    expect(fs.statSync(path.join(open, 'golint-docker')).mode & 0o777).toBe(0o700);
    const planted = path.join(open, 'golint-docker', name);
    fs.writeFileSync(planted, 'not a cache');
    fs.chmodSync(planted, 0o666);
    expect(lint({ XDG_CACHE_HOME: open }).stdout).toContain('GD001');
    expect(fs.statSync(planted).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(planted, 'utf8')).not.toBe('not a cache');
  });

  // Another user's folder (made here by root, as another user would): neither read nor written.
  (typeof process.getuid === 'function' && process.getuid() === 0 ? it : it.skip)('is not kept in a folder that belongs to another user (run as root)', () => {
    const xdg = tempDir('golint-docker-xdg-');
    const theirs = path.join(xdg, 'golint-docker');
    fs.mkdirSync(theirs, { mode: 0o755 });
    fs.chownSync(theirs, 65534, 65534);
    expect(lint({ XDG_CACHE_HOME: xdg }).stdout).toContain('GD001');
    expect(fs.readdirSync(theirs)).toEqual([]);
  });
});

describe('findings and fixes in the files a build runs', () => {
  const DOCKERFILE = 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN make build\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /src/bin/app /app\nENTRYPOINT ["/app"]\n';
  const MAKEFILE = 'build:\n\tgo build -trimpath -ldflags "-s -w" -o bin/app .\n';
  const repo = () => tmpdir({ '.git/HEAD': 'ref: refs/heads/main\n', 'go.mod': 'module example.com/app\n\ngo 1.23\n', Makefile: MAKEFILE, 'deploy/Dockerfile': DOCKERFILE, 'deploy/Dockerfile.debug': DOCKERFILE });

  it('reports a finding in the Makefile under the Makefile, once for the two Dockerfiles that run it', () => {
    const dir = repo();
    const r = run(['deploy', '--context', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Makefile (for deploy/Dockerfile)\n  2:2  error    GD001  `go build` runs with cgo on');
    expect(r.stdout).not.toContain('for deploy/Dockerfile.debug');
    const json = JSON.parse(run(['deploy', '--context', '.', '-f', 'json'], { cwd: dir }).stdout);
    expect(json.map((f: { file: string; line: number; code: string }) => `${f.file}:${f.line} ${f.code}`)).toEqual(['Makefile:2 GD001']);
    const github = run(['deploy', '--context', '.', '-f', 'github'], { cwd: dir }).stdout;
    expect(github).toMatch(/^::error file=Makefile,line=2,col=2,/);
  });

  it('SARIF names the Makefile, with its fingerprint and a fix that edits it', () => {
    const dir = repo();
    const sarif = JSON.parse(run(['deploy/Dockerfile', '--context', '.', '-f', 'sarif'], { cwd: dir }).stdout);
    const [result] = sarif.runs[0].results;
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'Makefile', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 2, endLine: 2, endColumn: 10 } });
    expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/);
    expect(result.fixes[0].artifactChanges).toEqual([
      { artifactLocation: { uri: 'Makefile', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 2, startColumn: 2, endLine: 2, endColumn: 2 }, insertedContent: { text: 'CGO_ENABLED=0 ' } }] },
    ]);
  });

  it('--diff shows the Makefile change once and changes nothing; --fix writes it (unsafe: the Makefile makes other binaries too)', () => {
    const dir = repo();
    expect(run(['deploy', '--context', '.', '--diff'], { cwd: dir }).stderr).toBe('No fixes to apply.\n');
    const diff = run(['deploy', '--context', '.', '--diff', '--unsafe-fixes'], { cwd: dir });
    expect(diff.code).toBe(1);
    expect(diff.stdout.match(/^\+\tCGO_ENABLED=0 go build/gm)).toHaveLength(1);
    expect(diff.stdout).toContain('--- a/Makefile\n+++ b/Makefile\n');
    expect(diff.stderr).toBe('1 file would be changed by --fix --unsafe-fixes.\n');
    expect(fs.readFileSync(path.join(dir, 'Makefile'), 'utf8')).toBe(MAKEFILE);
    const fixed = run(['deploy', '--context', '.', '--fix', '--unsafe-fixes'], { cwd: dir });
    expect(fixed.stderr).toBe('');
    expect(fs.readFileSync(path.join(dir, 'Makefile'), 'utf8')).toBe('build:\n\tCGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o bin/app .\n');
    expect(fs.readFileSync(path.join(dir, 'deploy/Dockerfile'), 'utf8')).toBe(DOCKERFILE);
    expect(run(['deploy', '--context', '.'], { cwd: dir }).code).toBe(0);
  });

  it('--fix - prints the Dockerfile and writes no other file', () => {
    const dir = repo();
    const r = run(['-', '--stdin-filename', 'deploy/Dockerfile', '--context', '.', '--fix', '--unsafe-fixes'], { cwd: dir, input: DOCKERFILE });
    expect(r.stdout).toBe(DOCKERFILE);
    expect(fs.readFileSync(path.join(dir, 'Makefile'), 'utf8')).toBe(MAKEFILE);
  });
});

describe('GoReleaser files', () => {
  /** A preload that says on standard error when the YAML reader is loaded. */
  const watch = () => {
    const dir = tmpdir({ 'watch.cjs': "const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (String(request).includes('yaml-tree')) process.stderr.write('yaml-tree loaded\\n'); return load.call(this, request, ...rest); };\n" });
    return path.join(dir, 'watch.cjs');
  };

  it('a plain run does not load the YAML reader; a repository with a GoReleaser file does, and its finding points there', () => {
    const preload = watch();
    const dockerfile = 'FROM scratch\nCOPY app /usr/bin/app\nENTRYPOINT ["/usr/bin/app"]\n';
    const plain = tmpdir({ '.git/HEAD': '', 'go.mod': 'module x\n\ngo 1.23\n', Dockerfile: dockerfile });
    const r = run(['Dockerfile', '-f', 'json'], { cwd: plain, env: { NODE_OPTIONS: `--require ${preload}` } });
    expect(r.stderr).toBe('');
    const release = tmpdir({ '.git/HEAD': '', Dockerfile: dockerfile, '.goreleaser.yml': 'builds:\n  - binary: app\ndockers:\n  - image_templates: [x]\n' });
    const g = run(['Dockerfile', '-f', 'json'], { cwd: release, env: { NODE_OPTIONS: `--require ${preload}` } });
    expect(g.stderr).toBe('yaml-tree loaded\n');
    expect(JSON.parse(g.stdout).map((f: { file: string; line: number; code: string }) => `${f.file}:${f.line} ${f.code}`)).toEqual([
      'Dockerfile:1 GD004',
      'Dockerfile:1 GD012',
      '.goreleaser.yml:2 GD001',
      '.goreleaser.yml:2 GD010',
    ]);
  });

  it('a GoReleaser file that is not YAML tells nothing: no finding is guessed from it', () => {
    const dir = tmpdir({ '.git/HEAD': '', Dockerfile: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n', '.goreleaser.yml': 'builds: [\n' });
    const r = run(['Dockerfile', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
