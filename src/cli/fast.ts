import { parseArgs } from 'util';
import { LINT_OPTIONS, lintArgs, type LintArgs } from './options';

/**
 * The common command lines (`golint-docker [options] [paths]`) read with Node's own parser, in
 * well under a millisecond: loading and setting up yargs costs about 11 ms, an eighth of a
 * one-file run. Anything else (a subcommand, --help, --version, an unknown or misspelt option, a
 * value outside its choices, an option given twice) is left to yargs, which explains mistakes the
 * way users know: undefined means "ask yargs". It never accepts a command line with a meaning
 * yargs would not give it: test/cli/args.test.ts compares the two on a table of command lines.
 */
export function parseFast(argv: readonly string[], color: boolean): LintArgs | undefined {
  const first = argv.find((a) => !a.startsWith('-'));
  if (first === 'rules' || first === 'explain') return undefined;
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const o of LINT_OPTIONS) {
    options[o.name] = { type: o.type === 'boolean' ? 'boolean' : 'string', ...(o.alias ? { short: o.alias } : {}), ...(o.type === 'list' ? { multiple: true } : {}) };
    if (o.type === 'boolean') options[`no-${o.name}`] = { type: 'boolean' };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch {
    return undefined;
  }
  const values: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    const negated = token.name.startsWith('no-') && options[token.name.slice(3)]?.type === 'boolean';
    const name = negated ? token.name.slice(3) : token.name;
    const def = LINT_OPTIONS.find((o) => o.name === name);
    if (!def) return undefined;
    // An option given twice (or as --x and --no-x) is for yargs to judge.
    if (def.type !== 'list' && seen.has(name)) return undefined;
    seen.add(name);
    if (def.type === 'list') values[name] = [...((values[name] as string[] | undefined) ?? []), token.value];
    else values[name] = def.type === 'boolean' ? !negated : token.value;
    if (def.choices && !def.choices.includes(String(values[name]))) return undefined;
  }
  const args = lintArgs(values, [...parsed.positionals], color);
  // An invalid value is explained by the same message on either path; yargs says it.
  return typeof args === 'string' ? undefined : args;
}
