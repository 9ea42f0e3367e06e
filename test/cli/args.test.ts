import { parseFast } from '../../src/cli/fast';
import { LINT_OPTIONS, lintArgs, type LintArgs } from '../../src/cli/options';
import { runYargs } from '../../src/cli/yargs';

/** What yargs makes of a command line: the lint arguments, or the fact that it did something else. */
function viaYargs(argv: string[]): LintArgs | string {
  let got: LintArgs | string = 'not the lint command';
  let err = '';
  try {
    runYargs(argv, {
      version: '0.0.0',
      options: LINT_OPTIONS,
      lintArgs,
      color: false,
      lint: (args) => {
        got = args;
        return Promise.resolve(0);
      },
      rules: () => undefined,
      explain: () => 0,
      stderr: (t) => {
        err += t;
      },
      exit: (code) => {
        throw new Error(`exit ${code}: ${err}`);
      },
    });
  } catch (e) {
    return (e as Error).message;
  }
  return err ? `stderr: ${err}` : got;
}

/** Command lines the fast parser must read exactly as yargs does. */
const SAME: string[][] = [
  [],
  ['Dockerfile'],
  ['-'],
  ['-', '--stdin-filename', 'svc/Dockerfile'],
  ['a', 'b/Dockerfile', 'c'],
  ['--fix', 'Dockerfile'],
  ['--fix', '--unsafe-fixes', '.'],
  ['--diff', '--unsafe-fixes', '.'],
  ['-f', 'json', '.'],
  ['--format', 'sarif', '-o', 'out.sarif', '--sarif-category', 'x/y', '.'],
  ['--format=compact', '.'],
  ['-t', 'warning', '--exit-zero', '.'],
  ['--failure-threshold', 'none', '.'],
  ['--ignore', 'GD013', '--ignore', 'GD010,final-runs-as-root', 'Dockerfile'],
  ['--ignore', 'GD013', 'Dockerfile'],
  ['--no-color', '.'],
  ['--color', '.'],
  ['--no-gitignore', '.'],
  ['--context', 'svc', '-c', 'cfg.yaml', 'svc/Dockerfile'],
  ['--trusted-registry', 'gcr.io,*.docker.io', '--trusted-registry', 'registry.corp.example/gcr', '.'],
  ['.', '--fix'],
];

describe('the fast parser and yargs read a command line alike', () => {
  it.each(SAME.map((argv) => [argv.join(' ') || '(no arguments)', argv]))('%s', (_title, argv) => {
    const fast = parseFast(argv as string[], false);
    expect(fast).toBeDefined();
    expect(fast).toEqual(viaYargs(argv as string[]));
  });
});

describe('the fast parser leaves to yargs what yargs explains', () => {
  const LEFT: string[][] = [
    ['--help'],
    ['-h'],
    ['--version'],
    ['-v'],
    ['rules'],
    ['rules', '--format', 'json'],
    ['explain', 'GD003'],
    ['--formt', 'json', '.'],
    ['--format', 'yaml', '.'],
    ['-t', 'fatal', '.'],
    ['--format', 'json', '--format', 'text', '.'],
    ['--fix', '--no-fix', '.'],
    ['--exitZero', '.'],
    ['--trusted-registry', 'https://gcr.io', '.'],
  ];
  it.each(LEFT.map((argv) => [argv.join(' '), argv]))('%s', (_title, argv) => {
    expect(parseFast(argv as string[], false)).toBeUndefined();
  });
});
