import * as fs from 'fs';
import { isatty } from 'tty';
import yargs, { type Argv } from 'yargs';
import { EXIT, FORMAT_NAMES, runLint, type FormatName } from './node/run';
import { RULES, findRule } from './rules';
import { SEVERITIES, type Severity } from './rules/types';
import { fixLabel, ruleDocMarkdown, ruleDocUrl } from './docs';
import { syncWriter } from './node/sync-writer';
import { FORMATS as VALUE_FORMATS, type ListOption } from './rules/options';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const EPILOG = `Exit codes: 0 no findings at or above the failure threshold, 1 findings, 2 usage error or a file that cannot be linted.
Suppress a finding with a comment on the line above the instruction: # golint-docker ignore=GD004
(above FROM: the whole stage), or for the whole file: # golint-docker global ignore=GD013.
Docs: https://github.com/golint-docker/golint-docker/tree/main/docs/rules`;

/** yargs drops a bare "-", so it travels under another name until the paths are read. */
const STDIN_ARG = '\u0000stdin';

/** Standard output and error, written synchronously (see src/node/sync-writer.ts). */
const stdout = syncWriter(1);
const stderr = syncWriter(2);

/** The options of the lint command (the default one). */
function lintCommandOptions(y: Argv, color: boolean) {
  return withOptionFlags(y)
    .positional('paths', { type: 'string', array: true, default: [] as string[], describe: 'Files or folders to lint' })
    .option('format', { alias: 'f', choices: FORMAT_NAMES, default: 'text', describe: 'Output format: text for people, compact (path:line:col: severity code message, for editors), json, sarif (GitHub code scanning), github (workflow annotations), gitlab (Code Quality)' })
    .option('sarif-category', { type: 'string', describe: 'With --format sarif: the analysis category (automationDetails.id), as upload-sarif\'s category input; one per analysis of the same commit' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to a file instead of standard output' })
    .option('context', { type: 'string', describe: 'Build context folder to read go.mod from (default: the Dockerfile\'s folder and its parents)' })
    .option('ignore', { type: 'string', array: true, nargs: 1, default: [] as string[], describe: 'Rule codes or names to skip (repeat or separate with commas)' })
    .option('failure-threshold', { alias: 't', choices: [...SEVERITIES, 'none'] as const, describe: 'Lowest severity that makes the exit code 1 (default: the config file\'s, else info)' })
    .option('stdin-filename', { type: 'string', describe: 'With "-": the path the text on standard input stands for (an editor\'s buffer), for the report, the configuration file and go.mod' })
    .option('config', { alias: 'c', type: 'string', describe: 'Configuration file (default: the nearest .golint-docker.yaml/.yml/.json above each Dockerfile)' })
    .option('fix', { type: 'boolean', default: false, describe: 'Apply safe fixes in place ("-": print the fixed text)' })
    .option('unsafe-fixes', { type: 'boolean', default: false, describe: 'With --fix or --diff: also apply fixes that change what the image contains or how it runs' })
    .option('diff', { type: 'boolean', default: false, describe: 'Print the fixes as a unified diff and change nothing (exit 1 if there are any)' })
    .option('gitignore', { type: 'boolean', default: true, describe: 'Skip what .gitignore files (and .git/info/exclude) exclude when searching folders; --no-gitignore searches everything. Files named on the command line are always linted' })
    .option('exit-zero', { type: 'boolean', default: false, describe: 'Exit 0 even when there are findings (errors still exit 2)' })
    .option('color', { type: 'boolean', default: color, describe: 'Colour the text output (--no-color, or NO_COLOR, turns it off)' });
}

/** `golint-docker rules`: a table for people, or JSON for tools. */
function printRules(format: 'text' | 'json'): void {
  if (format === 'json') {
    const rules = RULES.map((r) => ({ code: r.meta.code, name: r.meta.name, severity: r.meta.severity, fixable: r.meta.fixable ?? [], tags: r.meta.tags, summary: r.meta.docs.summary, docs: ruleDocUrl(r), options: Object.keys(r.meta.options ?? {}) }));
    stdout(JSON.stringify(rules, null, 2) + '\n');
    return;
  }
  const rows = RULES.map((r) => [r.meta.code, r.meta.name, r.meta.severity, fixLabel(r), r.meta.docs.summary]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ['code', 'name', 'severity', 'fix'][i].length));
  const line = (row: string[]) => row.slice(0, 4).map((cell, i) => cell.padEnd(widths[i])).join('  ') + '  ' + row[4];
  stdout([line(['code', 'name', 'severity', 'fix', 'summary']), ...rows.map(line)].join('\n') + '\n');
}

function main(rawArgv: string[]): number {
  const argv = rawArgv.map((a) => (a === '-' ? STDIN_ARG : a));
  let exitCode: number = EXIT.ok;
  const color = isatty(1) && !process.env.NO_COLOR;
  const parser = yargs(argv)
    .scriptName('golint-docker')
    .usage('Usage: $0 [paths..] [options]\n\nLint Dockerfiles that build Go programs. Paths are files or folders (searched for Dockerfile, Containerfile, Dockerfile.*, *.Dockerfile, Dockerfile-*); "-" reads standard input; no path means the current folder.')
    .command(
      '$0 [paths..]',
      'Lint Dockerfiles (the default command)',
      (y) => lintCommandOptions(y, color),
      (args) => {
        const optionFlags = readOptionFlags(args);
        if (typeof optionFlags === 'string') {
          stderr(`golint-docker: ${optionFlags}\n`);
          exitCode = EXIT.error;
          return;
        }
        exitCode = runLint({
          paths: args.paths.map((p) => (p === STDIN_ARG ? '-' : p)),
          format: args.format as FormatName,
          version: VERSION,
          output: args.output,
          context: args.context,
          ignore: args.ignore.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean),
          failureThreshold: args['failure-threshold'] as Severity | 'none' | undefined,
          config: args.config,
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          loadConfigParser: () => (require('./config/schema') as typeof import('./config/schema')).parseConfig,
          color: args.color,
          fix: args.fix,
          diff: args.diff,
          unsafeFixes: args['unsafe-fixes'],
          exitZero: args['exit-zero'],
          category: args['sarif-category'],
          gitignore: args.gitignore,
          optionFlags,
          stdinFilename: args['stdin-filename'],
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          loadDiff: () => require('./formatters/diff') as typeof import('./formatters/diff'),
          readStdin: () => fs.readFileSync(0),
          stdout,
          stderr,
        });
      },
    )
    .command('rules', 'List every rule: code, name, severity, fixable', (y) => y.option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'text for people, json for tools' }), (args) => printRules(args.format))
    .command('explain <rule>', 'Show a rule\'s documentation', (y) => y.positional('rule', { type: 'string', demandOption: true, describe: 'Code (GD003) or name (final-not-minimal)' }), (args) => {
      const rule = findRule(args.rule);
      if (!rule) {
        stderr(`golint-docker: unknown rule "${args.rule}"; see golint-docker rules\n`);
        exitCode = EXIT.error;
        return;
      }
      stdout(ruleDocMarkdown(rule));
    })
    .epilog(EPILOG)
    .version(VERSION)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .strict()
    // yargs' CommonJS build wraps inside words; long lines read better than broken words.
    .wrap(null)
    .fail((msg, err) => {
      stderr(`golint-docker: ${err ? err.message : msg}\nRun golint-docker --help for usage.\n`);
      process.exit(EXIT.error);
    });
  parser.parseSync();
  return exitCode;
}

