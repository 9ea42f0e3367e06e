/**
 * Is there a C compiler where a go command runs? The go command turns cgo on by default only when
 * it finds one (Go 1.20 and later), so this decides whether a build without CGO_ENABLED is static.
 */
import type { SimpleCommand } from '../shell/lexer';
import { goVersionAtLeast } from './go-version';
import { rootFacts, stageLineage } from './lineage';
import { basename } from './paths';
import type { GoBuild, RunInfo, Stage } from './types';

export type Presence = 'yes' | 'no' | 'maybe';

/** Packages that bring a C compiler (or that no one installs without one: musl-dev, libc6-dev). */
const COMPILER_PACKAGES = new Set([
  'gcc', 'g++', 'clang', 'build-base', 'musl-dev', 'build-essential', 'libc6-dev', 'libc-dev', 'alpine-sdk', 'gcc-c++', 'glibc-devel',
]);
/** Packages that may depend on a C compiler: whether they do cannot be seen here. */
const MAYBE_COMPILER_PACKAGES = new Set(['go', 'golang', 'golang-go', 'musl-gcc', 'zig', 'cgo']);
const PACKAGE_MANAGERS = new Map([
  ['apk', ['add']],
  ['xx-apk', ['add']],
  ['apt-get', ['install']],
  ['apt', ['install']],
  ['xx-apt-get', ['install']],
  ['xx-apt', ['install']],
  ['yum', ['install']],
  ['dnf', ['install']],
  ['microdnf', ['install']],
  ['tdnf', ['install']],
  ['zypper', ['install', 'in']],
]);

/**
 * For a build on an image without a C compiler (golang:*-alpine), where Go 1.20 and later turn cgo
 * off by default: does a package install before the build, in its stage or a stage it is built
 * FROM, bring one? 'maybe' when a package list cannot be read (a variable) or a package may
 * depend on a compiler. Undefined when the image has a compiler or may have one, and for Go
 * before 1.20, which turned cgo on without looking: cgo is then on by default.
 */
export function compilerInstalled(build: GoBuild): Presence | undefined {
  const facts = rootFacts(build.stage);
  if (!facts || facts.hasCCompiler !== false) return undefined;
  if (goVersionAtLeast(build.run.goVersion, '1.20') === false) return undefined;
  return installedBefore(build.stage, build.run);
}

/** Compiler packages installed by the RUNs of a stage's FROM chain that come before `run`. */
function installedBefore(stage: Stage, run: RunInfo): Presence {
  let result: Presence = 'no';
  for (const s of stageLineage(stage)) {
    for (const r of s.runs) {
      if (s === stage && r.span.start >= run.span.start) continue;
      for (const cmd of r.commands) {
        const p = installs(cmd);
        if (p === 'yes') return 'yes';
        if (p === 'maybe') result = 'maybe';
      }
    }
  }
  return result;
}

/** Does a command install a compiler package (`apk add --no-cache gcc musl-dev`)? */
function installs(cmd: SimpleCommand): Presence {
  const words = cmd.words.map((w) => w.text);
  const verbs = words.length > 0 ? PACKAGE_MANAGERS.get(basename(words[0])) : undefined;
  if (!verbs) return 'no';
  const verb = words.findIndex((w, i) => i > 0 && verbs.includes(w));
  if (verb === -1) return 'no';
  let result: Presence = 'no';
  for (const w of words.slice(verb + 1)) {
    if (w.startsWith('-')) continue;
    const name = packageName(w);
    if (COMPILER_PACKAGES.has(name)) return 'yes';
    if (MAYBE_COMPILER_PACKAGES.has(name) || w.includes('$') || w.includes('`')) result = 'maybe';
  }
  return result;
}

/** The packages a command installs (`apk add --no-cache git make`: git, make); empty for other commands. */
export function installedPackages(cmd: SimpleCommand): string[] {
  const words = cmd.words.map((w) => w.text);
  const verbs = words.length > 0 ? PACKAGE_MANAGERS.get(basename(words[0])) : undefined;
  if (!verbs) return [];
  const verb = words.findIndex((w, i) => i > 0 && verbs.includes(w));
  if (verb === -1) return [];
  return words.slice(verb + 1).filter((w) => !w.startsWith('-')).map(packageName);
}

/** `gcc=12.2.0-r4`, `gcc~12`, `gcc>=12`, `gcc:amd64` name the package gcc. */
function packageName(word: string): string {
  let end = word.length;
  for (const c of ['=', '~', '<', '>', ':']) {
    const i = word.indexOf(c);
    if (i > 0 && i < end) end = i;
  }
  return word.slice(0, end);
}
