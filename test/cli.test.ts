import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

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

function tmpdir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golint-docker-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
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

  it('finds every Dockerfile naming variant and skips node_modules', () => {
    const dir = tmpdir({
      'Dockerfile': CLEAN,
      'Containerfile': CLEAN,
      'build/Dockerfile.prod': CLEAN,
      'build/Dockerfile-dev': CLEAN,
      'build/api.Dockerfile': CLEAN,
      'build/worker.dockerfile': CLEAN,
      'build/README.md': '# not a Dockerfile',
      'node_modules/x/Dockerfile': 'not linted',
    });
    const r = run(['--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = run(['.'], { cwd: dir });
    expect(text.stdout).toBe('✔ No problems found in 6 Dockerfiles.\n');
  });

  it('--ignore and --failure-threshold change what fails', () => {
    const dir = tmpdir({ Dockerfile: CLEAN.replace(':nonroot', '') });
    expect(run(['Dockerfile'], { cwd: dir }).code).toBe(1);
    expect(run(['--ignore', 'GD004,unpinned-image', 'Dockerfile'], { cwd: dir }).code).toBe(0);
    expect(run(['--failure-threshold', 'error', 'Dockerfile'], { cwd: dir }).code).toBe(0);
    expect(run(['-t', 'none', 'Dockerfile'], { cwd: dir }).code).toBe(0);
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

    it('a folder without Dockerfiles', () => {
      const dir = tmpdir({ 'main.go': 'package main\n' });
      const r = run(['.'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('.: no Dockerfiles found in this folder\n');
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
    expect(rules.filter((l) => l.startsWith('GD0'))).toHaveLength(17);
    const explain = run(['explain', 'GD003']);
    expect(explain.stdout.split('\n')[0]).toBe('# final-not-minimal (GD003)');
    expect(run(['explain', 'cgo-not-disabled']).stdout).toContain('## Why');
    expect(run(['explain', 'GD999']).code).toBe(2);
  });
});
