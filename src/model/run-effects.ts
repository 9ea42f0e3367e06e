/**
 * What the commands of a RUN leave in the image, as far as the rewrites of a final stage need to
 * know: folders `mkdir` creates, packages a package manager installs, accounts `adduser` and its
 * kin create, and commands that write files nobody can list (a script, `make`, `curl -o`, `cp`).
 * A command not known here counts as such a writer: the rewrites then offer nothing.
 */
import type { SimpleCommand, Word } from '../shell/lexer';
import { basename, resolvePath } from './paths';
import type { RunInfo } from './types';
import { expand } from './vars';

export interface RunEffects {
  /** Folders `mkdir` creates, absolute; undefined where a variable hides the path. */
  folders: Array<string | undefined>;
  /** Packages installed (apk add, apt-get install, ...), names without versions. */
  packages: string[];
  /** Accounts created (adduser, useradd, addgroup, groupadd). */
  accounts: Account[];
  /** Commands that may write files whose names cannot be known, as written ("make", "cp"). */
  writers: string[];
  /** `chown [-R] OWNER PATH...`: the owner as written, the paths (undefined where unknown), and whether -R. */
  chowns: Array<{ owner: string; paths: Array<string | undefined>; recursive: boolean }>;
}

export interface Account {
  kind: 'user' | 'group';
  name: string;
  /** The uid or gid given on the command line, when it is a number (or an ARG with a default). */
  id?: string;
  /** A user's home folder (`-h`, `--home`, `-d`); undefined when not given. */
  home?: string;
  /** A user's primary group when given (`-G app` in busybox, `-g`/`--ingroup`). */
  group?: string;
  /** Does the command also create a group of the user's name (busybox adduser, useradd -U, adduser --group)? */
  ownGroup?: boolean;
  /** Does it make the user's home folder (adduser unless -H or --no-create-home, useradd -m)? */
  makesHome?: boolean;
}

/** Commands that change nothing a program reads from the image (or only what the build owns). */
const QUIET = new Set([
  'true', 'false', ':', 'echo', 'printf', 'set', 'export', 'unset', 'ls', 'pwd', 'env', 'test', '[', 'sleep', 'which',
  'command', 'uname', 'id', 'whoami', 'cat', 'head', 'tail', 'grep', 'file', 'ldd', 'du', 'df', 'stat', 'sha256sum', 'md5sum',
  'chmod', 'chgrp', 'update-ca-certificates', 'ldconfig', 'sync', 'exit',
]);
/** GOPATH-era dependency tools: they write vendor/ (or GOPATH), which only the build reads. */
const VENDORING = new Set(['dep', 'glide', 'govendor', 'godep', 'gvt', 'trash', 'gpm']);
/** Package managers, and the verbs that install (the rest of their verbs change no program files). */
const INSTALL_VERBS: Readonly<Record<string, readonly string[]>> = {
  apk: ['add'],
  'apt-get': ['install'],
  apt: ['install'],
  yum: ['install'],
  dnf: ['install'],
  microdnf: ['install'],
};
/** Options of package managers that take a value (`apk add --repository URL pkg`). */
const PACKAGE_VALUE_OPTIONS = new Set(['-X', '--repository', '-t', '--virtual', '-o', '--option', '--target-release', '--setopt', '-c', '--config']);
/** go subcommands that write only the build's own caches, sources or the binary (seen separately). */
const GO_QUIET = new Set(['build', 'install', 'mod', 'get', 'vet', 'test', 'env', 'version', 'clean', 'list', 'generate', 'fmt', 'doc', 'tool']);
/** Places a command may write without touching what the program reads: scratch and caches. */
const SCRATCH = ['/tmp', '/var/tmp', '/var/cache', '/var/lib/apt/lists', '/var/lib/apk', '/root/.cache', '/go/pkg', '/dev/null'];

/** The effects of the commands of a RUN. Exec-form RUNs are judged by their program alone. */
export function runEffects(run: RunInfo): RunEffects {
  const out: RunEffects = { folders: [], packages: [], accounts: [], writers: [], chowns: [] };
  if (run.form === 'exec' && run.commands.length === 0) {
    out.writers.push(run.exec?.[0] ?? 'RUN');
    return out;
  }
  let cwd = run.workdir;
  for (const c of run.commands) {
    const words = unwrap(c.words);
    for (const r of c.redirects) {
      if (r.op.includes('>') && r.target && !isScratch(pathOf(r.target, run, cwd))) out.writers.push(`${words[0]?.text ?? ''} ${r.op} ${r.target.text}`.trim());
    }
    if (words.length === 0) continue;
    const head = basename(words[0].text);
    if (head === 'cd') {
      cwd = words[1] ? pathOf(words[1], run, cwd) : '/root';
      continue;
    }
    effectOf(head, words, run, cwd, out);
  }
  return out;
}

