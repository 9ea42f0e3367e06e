import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as fixModule from '../../src/fix';
import { runLint, type RunOptions } from '../../src/node/run';
import { tempDir } from '../support/tmp';

/**
 * What golint-docker writes (a fixed Dockerfile, a report) must land where it belongs, whole, and
 * nowhere else, whatever the repository planted; and what it says must describe what is on disk.
 */
const CLI = path.resolve(__dirname, '../../dist/cli.js');
const isRoot = process.getuid?.() === 0;
const CGO = 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';
const FIXED = CGO.replace('RUN go build', 'RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w"');

function repo(files: Record<string, string>): string {
  const dir = tempDir('golint-docker-writes-');
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' }, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The run in this process (so that its process id, and so its old temporary names, are known). */
async function lintHere(paths: string[], extra: Partial<RunOptions> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runLint({
    paths,
    format: 'text',
    version: 'test',
    ignore: [],
    color: false,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    ...extra,
  } as RunOptions);
  return { code, stdout, stderr };
}

const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('temporary files', () => {
  it('a symbolic link planted at a temporary file name is never written through', async () => {
    const dir = repo({ Dockerfile: CGO });
    const victim = path.join(tempDir('golint-docker-victim-'), 'authorized_keys');
    fs.writeFileSync(victim, 'ssh-ed25519 AAAA the-owner\n');
    // The names a temporary file could have had: pid-based, as they once were.
    for (const name of [`.Dockerfile.golint-docker-${process.pid}.tmp`, `.report.txt.${process.pid}.tmp`]) fs.symlinkSync(victim, path.join(dir, name));
    const r = await lintHere([path.join(dir, 'Dockerfile')], { fix: true, output: path.join(dir, 'report.txt') });
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(victim, 'utf8')).toBe('ssh-ed25519 AAAA the-owner\n');
    expect(fs.statSync(victim).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(FIXED);
    expect(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain('Fixed 3 problems');
    expect(leftovers(dir).sort()).toEqual([`.Dockerfile.golint-docker-${process.pid}.tmp`, `.report.txt.${process.pid}.tmp`]);
  });

  it('SIGTERM during a run with -o removes the temporary report and writes none', async () => {
    // Files slow enough to lint that the run is still going when the signal comes.
    const slow = 'FROM golang:1.23\n' + 'RUN go build -o /a .\n'.repeat(4000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`s${i}/Dockerfile`] = slow;
    const dir = repo(files);
    const child = spawn(process.execPath, [CLI, '-o', 'out.json', '--format', 'json', '.'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal === 'SIGTERM' ? 143 : code)));
    const deadline = Date.now() + 15_000;
    while (leftovers(dir).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(leftovers(dir)).toHaveLength(1);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(leftovers(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'out.json'))).toBe(false);
  });
});

describe('--fix and the file on disk', () => {
  it('a symbolic link to a Dockerfile of the repository stays a link; the file it points to is fixed', () => {
    const dir = repo({ 'shared/Dockerfile': CGO });
    fs.mkdirSync(path.join(dir, 'svc'));
    fs.symlinkSync('../shared/Dockerfile', path.join(dir, 'svc/Dockerfile'));
    const r = cli(['--fix', 'svc/Dockerfile'], dir);
    expect(r.stderr).toBe('');
    expect(fs.lstatSync(path.join(dir, 'svc/Dockerfile')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'shared/Dockerfile'), 'utf8')).toBe(FIXED);
  });

  it('a file with two hard links is not split: refused, both names unchanged', () => {
    const dir = repo({ Dockerfile: CGO });
    fs.linkSync(path.join(dir, 'Dockerfile'), path.join(dir, 'Dockerfile.copy'));
    const r = cli(['--fix', 'Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: has 2 hard links, and replacing it would split them; not changed\n');
    expect(fs.statSync(path.join(dir, 'Dockerfile')).nlink).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'Dockerfile.copy'), 'utf8')).toBe(CGO);
  });

  it('a read-only file is not rewritten, and the report says what is on disk (no "Fixed")', () => {
    const dir = repo({ Dockerfile: CGO });
    fs.chmodSync(path.join(dir, 'Dockerfile'), 0o444);
    const r = cli(['--fix', 'Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: is read-only; not changed\n');
    expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(CGO);
    expect(fs.statSync(path.join(dir, 'Dockerfile')).mode & 0o777).toBe(0o444);
    expect(r.stdout).not.toContain('Fixed');
    expect(r.stdout).toContain('GD001');
    expect(r.stdout).toContain('3 fixable with --fix');
  });

  (isRoot ? it : it.skip)('owner, group and mode are kept', () => {
    const dir = repo({ Dockerfile: CGO });
    const file = path.join(dir, 'Dockerfile');
    fs.chownSync(file, 1234, 2345);
    fs.chmodSync(file, 0o640);
    const r = cli(['--fix', 'Dockerfile'], dir);
    expect(r.stderr).toBe('');
    const st = fs.statSync(file);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([1234, 2345, 0o640]);
    expect(fs.readFileSync(file, 'utf8')).toBe(FIXED);
  });

  it('an edit made while --fix runs is kept, and the run says the file was left', async () => {
    const dir = repo({ Dockerfile: CGO });
    const file = path.join(dir, 'Dockerfile');
    const real = fixModule.fixText;
    const spy = jest.spyOn(fixModule, 'fixText').mockImplementation((text, options) => {
      // Someone saves the file while the fixes are computed.
      fs.appendFileSync(file, '# an edit\n');
      return real(text, options);
    });
    try {
      const r = await lintHere([file], { fix: true });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('changed while golint-docker was fixing it; not written');
      expect(r.stdout).not.toContain('Fixed');
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(CGO + '# an edit\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a fix that would grow the file past the 2 MB limit is not written', () => {
    const filler = '#' + 'x'.repeat(2 * 1024 * 1024 - CGO.length - 20) + '\n';
    const dir = repo({ Dockerfile: filler + CGO });
    const r = cli(['--fix', 'Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: the fixed file would be 2.0 MB, over the 2 MB limit; not written\n');
    expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(filler + CGO);
    expect(r.stdout).not.toContain('Fixed');
    expect(cli(['Dockerfile'], dir).code).toBe(1);
  });
});

describe('where the report goes', () => {
  const sh = (script: string, cwd: string) => spawnSync('bash', ['-c', script], { cwd, env: { ...process.env, NODE: process.execPath, CLI, NO_COLOR: '1', GITHUB_ACTIONS: '' }, encoding: 'utf8', timeout: 20_000 });

  it.each([
    ['read by a reader that went away', '"$NODE" "$CLI" Dockerfile | { exec 0<&-; sleep 1; }; exit ${PIPESTATUS[0]}', 'broken pipe (the reader went away)'],
    ['a full disk', '"$NODE" "$CLI" Dockerfile > /dev/full', 'no space left on device'],
  ])('standard output %s: exit 2 and one line', (_name, script, reason) => {
    const dir = repo({ Dockerfile: CGO });
    const r = sh(script, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`golint-docker: cannot write to standard output: ${reason}\n`);
  });

  it('-o naming a link to the process\'s standard output writes to it, and the link stays', () => {
    const dir = tempDir('golint-docker-out-');
    const work = repo({ Dockerfile: CGO });
    fs.symlinkSync('/proc/self/fd/1', path.join(dir, 'stdout'));
    const r = sh(`"$NODE" "$CLI" --format json -o "${dir}/stdout" Dockerfile | cat`, work);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].code).toBe('GD001');
    expect(fs.lstatSync(path.join(dir, 'stdout')).isSymbolicLink()).toBe(true);
  });

  (isRoot ? it : it.skip)('-o naming a character device (a /dev/null of its own) writes to it and leaves it a device', () => {
    const dir = tempDir('golint-docker-dev-');
    expect(spawnSync('mknod', [path.join(dir, 'null'), 'c', '1', '3']).status).toBe(0);
    const r = cli(['-o', path.join(dir, 'null'), 'Dockerfile'], repo({ Dockerfile: CGO }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(fs.statSync(path.join(dir, 'null')).isCharacterDevice()).toBe(true);
  });

  it('a report file planted as a link out of the repository is refused', () => {
    const dir = repo({ Dockerfile: CGO });
    const victim = path.join(tempDir('golint-docker-victim-'), 'bashrc');
    fs.writeFileSync(victim, 'export PATH\n');
    fs.symlinkSync(victim, path.join(dir, 'report.sarif'));
    const r = cli(['--format', 'sarif', '-o', 'report.sarif', 'Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report.sarif: cannot write the report: a symbolic link out of the repository; not followed\n');
    expect(fs.readFileSync(victim, 'utf8')).toBe('export PATH\n');
  });
});

describe('paths', () => {
  it.each([
    ['a missing folder', 'nope', 'no such file or folder'],
    ['a file', 'Dockerfile', 'not a folder'],
  ])('--context naming %s is a usage error', (_name, context, why) => {
    const dir = repo({ Dockerfile: CGO });
    const r = cli(['--context', context, 'Dockerfile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`golint-docker: --context ${context}: ${why}\n`);
    expect(r.stdout).toBe('');
  });

  it('SARIF URIs percent-encode # and ? (which would end the path)', () => {
    const dir = repo({ 'a#b?c d/Dockerfile': CGO });
    const r = cli(['--format', 'sarif', '.'], dir);
    const uri = JSON.parse(r.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('a%23b%3Fc%20d/Dockerfile');
  });

  it('a file name that is not UTF-8 can be linted when named', () => {
    const dir = repo({});
    fs.writeFileSync(Buffer.concat([Buffer.from(dir + '/Dockerfile.'), Buffer.from([0xff, 0xfe])]), CGO);
    const r = spawnSync('bash', ['-c', `"$NODE" "$CLI" --format json "$(printf 'Dockerfile.\\377\\376')"`], { cwd: dir, env: { ...process.env, NODE: process.execPath, CLI }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).map((f: { file: string; code: string }) => [f.file, f.code])).toContainEqual(['Dockerfile.\udcff\udcfe', 'GD001']);
    const text = spawnSync('bash', ['-c', `"$NODE" "$CLI" "$(printf 'Dockerfile.\\377\\376')"`], { cwd: dir, env: { ...process.env, NODE: process.execPath, CLI, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(text.stdout.split('\n')[0]).toBe('Dockerfile.\\xff\\xfe');
  });
});
