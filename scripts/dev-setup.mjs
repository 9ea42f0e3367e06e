// Installs the development toolchain (dev/package.json: esbuild, TypeScript, jest, the
// libraries the bundle is built from) into dev/node_modules, exactly as dev/package-lock.json
// says, when it is missing or when the lockfile changed since the last install. The package at
// the repository root has no dependencies at all (see the README, "Dependencies and why"), so
// this is the only install a clone ever needs, and `npm test` / `npm run build` run it first.
//
// Usage: node scripts/dev-setup.mjs [--force]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = join(root, 'dev');
// Kept inside dev/node_modules, so that whatever removes the install removes the stamp with it.
const stamp = join(dev, 'node_modules', '.golint-docker-dev-stamp');

// What the install depends on: the lockfile, the manifest, and the Node.js major version
// (esbuild and jest ship per-platform pieces; a new Node.js major gets a clean install).
const want = createHash('sha256')
  .update(readFileSync(join(dev, 'package-lock.json')))
  .update('\0')
  .update(readFileSync(join(dev, 'package.json')))
  .update(`\0${process.versions.node.split('.')[0]} ${process.platform} ${process.arch}`)
  .digest('hex');

const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
if (have === want && !process.argv.includes('--force')) process.exit(0);

console.error(have ? 'dev/package-lock.json changed: reinstalling the development toolchain into dev/node_modules' : 'installing the development toolchain into dev/node_modules (once per lockfile change)');
// Under npm, npm_execpath is the npm that runs us: use the same one (and no shell on Windows).
const npmCli = process.env.npm_execpath;
const [cmd, pre] = npmCli && /npm-cli\.js$/.test(npmCli) ? [process.execPath, [npmCli]] : ['npm', []];
const r = spawnSync(cmd, [...pre, 'ci', '--prefix', dev, '--no-audit', '--no-fund', '--loglevel=error'], {
  cwd: root,
  stdio: 'inherit',
  shell: cmd === 'npm' && process.platform === 'win32',
});
if (r.status !== 0) {
  console.error(`npm ci --prefix dev failed (${r.error?.message ?? `exit ${r.status}`}); see the output above`);
  process.exit(r.status || 1);
}
writeFileSync(stamp, want + '\n');
