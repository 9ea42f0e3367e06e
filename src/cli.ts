import { isatty } from 'tty';
import { EXIT, runLint } from './node/run';
import { RULES, findRule } from './rules';
import { fixLabel, ruleDocMarkdown, ruleDocUrl } from './docs';
import { syncWriter } from './node/sync-writer';
import { exactArgs } from './node/os-path';
import { visible } from './parse/visible';
import { parseFast } from './cli/fast';
import { LINT_OPTIONS, lintArgs, type LintArgs } from './cli/options';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Standard output and error, written synchronously (see src/node/sync-writer.ts). */
const stdout = syncWriter(1);
const stderr = syncWriter(2);

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

function main(argv: string[]): Promise<number> {
  const color = isatty(1) && !process.env.NO_COLOR;
  const fast = parseFast(argv, color);
  if (fast) return lint(fast);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runYargs } = require('./cli/yargs') as typeof import('./cli/yargs');
  return runYargs(argv, { version: VERSION, options: LINT_OPTIONS, lintArgs, color, lint, rules: printRules, explain, stderr, exit: (code) => process.exit(code) });
}

function lint(args: LintArgs): Promise<number> {
  return runLint({
    ...args,
    version: VERSION,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loadConfigParser: () => (require('./config/schema') as typeof import('./config/schema')).parseConfig,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loadDiff: () => require('./formatters/diff') as typeof import('./formatters/diff'),
    stdout,
    stderr,
  });
}

/** `golint-docker explain <rule>`: a rule's page, in the terminal. */
function explain(key: string): number {
  const rule = findRule(key);
  if (!rule) {
    stderr(`golint-docker: unknown rule ${visible(JSON.stringify(key))}; see golint-docker rules\n`);
    return EXIT.error;
  }
  stdout(ruleDocMarkdown(rule));
  return EXIT.ok;
}

/** The exit code, made 2 when the report could not be written whole to standard output. */
function checkedExit(code: number): number {
  const failure = stdout.failure();
  if (failure === undefined) return code;
  stderr(`golint-docker: cannot write to standard output: ${failure}\n`);
  return EXIT.error;
}

const reportBug = (e: unknown) => {
  // A bug, not bad input: one line, and the exit code that says the run failed.
  stderr(`golint-docker: internal error: ${visible(e instanceof Error ? e.message : String(e)).slice(0, 300)}\n`);
  process.exitCode = EXIT.error;
};
try {
  main(exactArgs(process.argv.slice(2))).then((code) => {
    process.exitCode = checkedExit(code);
  }, reportBug);
} catch (e) {
  reportBug(e);
}
