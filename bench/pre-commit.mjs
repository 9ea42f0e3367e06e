// The pre-commit hook as users get it, timed: pre-commit (the real client) installs this
// repository's HEAD commit as a `language: node` hook, then runs it on a repository with one
// Dockerfile. Prints the first run (the environment install and a run, npm's cache warm) and the
// median of the later runs. Part of `npm run bench`; skipped when pre-commit is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function benchPreCommit(runs = 7) {
  if (spawnSync('pre-commit', ['--version']).status !== 0) return undefined;
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const work = mkdtempSync(join(tmpdir(), 'golint-docker-bench-hook-'));
  try {
    const head = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const hookRepo = join(work, 'golint-docker');
    execFileSync('git', ['clone', '-q', '--no-checkout', root, hookRepo]);
    execFileSync('git', ['-C', hookRepo, 'checkout', '-q', '--detach', head]);
    const gitConfig = join(work, 'gitconfig');
    writeFileSync(gitConfig, '[user]\n\tname = bench\n\temail = bench@example.invalid\n');
    const env = { ...process.env, PRE_COMMIT_HOME: join(work, 'home'), XDG_CACHE_HOME: join(work, 'cache'), GIT_CONFIG_GLOBAL: gitConfig, GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' };
    const repo = join(work, 'project');
    mkdirSync(repo);
    writeFileSync(join(repo, 'Dockerfile'), 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n');
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${head}\n    hooks:\n      - id: golint-docker\n`);
    execFileSync('git', ['init', '-q'], { cwd: repo, env });
    execFileSync('git', ['add', '-A'], { cwd: repo, env });
    const time = () => {
      const t0 = process.hrtime.bigint();
      spawnSync('pre-commit', ['run', 'golint-docker', '--all-files'], { cwd: repo, env, stdio: 'ignore' });
      return Number(process.hrtime.bigint() - t0) / 1e9;
    };
    const first = time();
    const later = Array.from({ length: runs }, time).sort((a, b) => a - b);
    return { first, later: later[Math.floor(later.length / 2)] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
