/**
 * The command line of the lint command, declared once: the fast parser (cli/fast.ts) and yargs
 * (cli/yargs.ts, for --help, subcommands and mistakes) both read this table, so they cannot drift.
 */
import { FORMAT_NAMES, type FormatName } from '../node/run';
import type { Severity } from '../rules/types';
import { FORMATS as VALUE_FORMATS, type ListOption } from '../rules/options';
import { RULES } from '../rules';

export interface OptionDef {
  name: string;
  alias?: string;
  /** `list`: repeated, one value each, commas also separate. */
  type: 'string' | 'boolean' | 'list';
  choices?: readonly string[];
  default?: string | boolean;
  describe: string;
}

export const THRESHOLD_CHOICES: ReadonlyArray<Severity | 'none'> = ['error', 'warning', 'info', 'none'];

/** The lint command's options; `color`'s default is decided at run time (a terminal, no NO_COLOR). */
export const LINT_OPTIONS: readonly OptionDef[] = [
  { name: 'format', alias: 'f', type: 'string', choices: FORMAT_NAMES, default: 'text', describe: 'Output format: text for people, compact (path:line:col: severity code message, for editors), json, sarif (GitHub code scanning), github (workflow annotations), gitlab (Code Quality)' },
  { name: 'sarif-category', type: 'string', describe: "With --format sarif: the analysis category (automationDetails.id), as upload-sarif's category input; one per analysis of the same commit" },
  { name: 'output', alias: 'o', type: 'string', describe: 'Write the report to a file instead of standard output' },
  { name: 'context', type: 'string', describe: "Build context folder to read go.mod from (default: the Dockerfile's folder and its parents)" },
  { name: 'ignore', type: 'list', describe: 'Rule codes or names to skip (repeat or separate with commas)' },
  { name: 'failure-threshold', alias: 't', type: 'string', choices: THRESHOLD_CHOICES, describe: "Lowest severity that makes the exit code 1 (default: the config file's, else info)" },
  { name: 'stdin-filename', type: 'string', describe: 'With "-": the path the text on standard input stands for (an editor\'s buffer), for the report, the configuration file and go.mod' },
  { name: 'config', alias: 'c', type: 'string', describe: 'Configuration file (default: the nearest .golint-docker.yaml/.yml/.json above each Dockerfile)' },
  { name: 'fix', type: 'boolean', default: false, describe: 'Apply safe fixes in place ("-": print the fixed text)' },
  { name: 'unsafe-fixes', type: 'boolean', default: false, describe: 'With --fix or --diff: also apply fixes that change what the image contains or how it runs' },
  { name: 'diff', type: 'boolean', default: false, describe: 'Print the fixes as a unified diff and change nothing (exit 1 if there are any)' },
  { name: 'gitignore', type: 'boolean', default: true, describe: 'Skip what .gitignore files (and .git/info/exclude) exclude when searching folders; --no-gitignore searches everything. Files named on the command line are always linted' },
  { name: 'exit-zero', type: 'boolean', default: false, describe: 'Exit 0 even when there are findings (errors still exit 2)' },
  { name: 'color', type: 'boolean', describe: 'Colour the text output (--no-color, or NO_COLOR, turns it off)' },
  ...ruleOptionFlags().map(({ spec }): OptionDef => ({ name: spec.flag.name, type: 'list', describe: spec.flag.description })),
];

/** The rules' list options that have a flag (`--trusted-registry`), with their configuration key. */
export function ruleOptionFlags(): Array<{ key: string; spec: ListOption & { flag: NonNullable<ListOption['flag']> } }> {
  const out: Array<{ key: string; spec: ListOption & { flag: NonNullable<ListOption['flag']> } }> = [];
  for (const rule of RULES) {
    for (const [key, spec] of Object.entries(rule.meta.options ?? {})) if (spec.type === 'list' && spec.flag) out.push({ key, spec: { ...spec, flag: spec.flag } });
  }
  return out;
}

/** What the lint command was asked, whichever parser read it. */
export interface LintArgs {
  paths: string[];
  format: FormatName;
  category?: string;
  output?: string;
  context?: string;
  ignore: string[];
  failureThreshold?: Severity | 'none';
  stdinFilename?: string;
  config?: string;
  fix: boolean;
  unsafeFixes: boolean;
  diff: boolean;
  gitignore: boolean;
  exitZero: boolean;
  color: boolean;
  /** Rule options set by flags, by configuration key. */
  optionFlags: Record<string, string[]>;
}

/** Values of a list option: repeated, and comma-separated within each. */
export function listValues(given: unknown): string[] {
  const values = Array.isArray(given) ? given : given === undefined ? [] : [given];
  return values.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

/**
 * The lint command's arguments from parsed option values (by option name, as in LINT_OPTIONS):
 * a message when a value is not valid.
 */
export function lintArgs(values: Readonly<Record<string, unknown>>, paths: string[], color: boolean): LintArgs | string {
  const optionFlags: Record<string, string[]> = {};
  for (const { key, spec } of ruleOptionFlags()) {
    if (values[spec.flag.name] === undefined) continue;
    const list = listValues(values[spec.flag.name]);
    const format = spec.format ? VALUE_FORMATS[spec.format] : undefined;
    const bad = format ? list.find((v) => !format.check(v)) : undefined;
    if (bad !== undefined) return `--${spec.flag.name}: ${JSON.stringify(bad)} is not ${format?.expected}`;
    optionFlags[key] = list;
  }
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const bool = (name: string, fallback: boolean) => (typeof values[name] === 'boolean' ? (values[name] as boolean) : fallback);
  return {
    paths,
    format: (str('format') ?? 'text') as FormatName,
    category: str('sarif-category'),
    output: str('output'),
    context: str('context'),
    ignore: listValues(values.ignore),
    failureThreshold: str('failure-threshold') as Severity | 'none' | undefined,
    stdinFilename: str('stdin-filename'),
    config: str('config'),
    fix: bool('fix', false),
    unsafeFixes: bool('unsafe-fixes', false),
    diff: bool('diff', false),
    gitignore: bool('gitignore', true),
    exitZero: bool('exit-zero', false),
    color: bool('color', color),
    optionFlags,
  };
}
