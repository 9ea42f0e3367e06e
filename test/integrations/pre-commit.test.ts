import { execFileSync, spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../support/tmp';

/**
 * The hooks with the real client: pre-commit itself installs this repository's hooks (its
 * `language: node` install: `npm install`, the whole standard output of `npm pack` as the tarball's
 * name, `npm install -g` of it) and runs them, in a temporary git repository whose
 * .pre-commit-config.yaml points at a temporary clone of this repository.
 *
 * What is tested is this repository's HEAD commit, as pre-commit would fetch it: uncommitted
 * changes are NOT tested (commit first; the test prints a warning when there are any).
 *
 * Without pre-commit (or git) the tests cannot run: in CI (the CI variable set, as .ci/run sets
 * it) that is a failure; elsewhere they are skipped with a message (apt-get install pre-commit,
 * or pipx install pre-commit).
 */
const root = path.resolve(__dirname, '..', '..');

const inCI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
const tool = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });
const preCommitVersion = tool('pre-commit', ['--version']);
const topLevel = tool('git', ['-C', root, 'rev-parse', '--show-toplevel']);
const missing = [
  preCommitVersion.status === 0 ? '' : 'pre-commit is not installed',
  topLevel.status === 0 ? '' : 'git is not installed, or this checkout is not a git repository',
].filter(Boolean);
if (missing.length > 0 && !inCI) {
  console.warn(`SKIPPED test/integrations/pre-commit.test.ts: ${missing.join('; ')} (apt-get install pre-commit). With CI set, this fails instead.`);
}

const BAD = 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';
const FIXED = BAD.replace('RUN go build', 'RUN CGO_ENABLED=0 go build');

