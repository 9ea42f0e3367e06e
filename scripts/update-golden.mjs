// Regenerates the expected outputs stored beside each example (what test/examples.test.ts checks):
// expected-lint.txt, expected-lint.json and expected-fix.diff. Run after a deliberate change:
//   npm run build && node scripts/update-golden.mjs
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const examples = readdirSync('examples').filter((d) => statSync(join('examples', d)).isDirectory()).sort();
for (const name of examples) {
  const dir = join('examples', name);
  const run = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args, dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
  writeFileSync(join(dir, 'expected-lint.txt'), run());
  writeFileSync(join(dir, 'expected-lint.json'), run('--format', 'json'));
  writeFileSync(join(dir, 'expected-fix.diff'), run('--diff', '--unsafe-fixes'));
  console.log(`updated ${dir}`);
}
