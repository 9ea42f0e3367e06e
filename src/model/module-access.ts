/**
 * Steps of a stage that give the go command access to private modules or change where it fetches
 * from: a `go mod download` moved above them would run without them.
 */
import { Arg, Env } from '../parse/ast';
import { lineColumn, spanOf, type SourceFile } from '../parse/source';
import { installedPackages } from './compiler';
import { basename } from './paths';
import type { RunInfo, Stage } from './types';

/** Environment that decides how and from where modules are fetched. */
const MODULE_SETTINGS = new Set([
  'GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GONOSUMCHECK', 'GOPROXY', 'GOSUMDB', 'GOINSECURE', 'GOAUTH', 'GOFLAGS',
  'GIT_TERMINAL_PROMPT', 'GIT_CONFIG_GLOBAL', 'GIT_SSH_COMMAND', 'NETRC', 'GIT_ASKPASS',
]);

export interface AccessStep {
  line: number;
  what: string;
}

/** The first such step of the stage at or after offset `from`. */
export function moduleAccessAfter(file: SourceFile, stage: Stage, from: number): AccessStep | undefined {
  for (const ins of stage.instructions) {
    const span = spanOf(file, ins.getRange());
    if (span.start < from) continue;
    if (ins instanceof Env || ins instanceof Arg) {
      const name = ins.getProperties().map((p) => p.getName()).find((n) => MODULE_SETTINGS.has(n));
      if (name) return { line: lineColumn(file, span.start).line, what: `${ins.getKeyword().toUpperCase()} ${name}` };
    }
  }
  for (const run of stage.runs) {
    if (run.span.start < from) continue;
    const what = runAccess(run);
    if (what) return { line: lineColumn(file, run.span.start).line, what };
  }
  return undefined;
}

function runAccess(run: RunInfo): string | undefined {
  const mount = run.mounts.find((m) => m.type === 'secret' || m.type === 'ssh');
  if (mount) return `RUN --mount=type=${mount.type}`;
  for (const c of run.commands) {
    const words = c.words.map((w) => w.text);
    const tool = basename(words[0] ?? '');
    if (tool === 'go' && words[1] === 'env' && words.includes('-w')) {
      const name = words.map((w) => w.split('=')[0]).find((n) => MODULE_SETTINGS.has(n));
      if (name) return `go env -w ${name}`;
    }
    if (tool === 'git' && words.includes('config')) {
      if (words.some((w) => w.toLowerCase().includes('insteadof'))) return 'git config url.….insteadOf';
      if (words.some((w) => w.startsWith('credential.'))) return 'git config credential';
    }
    const targets = c.redirects.map((r) => r.target?.text ?? '');
    if ([...words, ...targets].some((w) => w.includes('.netrc') || w.includes('_netrc'))) return 'a .netrc';
    if (tool === 'ssh-keyscan' || words.some((w) => w.includes('.ssh/'))) return 'SSH keys';
    for (const a of c.assignments) if (MODULE_SETTINGS.has(a.text.split('=')[0]) && c.words.length === 0) return `export ${a.text.split('=')[0]}`;
    if (tool === 'export') {
      const name = words.slice(1).map((w) => w.split('=')[0]).find((n) => MODULE_SETTINGS.has(n));
      if (name) return `export ${name}`;
    }
  }
  return undefined;
}

/** Packages that bring git, which the go command runs to fetch a module straight from its repository. */
const GIT_PACKAGES = new Set(['git', 'git-core']);

/**
 * The first RUN of the stage at or after offset `from` that installs git (`apk add git`): a go
 * command that fetches modules straight from their repositories (no module proxy: GOPROXY unset
 * before Go 1.13, or `direct`) needs it, so a download moved above that RUN would fail.
 */
export function gitInstalledAfter(file: SourceFile, stage: Stage, from: number): AccessStep | undefined {
  for (const run of stage.runs) {
    if (run.span.start < from) continue;
    if (run.commands.some((c) => installedPackages(c).some((p) => GIT_PACKAGES.has(p)))) return { line: lineColumn(file, run.span.start).line, what: 'git installed' };
  }
  return undefined;
}
