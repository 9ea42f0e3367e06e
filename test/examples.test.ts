import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Golden outputs of the bundled examples, as the CLI prints them. After a deliberate change,
 * regenerate them with `node scripts/update-golden.mjs` and review the diff.
 */
const root = path.resolve(__dirname, '..');
const CLI = path.join(root, 'dist/cli.js');
const examples = fs.readdirSync(path.join(root, 'examples')).filter((d) => fs.statSync(path.join(root, 'examples', d)).isDirectory()).sort();

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe.each(examples)('examples/%s', (name) => {
  const dir = `examples/${name}`;
  const golden = (file: string) => fs.readFileSync(path.join(root, dir, file), 'utf8');

  it('text output', () => {
    expect(run([dir]).stdout).toBe(golden('expected-lint.txt'));
  });

  it('JSON output', () => {
    expect(run(['--format', 'json', dir]).stdout).toBe(golden('expected-lint.json'));
  });

  it('the diff of --fix --unsafe-fixes', () => {
    expect(run(['--diff', '--unsafe-fixes', dir]).stdout).toBe(golden('expected-fix.diff'));
  });
});

it('every example but the good one has findings, and the good one has none', () => {
  for (const name of examples) {
    const r = run([`examples/${name}`]);
    expect([name, r.status]).toEqual([name, name === 'distroless-good' ? 0 : 1]);
  }
});