/** The rules' list options that have a flag (`--trusted-registry`), by flag name. */
function optionFlags(): Array<{ key: string; spec: ListOption & { flag: NonNullable<ListOption['flag']> } }> {
  const out: Array<{ key: string; spec: ListOption & { flag: NonNullable<ListOption['flag']> } }> = [];
  for (const rule of RULES) {
    for (const [key, spec] of Object.entries(rule.meta.options ?? {})) if (spec.type === 'list' && spec.flag) out.push({ key, spec: { ...spec, flag: spec.flag } });
  }
  return out;
}

/** The rules' option flags, declared on the lint command (read untyped by readOptionFlags). */
function withOptionFlags<T extends Argv>(y: T): T {
  for (const { spec } of optionFlags()) y.option(spec.flag.name, { type: 'string', array: true, nargs: 1, describe: spec.flag.description });
  return y;
}

/** The values of the option flags by configuration key, each checked; a message when one is not valid. */
function readOptionFlags(args: Record<string, unknown>): Record<string, string[]> | string {
  const out: Record<string, string[]> = {};
  for (const { key, spec } of optionFlags()) {
    const given = args[spec.flag.name];
    if (!Array.isArray(given)) continue;
    const values = given.flatMap((v: string) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    const format = spec.format ? VALUE_FORMATS[spec.format] : undefined;
    const bad = format ? values.find((v) => !format.check(v)) : undefined;
    if (bad !== undefined) return `--${spec.flag.name}: ${JSON.stringify(bad)} is not ${format?.expected}`;
    out[key] = values;
  }
  return out;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // A bug, not bad input: one line, and the exit code that says the run failed.
  stderr(`golint-docker: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = EXIT.error;
}
