/**
 * Commands that run other files: `make [-C dir] [-f file] [VAR=value] [target...]`, a script
 * (`./build.sh`, `sh scripts/build.sh`, `bash -e build.sh`) and `. ./env.sh`. What they run is
 * read from the files (found through the COPY that put them where the command runs), split by the
 * same shell lexer as a RUN, and handed back with the shell each command runs in.
 */
import { splitCommands, splitScript, Source, type SimpleCommand, type Word } from '../shell/lexer';
import type { FileLocator } from './context-files';
import type { Substitution, MakeValue } from './make-expand';
import { readMakefile, type MakeInvocation } from './makefile';
import { recipeRuns } from './make-run';
import { basename, resolvePath } from './paths';
import type { OtherFile } from './types';
import type { VarValue } from './vars';

/** Commands of another file, and the shell they run in. */
export interface Invoked {
  file: OtherFile;
  commands: SimpleCommand[];
  /** The exported variables of the new shell (a script's, a recipe line's). */
  env: ReadonlyMap<string, VarValue>;
  cwd: string | undefined;
  /** `. file`: run by the calling shell itself. */
  sameShell?: boolean;
  substitutions?: Substitution[];
}

/** What the caller knows of the command: where it runs, and the values of its words. */
export interface InvocationContext {
  locate: FileLocator | undefined;
  cwd: string | undefined;
  /** The exported environment of the command. */
  env: ReadonlyMap<string, VarValue>;
  value: (w: Word) => VarValue;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** The commands a make, script or source command runs; undefined when it is none of these, or its file cannot be found. */
export function invocationOf(ctx: InvocationContext, words: readonly Word[]): Invoked[] | undefined {
  const head = words[0].text;
  const name = basename(head);
  if (name === 'make' || name === 'gmake') return makeInvocation(ctx, words.slice(1));
  if (head === '.' || head === 'source') return script(ctx, words[1], true);
  if (SHELLS.has(name)) {
    // `sh -e build.sh`; `sh -c '...'` runs a string, not a file.
    let i = 1;
    while (i < words.length && words[i].text.startsWith('-')) {
      if (words[i].text.includes('c') || words[i].text === '-o') return undefined;
      i++;
    }
    return script(ctx, words[i], false);
  }
  if (head.includes('/') && !head.includes('$')) return script(ctx, words[0], false);
  return undefined;
}

function script(ctx: InvocationContext, word: Word | undefined, sameShell: boolean): Invoked[] | undefined {
  if (!word) return undefined;
  const path = absolute(ctx, word);
  const file = path === undefined ? undefined : ctx.locate?.open(path);
  if (!file) return undefined;
  const commands = splitCommands(file.text, 0, file.text.length, { dockerfileContinuations: false });
  return [{ file, commands, env: ctx.env, cwd: ctx.cwd, sameShell }];
}

function absolute(ctx: InvocationContext, word: Word): string | undefined {
  const v = ctx.value(word);
  if (!v.known || v.value === '') return undefined;
  if (v.value.startsWith('/')) return resolvePath('/', v.value);
  return ctx.cwd === undefined ? undefined : resolvePath(ctx.cwd, v.value);
}

const MAKEFILES = ['GNUmakefile', 'makefile', 'Makefile'];
/** Options of make that take a value as the next word. */
const MAKE_VALUE_OPTIONS = new Set(['-C', '-f', '-I', '-o', '-W', '--directory', '--file', '--makefile', '--include-dir', '--old-file', '--what-if', '--assume-old', '--assume-new', '--new-file']);

/** `make [options] [VAR=value] [target...]`: the recipe lines it runs. */
function makeInvocation(ctx: InvocationContext, args: readonly Word[]): Invoked[] | undefined {
  const parsed = makeArguments(ctx, args);
  if (!parsed || !ctx.locate || parsed.cwd === undefined) return undefined;
  const cwd = parsed.cwd;
  const open = (p: string) => ctx.locate?.open(resolvePath(cwd, p));
  const main = parsed.file !== undefined ? open(parsed.file) : MAKEFILES.map(open).find((f) => f !== undefined);
  if (!main) return undefined;
  if (parsed.dryRun) return [];
  const env = new Map<string, MakeValue>();
  for (const [k, v] of ctx.env) env.set(k, v.known ? { value: v.value, known: true } : { value: '', known: false });
  const invocation: MakeInvocation = { env, overrides: parsed.overrides, curdir: cwd };
  const mk = readMakefile(main, invocation, open);
  return recipeRuns(mk, parsed.goals).map((r) => ({
    file: r.line.file,
    commands: splitScript(new Source(r.text, 0, r.map)),
    env: toVarValues(r.env),
    cwd,
    substitutions: r.substitutions,
  }));
}

function toVarValues(env: ReadonlyMap<string, MakeValue>): Map<string, VarValue> {
  const out = new Map<string, VarValue>();
  for (const [k, v] of env) out.set(k, v.known ? { known: true, value: v.value } : { known: false });
  return out;
}

interface MakeArguments {
  cwd: string | undefined;
  file?: string;
  overrides: Map<string, MakeValue>;
  goals: string[];
  dryRun: boolean;
}

/** The options, variables and goals of a make command line; undefined when a word cannot be known. */
function makeArguments(ctx: InvocationContext, args: readonly Word[]): MakeArguments | undefined {
  const out: MakeArguments = { cwd: ctx.cwd, overrides: new Map(), goals: [], dryRun: false };
  for (let i = 0; i < args.length; i++) {
    const v = ctx.value(args[i]);
    if (!v.known) {
      // `make build VERSION=$VERSION`: a variable of unknown value; anything else unknown is a goal or option that cannot be known.
      const name = /^([A-Za-z_][A-Za-z0-9_.]*):?=/.exec(args[i].text);
      if (!name) return undefined;
      out.overrides.set(name[1], { value: '', known: false });
      continue;
    }
    const t = v.value;
    let option = t;
    let value: string | undefined;
    if (t.startsWith('--') && t.includes('=')) [option, value] = [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)];
    else if (/^-[CfIoW]./.test(t)) [option, value] = [t.slice(0, 2), t.slice(2)];
    else if (MAKE_VALUE_OPTIONS.has(t)) {
      const next = args[++i] ? ctx.value(args[i]) : undefined;
      if (!next?.known) return undefined;
      value = next.value;
    }
    if (option === '-C' || option === '--directory') out.cwd = out.cwd === undefined && !value?.startsWith('/') ? undefined : resolvePath(out.cwd ?? '/', value ?? '.');
    else if (option === '-f' || option === '--file' || option === '--makefile') out.file = value;
    else if (t === '-n' || t === '--dry-run' || t === '--just-print' || t === '-q' || t === '--question') out.dryRun = true;
    else if (t.startsWith('-')) continue;
    else if (/^[A-Za-z_][A-Za-z0-9_.]*:?=/.test(t)) {
      const eq = t.indexOf('=');
      out.overrides.set(t.slice(0, t[eq - 1] === ':' ? eq - 1 : eq), { value: t.slice(eq + 1), known: true });
    } else out.goals.push(t);
  }
  return out;
}
