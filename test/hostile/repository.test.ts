import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../support/tmp';

/**
 * golint-docker runs in CI on pull requests: every file name, symbolic link, configuration file
 * and Dockerfile of the repository it reads may be an attacker's. These run the built CLI as CI
 * runs it, each on the smallest repository that shows one way to abuse it.
 */
const CLI = path.resolve(__dirname, '../../dist/cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], cwd: string, options: { input?: string | Buffer; env?: Record<string, string>; timeout?: number; stdio?: 'closed-stdout' } = {}): Run {
  const start = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - start };
}

/** A repository (it has .git) with these files; a value that is a function makes the entry itself. */
function repo(files: Record<string, string | Buffer | ((full: string) => void)>): string {
  const dir = tempDir('golint-docker-hostile-');
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (typeof content === 'function') content(full);
    else fs.writeFileSync(full, content);
  }
  return dir;
}

const CGO = 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';
const SECRET = 'AKIA-THE-SECRET-VALUE-0123456789';

/** Lines a CI runner would read as a workflow command: `::` after leading blanks, or `##[` anywhere. */
function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => l.trimStart().startsWith('::') || l.includes('##['));
}

describe('files outside the repository never reach the output', () => {
  const outside = () => {
    const dir = tempDir('golint-docker-secret-');
    const file = path.join(dir, 'id_ed25519');
    fs.writeFileSync(file, `secret_${SECRET}: 1\n`);
    return file;
  };

  it('a configuration file linked to a file outside is not read, and nothing of it is quoted', () => {
    const secret = outside();
    const dir = repo({ Dockerfile: CGO, '.golint-docker.yaml': (f) => fs.symlinkSync(secret, f) });
    const r = run(['Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('.golint-docker.yaml: a symbolic link to a file outside the repository; not followed\n');
    expect(r.stdout + r.stderr).not.toContain('SECRET');
  });

  it('--config naming a link out of the repository is refused the same way', () => {
    const secret = outside();
    const dir = repo({ Dockerfile: CGO, 'ci/lint.yaml': (f) => fs.symlinkSync(secret, f) });
    const r = run(['--config', 'ci/lint.yaml', 'Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a symbolic link to a file outside the repository');
    expect(r.stderr).not.toContain('SECRET');
  });

  it('a Dockerfile named on the command line that links out of the repository is not read', () => {
    const secret = outside();
    const dir = repo({ Dockerfile: (f) => fs.symlinkSync(secret, f) });
    const r = run(['Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: a symbolic link to a file outside the repository; not followed\n');
    expect(r.stdout + r.stderr).not.toContain('SECRET');
  });

  it('go.mod and .gitignore linked out of the repository are not read', () => {
    const gomod = path.join(tempDir('golint-docker-gomod-'), 'go.mod');
    fs.writeFileSync(gomod, 'module x\n\ngo 1.99\n');
    const dir = repo({ 'svc/Dockerfile': CGO.replace('golang:1.23', 'golang:1.21'), 'svc/go.mod': (f) => fs.symlinkSync(gomod, f), '.gitignore': (f) => fs.symlinkSync(outside(), f) });
    const r = run(['--format', 'json', '.'], dir);
    expect(JSON.parse(r.stdout).map((f: { code: string }) => f.code)).not.toContain('GD014');
    expect(r.stderr).toBe('.gitignore: a symbolic link to a file outside the repository; not followed; its patterns are not applied\n');
  });

  it('a configuration key or value is quoted short and escaped, whatever its length or bytes', () => {
    const long = 'k'.repeat(5000);
    const dir = repo({ Dockerfile: CGO, '.golint-docker.json': JSON.stringify({ severity: { [`${long}\n::error::x`]: 'off' } }) });
    const r = run(['Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr.length).toBeLessThan(300);
    expect(commandLines(r.stderr)).toEqual([]);
  });
});

describe('no text from the repository starts a runner command or a terminal sequence', () => {
  const evilDir = 'x\n::error file=a.go,line=1::pwned\n##[warning]y';

  it('a folder name with line breaks, on standard error and in the text format', () => {
    const dir = repo({ [`${evilDir}/Dockerfile`]: 'FROM\n', [`${evilDir}/b/Dockerfile`]: CGO });
    const r = run(['.'], dir);
    expect(r.code).toBe(2);
    expect(commandLines(r.stderr)).toEqual([]);
    expect(commandLines(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('x\\n::error file=a.go,line=1::pwned\\n#\\x23[warning]y/Dockerfile:1: FROM needs an image');
  });

  it('a folder whose name starts with :: is shown as ./::...', () => {
    const dir = repo({ '::error file=a.go::pwned/Dockerfile': 'FROM\n' });
    const r = run(['.'], dir);
    expect(r.stderr).toBe('./::error file=a.go::pwned/Dockerfile:1: FROM needs an image\n');
    expect(commandLines(r.stderr)).toEqual([]);
  });

  it.each([
    ['a key', '"evil\\n::error::pwned": 1\n'],
  ])('a line break in %s of the configuration', (_name, yaml) => {
    const dir = repo({ Dockerfile: CGO, '.golint-docker.yaml': yaml });
    const r = run(['Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(commandLines(r.stderr)).toEqual([]);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it.each([
    ['a USER value', 'FROM scratch\nUSER "\x1b]0;owned\x07\x1b[2J"\n'],
    ['an unknown instruction', 'FROM scratch\n\x1b[31mRUN true\n'],
    ['a heredoc delimiter', 'FROM golang:1.23\nRUN <<E\x1b[2JOF\ngo build\n'],
    ['a USER name with a bidirectional override', 'FROM scratch\nUSER ad\u202emin\n'],
  ])('ESC, BEL and bidirectional controls in %s are shown escaped', (_name, text) => {
    const dir = repo({ Dockerfile: text });
    for (const format of ['text', 'github', 'json']) {
      const r = run(['--format', format, 'Dockerfile'], dir);
      for (const out of [r.stdout, r.stderr]) {
        expect(out).not.toMatch(/[\x1b\x07\u202e]/);
        expect(commandLines(out).filter((l) => format !== 'github' || !/^::(error|warning|notice) file=Dockerfile,/.test(l))).toEqual([]);
      }
      expect(r.stdout + r.stderr).toMatch(/\\x1b|\\u202e/);
    }
  });
});

describe('reads never hang and never read past their limit', () => {
  const FIFO = 'not a regular file (a FIFO, a device or a socket)';
  it.each([
    // A broken configuration is an error, and its files are not linted.
    ['a configuration file', '.golint-docker.yaml', ['Dockerfile'], `.golint-docker.yaml: ${FIFO}; not read\n`, false],
    // An unreadable go.mod is as good as none: what depends on it is unknown.
    ['go.mod', 'go.mod', ['Dockerfile'], '', true],
    ['.gitignore', '.gitignore', ['.'], `.gitignore: ${FIFO}; not read; its patterns are not applied\n`, true],
    ['a named Dockerfile', 'Dockerfile.fifo', ['Dockerfile.fifo', 'Dockerfile'], `Dockerfile.fifo: ${FIFO}; not read\n`, true],
  ])('%s that is a FIFO is refused at once', (_name, name, args, stderr, linted) => {
    const dir = repo({ Dockerfile: CGO, [name]: (f) => spawnSync('mkfifo', [f]) });
    const r = run(args, dir, { timeout: 10_000 });
    expect(r.code).not.toBeNull();
    expect(r.stderr).toBe(stderr);
    expect(r.stdout.includes('GD001')).toBe(linted);
  });

  it('standard input that never ends (/dev/zero) stops at the limit', () => {
    const dir = repo({});
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" - < /dev/zero`], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('-: input is over the 2 MB limit for a Dockerfile\n');
  });

  it('a 1.5 GB Dockerfile is refused by its size, not read', () => {
    const dir = repo({ Dockerfile: (f) => fs.closeSync(fs.openSync(f, 'w')) });
    fs.truncateSync(path.join(dir, 'Dockerfile'), 1536 * 1024 * 1024);
    const r = run(['Dockerfile'], dir, { timeout: 10_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: file is 1536 MB, over the 2 MB limit for a Dockerfile\n');
    expect(r.ms).toBeLessThan(5000);
  });

  it('a configuration file over its limit is refused before it is parsed', () => {
    const big = 'mirrors:\n' + Array.from({ length: 20_000 }, (_, i) => `  m${i}.example.com: docker.io\n`).join('');
    const dir = repo({ Dockerfile: CGO, '.golint-docker.yaml': big });
    const r = run(['Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.golint-docker\.yaml: file is 0\.\d MB, over the 0\.3 MB limit\n$/);
    expect(r.ms).toBeLessThan(5000);
  });
});
