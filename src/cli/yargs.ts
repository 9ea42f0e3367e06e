// Loaded only when the fast parser (cli/fast.ts) leaves the command line to yargs: --help, the
// `rules` and `explain` subcommands, and every mistake, which yargs explains as users know.
import yargs, { type Argv } from 'yargs';
import type { LintArgs, OptionDef } from './options';
import { visible } from '../parse/visible';

export interface CliActions {
  version: string;
  /** The lint command's options (cli/options.ts), and how their values become its arguments. */
  options: readonly OptionDef[];
  lintArgs(values: Readonly<Record<string, unknown>>, paths: string[], color: boolean): LintArgs | string;
  /** Colour by default (standard output is a terminal and NO_COLOR is unset). */
  color: boolean;
  lint(args: LintArgs): Promise<number>;
  rules(format: 'text' | 'json'): void;
  explain(rule: string): number;
  stderr(text: string): void;
  exit(code: number): never;
}

const EPILOG = `Exit codes: 0 no findings at or above the failure threshold, 1 findings, 2 usage error or a file that cannot be linted.
Suppress a finding with a comment on the line above the instruction: # golint-docker ignore=GD004
(above FROM: the whole stage), or for the whole file: # golint-docker global ignore=GD013.
Docs: https://github.com/golint-docker/golint-docker/tree/main/docs/rules`;

/** yargs drops a bare "-", so it travels under another name until the paths are read. */
const STDIN_ARG = '\u0000stdin';

/** The lint command's options, from the one table. */
function lintOptions(y: Argv, options: readonly OptionDef[], color: boolean): Argv {
  y.positional('paths', { type: 'string', array: true, default: [] as string[], describe: 'Files or folders to lint' });
  for (const o of options) {
    y.option(o.name, {
      ...(o.alias ? { alias: o.alias } : {}),
      ...(o.type === 'list' ? { type: 'string', array: true, nargs: 1 } : { type: o.type }),
      ...(o.choices ? { choices: [...o.choices] } : {}),
      ...(o.name === 'color' ? { default: color } : o.default !== undefined ? { default: o.default } : {}),
      describe: o.describe,
    });
  }
  return y;
}

/** Parse and run a command line with yargs; the exit code. */
export function runYargs(rawArgv: readonly string[], act: CliActions): Promise<number> {
  const argv = rawArgv.map((a) => (a === '-' ? STDIN_ARG : a));
  let exitCode = 0;
  let running: Promise<number> | undefined;
  yargs(argv)
    .scriptName('golint-docker')
    .usage('Usage: $0 [paths..] [options]\n\nLint Dockerfiles that build Go programs. Paths are files or folders (searched for Dockerfile, Containerfile, Dockerfile.*, *.Dockerfile, Dockerfile-*); "-" reads standard input; no path means the current folder.')
    .command(
      '$0 [paths..]',
      'Lint Dockerfiles (the default command)',
      (y) => lintOptions(y, act.options, act.color),
      (args) => {
        const paths = ((args.paths as unknown[] | undefined) ?? []).map((p) => (p === STDIN_ARG ? '-' : String(p)));
        const parsed = act.lintArgs(args as Record<string, unknown>, paths, act.color);
        if (typeof parsed === 'string') {
          act.stderr(`golint-docker: ${visible(parsed)}\n`);
          exitCode = 2;
          return;
        }
        running = act.lint(parsed);
      },
    )
    .command(
      'rules',
      'List every rule: code, name, severity, fixable',
      (y) => y.option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'text for people, json for tools' }),
      (args) => act.rules(args.format),
    )
    .command(
      'explain <rule>',
      "Show a rule's documentation",
      (y) => y.positional('rule', { type: 'string', demandOption: true, describe: 'Code (GD003) or name (final-not-minimal)' }),
      (args) => {
        exitCode = act.explain(args.rule);
      },
    )
    .epilog(EPILOG)
    .version(act.version)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .strict()
    // yargs' CommonJS build wraps inside words; long lines read better than broken words.
    .wrap(null)
    .fail((msg, err) => {
      // The message may quote an argument, which may be a file name a repository chose.
      act.stderr(`golint-docker: ${visible(err ? err.message : msg)}\nRun golint-docker --help for usage.\n`);
      act.exit(2);
    })
    .parseSync();
  return running ?? Promise.resolve(exitCode);
}