(missing.length > 0 && !inCI ? describe.skip : describe)('pre-commit installs and runs the hooks (real client)', () => {
  let work: string;
  let repo: string;
  let env: NodeJS.ProcessEnv;

  const run = (cmd: string, args: string[]): SpawnSyncReturns<string> & { seconds: number } => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8' });
    return { ...r, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
  };
  const output = (r: SpawnSyncReturns<string>) => `${r.stdout}${r.stderr}`;

  beforeAll(() => {
    if (missing.length > 0) throw new Error(`CI is set but ${missing.join('; ')}: install it (apt-get install -y pre-commit git) so that the hooks are tested with the real client`);
    const head = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    if (dirty) console.warn(`test/integrations/pre-commit.test.ts tests the HEAD commit ${head.slice(0, 12)}; these uncommitted changes are not part of it:\n${dirty}`);

    work = tempDir('golint-docker-pre-commit-');
    // A clone of this repository at HEAD: what `repo:` names (a local path), fetched by pre-commit.
    const hookRepo = path.join(work, 'golint-docker');
    execFileSync('git', ['clone', '-q', '--no-checkout', root, hookRepo]);
    execFileSync('git', ['-C', hookRepo, 'checkout', '-q', '--detach', head]);

    // The environment: pre-commit's store and the code cache in the temporary folder, git without
    // the user's configuration (no signing, no templates), no variables of an enclosing git hook.
    const gitConfig = path.join(work, 'gitconfig');
    fs.writeFileSync(gitConfig, '[user]\n\tname = golint-docker test\n\temail = test@example.invalid\n[init]\n\tdefaultBranch = main\n');
    env = { ...process.env };
    for (const k of Object.keys(env)) if (/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|PREFIX|COMMON_DIR)$/.test(k)) delete env[k];
    Object.assign(env, {
      PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'),
      XDG_CACHE_HOME: path.join(work, 'cache'),
      GIT_CONFIG_GLOBAL: gitConfig,
      GIT_CONFIG_NOSYSTEM: '1',
      NO_COLOR: '1',
    });

    repo = path.join(work, 'project');
    fs.mkdirSync(path.join(repo, 'deploy'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'deploy/Dockerfile-prod'), BAD);
    // Named like Dockerfiles, not Dockerfiles: the hooks must not be given them.
    fs.writeFileSync(path.join(repo, 'Dockerfile.md'), '# How we build the image\n\nRun `docker build .`.\n');
    fs.writeFileSync(path.join(repo, 'deploy/Dockerfile-prod.dockerignore'), '*.md\n');
    fs.writeFileSync(path.join(repo, 'main.go'), 'package main\n\nfunc main() {}\n');
    fs.writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      ['repos:', `  - repo: ${JSON.stringify(hookRepo)}`, `    rev: ${head}`, '    hooks:', '      - id: golint-docker', '      - id: golint-docker-fix', ''].join('\n'),
    );
    execFileSync('git', ['init', '-q'], { cwd: repo, env });
    execFileSync('git', ['add', '-A'], { cwd: repo, env });
  }, 60_000);

  // How long the install and a run take is measured by `npm run bench` (bench/pre-commit.mjs), not
  // asserted here: a timed test fails on a loaded machine and proves nothing on an idle one.
  it('lint hook: installs, then runs, failing on a finding', () => {
    const first = run('pre-commit', ['run', 'golint-docker', '--all-files', '--color', 'never']);
    expect(output(first)).toContain('Installing environment');
    expect(first.stdout).toContain('deploy/Dockerfile-prod');
    expect(first.stdout).toMatch(/6:5\s+error\s+GD001/);
    expect(output(first)).not.toContain('Dockerfile.md');
    expect(output(first)).not.toContain('dockerignore');
    expect(first.status).toBe(1);

    const second = run('pre-commit', ['run', 'golint-docker', '--all-files', '--color', 'never']);
    expect(output(second)).not.toContain('Installing environment');
    expect(second.stdout).toMatch(/6:5\s+error\s+GD001/);
    expect(second.status).toBe(1);

    // What pre-commit installed: the one package, no dependencies; the code cache made by the
    // first run in the user's cache folder (0700), not in the package folder.
    const [store] = fs.readdirSync(env.PRE_COMMIT_HOME as string).filter((d) => d.startsWith('repo'));
    const envDir = fs.readdirSync(path.join(env.PRE_COMMIT_HOME as string, store)).find((d) => d.startsWith('node_env'));
    const modules = path.join(env.PRE_COMMIT_HOME as string, store, envDir as string, 'lib', 'node_modules');
    expect(fs.readdirSync(modules)).toEqual(['golint-docker']);
    const installed = path.join(modules, 'golint-docker');
    expect(fs.existsSync(path.join(installed, 'node_modules'))).toBe(false);
    expect(fs.existsSync(path.join(installed, 'dist', '.cache'))).toBe(false);
    const cacheDir = path.join(env.XDG_CACHE_HOME as string, 'golint-docker');
    expect(fs.statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'))).toHaveLength(1);
    const kb = Number(execFileSync('du', ['-sk', installed], { encoding: 'utf8' }).split('\t')[0]);

    console.log(`pre-commit (real client): first run ${first.seconds.toFixed(2)} s (environment install and run), second run ${second.seconds.toFixed(2)} s; installed package ${(kb / 1024).toFixed(1)} MiB`);
  }, 120_000);

  it('fix hook: rewrites the file and fails ("files were modified"), then passes', () => {
    const fix = run('pre-commit', ['run', 'golint-docker-fix', '--all-files', '--color', 'never']);
    expect(fs.readFileSync(path.join(repo, 'deploy/Dockerfile-prod'), 'utf8')).toBe(FIXED);
    expect(output(fix)).toContain('files were modified by this hook');
    expect(fix.status).toBe(1);
    expect(fs.readFileSync(path.join(repo, 'Dockerfile.md'), 'utf8')).toContain('# How we build the image');

    execFileSync('git', ['add', '-A'], { cwd: repo, env });
    const again = run('pre-commit', ['run', '--all-files', '--color', 'never']);
    expect(again.stdout).toMatch(/^golint-docker\.+Passed$/m);
    expect(again.stdout).toMatch(/^golint-docker \(fix\)\.+Passed$/m);
    expect(again.status).toBe(0);
  }, 120_000);

  it('git commit with the hooks installed: a clean Dockerfile commits, a bad one is refused', () => {
    const install = run('pre-commit', ['install']);
    expect(install.status).toBe(0);
    expect(fs.existsSync(path.join(repo, '.git', 'hooks', 'pre-commit'))).toBe(true);

    const ok = run('git', ['commit', '-q', '-m', 'A clean Dockerfile']);
    expect(output(ok)).toMatch(/golint-docker\.+Passed/);
    expect(ok.status).toBe(0);
    expect(execFileSync('git', ['log', '--format=%s'], { cwd: repo, env, encoding: 'utf8' }).trim()).toBe('A clean Dockerfile');

    fs.writeFileSync(path.join(repo, 'Containerfile'), BAD);
    execFileSync('git', ['add', 'Containerfile'], { cwd: repo, env });
    const refused = run('git', ['commit', '-q', '-m', 'A bad Containerfile']);
    expect(output(refused)).toMatch(/Containerfile\n\s+6:5\s+error\s+GD001/);
    expect(refused.status).not.toBe(0);
    expect(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: repo, env, encoding: 'utf8' }).trim()).toBe('1');
  }, 120_000);
});