function effectOf(head: string, words: Word[], run: RunInfo, cwd: string | undefined, out: RunEffects): void {
  const args = words.slice(1);
  if (QUIET.has(head) || VENDORING.has(head)) return;
  if (head === 'chown') {
    const [owner, ...paths] = args.filter((a) => !a.text.startsWith('-'));
    const recursive = args.some((a) => /^-[a-zA-Z]*R/.test(a.text) || a.text === '--recursive');
    if (owner) out.chowns.push({ owner: valueOf(owner, run), paths: paths.map((p) => pathOf(p, run, cwd)), recursive });
  } else if (head === 'mkdir') {
    for (const a of args) if (!a.text.startsWith('-')) out.folders.push(pathOf(a, run, cwd));
  } else if (head === 'rm') {
    if (!args.every((a) => a.text.startsWith('-') || isScratch(pathOf(a, run, cwd, true)))) out.writers.push('rm');
  } else if (head in INSTALL_VERBS) {
    out.packages.push(...installed(head, args.map((a) => a.text)));
  } else if (head === 'go') {
    if (!GO_QUIET.has(args[0]?.text ?? '')) out.writers.push(`go ${args[0]?.text ?? ''}`.trim());
  } else if (head === 'git') {
    if (args[0]?.text !== 'config') out.writers.push('git');
  } else if (head === 'adduser' || head === 'useradd' || head === 'addgroup' || head === 'groupadd') {
    const account = accountOf(head, args, run);
    if (account) out.accounts.push(...account);
    else out.writers.push(head);
  } else {
    out.writers.push(head);
  }
}

/** The words of the command proper: `sudo`, `exec`, `env NAME=value` and the like in front dropped. */
function unwrap(words: Word[]): Word[] {
  let i = 0;
  while (i < words.length) {
    const w = basename(words[i].text);
    if (w === 'sudo' || w === 'exec' || w === 'nice' || w === 'nohup' || w === 'time' || w === 'command') i++;
    else if (w === 'env') {
      i++;
      while (i < words.length && (words[i].text.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].text))) i++;
    } else break;
  }
  return words.slice(i);
}

/** A word as an absolute path, resolved against the shell's current folder; undefined when unknown. */
function pathOf(word: Word, run: RunInfo, cwd: string | undefined, globs = false): string | undefined {
  const v = word.hasExpansion ? expand(word.text, run.scope) : { known: true, value: word.text };
  if (!v.known || v.value === '' || (!globs && /[*?[\]{}~`]/.test(v.value))) return undefined;
  if (v.value.startsWith('/')) return resolvePath('/', v.value);
  return cwd === undefined ? undefined : resolvePath(cwd, v.value);
}

function isScratch(path: string | undefined): boolean {
  return path !== undefined && SCRATCH.some((s) => path === s || path.startsWith(s + '/'));
}

/** The packages of `apk add a b`, `apt-get install -y a=1.2 b`; none for other verbs. */
function installed(manager: string, args: string[]): string[] {
  const verbs = INSTALL_VERBS[manager];
  const out: string[] = [];
  let verb: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('-')) {
      if (PACKAGE_VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    if (verb === undefined) {
      verb = a;
      if (!verbs.includes(a)) return [];
      continue;
    }
    out.push(a.split(/[=<>~]/)[0]);
  }
  return out;
}

/** Options of account tools that take a value. */
const ACCOUNT_VALUE_OPTIONS = new Set([
  '-h', '-g', '-s', '-G', '-u', '-k', '-d', '-c', '-e', '-f', '-K', '-p', '-R', '-P', '-Z', '-b',
  '--home', '--shell', '--uid', '--gid', '--gecos', '--ingroup', '--firstuid', '--lastuid', '--firstgid', '--lastgid', '--conf',
  '--home-dir', '--comment', '--groups', '--password', '--key', '--root', '--prefix', '--base-dir', '--expiredate', '--inactive', '--add_extra_groups',
]);

/**
 * The accounts `adduser`/`useradd` (a user, and the group busybox and `useradd -U` create with
 * it) or `addgroup`/`groupadd` (a group; busybox `addgroup USER GROUP` adds a member) create.
 * Undefined when the name hides behind a variable.
 */
function accountOf(tool: string, args: Word[], run: RunInfo): Account[] | undefined {
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const raw = args[i].text;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const name = eq === -1 ? raw : raw.slice(0, eq);
    if (ACCOUNT_VALUE_OPTIONS.has(name)) {
      const value = eq === -1 ? args[++i] : { ...args[i], text: raw.slice(eq + 1) };
      if (value) options.set(name, valueOf(value, run));
    } else if (raw.startsWith('-')) flags.add(raw);
    else names.push(valueOf(args[i], run));
  }
  if (names.length === 0 || names.some((n) => n === '' || n.includes('$'))) return undefined;
  const idOf = (...keys: string[]) => keys.map((k) => options.get(k)).find((v) => v !== undefined && /^[0-9]+$/.test(v));
  if (tool === 'addgroup' || tool === 'groupadd') {
    // busybox `addgroup app wheel` adds user app to group wheel: no new account.
    if (names.length > 1) return [];
    return [{ kind: 'group', name: names[0], id: idOf('-g', '--gid') }];
  }
  const user: Account = {
    kind: 'user',
    name: names[0],
    id: idOf('-u', '--uid'),
    home: options.get('-h') ?? options.get('--home') ?? options.get('-d') ?? options.get('--home-dir'),
    group: (tool === 'adduser' ? options.get('-G') ?? options.get('--ingroup') : options.get('-g')) ?? names[1],
    makesHome: tool === 'useradd' ? flags.has('-m') || flags.has('--create-home') : !flags.has('--no-create-home') && ![...flags].some((f) => /^-[A-Za-z]*H/.test(f)),
    // busybox and Debian's adduser make a group of the user's name unless told to use another.
    ownGroup: tool === 'useradd' ? flags.has('-U') || flags.has('--user-group') : flags.has('--group') || !(options.has('-G') || options.has('--ingroup')),
  };
  return [user];
}

function valueOf(word: Word, run: RunInfo): string {
  if (!word.hasExpansion) return word.text;
  const v = expand(word.text, run.scope);
  return v.known ? v.value : '$';
}

export type { SimpleCommand };
