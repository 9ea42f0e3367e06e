/**
 * The Go version in effect in each stage, as a model fact: from the golang image's tag, from a
 * distribution package a RUN installs (`apk add go`, `apt-get install golang-go`), from an
 * upstream tarball a RUN unpacks, from a `COPY --from=golang:1.22 /usr/local/go`, and through
 * FROM-stage chains. go.mod's `go` and `toolchain` lines raise it only where the go command would
 * switch toolchains (Go ≥ 1.21 with GOTOOLCHAIN allowing it). Unknown stays unknown: callers behave
 * as if the Go were new enough.
 */
import { imageFacts } from './catalogue';
import { distroGo, distroName, distroOf } from './distro-go';
import { bareTagGo } from './golang-tags';
import { compareGoVersions, parseGoVersion, toolchainGoVersion, type GoMod } from './gomod';
import { parseImageRef } from './image-ref';
import { basename } from './paths';
import type { CopyInfo, GoInstall, GoVersionFact, RunInfo, Stage } from './types';

export type { GoInstall, GoVersionFact } from './types';
import { expand } from './vars';

/** Is the Go at least `min`? Undefined when that cannot be known. */
export function goVersionAtLeast(fact: GoVersionFact | undefined, min: string): boolean | undefined {
  if (!fact) return undefined;
  const c = compareGoVersions(fact.version, min);
  if (c === undefined) return undefined;
  if (c >= 0) return true;
  return fact.atLeast ? undefined : false;
}

/** The Go a golang image tag gives: its version, or where a variant-only tag froze or floats. */
export function golangTagGo(tag: string | undefined, image: string): GoVersionFact | undefined {
  const facts = imageFacts({ raw: image, repository: 'golang', tag });
  if (facts.goVersion !== undefined) {
    const v = parseGoVersion(facts.goVersion);
    // `golang:1` floats over every 1.x release.
    if (v?.minor === undefined) return floating('', image);
    return { version: facts.goVersion, source: image, toolchainDefault: 'local' };
  }
  if (tag !== undefined && (tag === 'tip' || tag.startsWith('tip-') || tag === 'rc' || tag.startsWith('rc-'))) return floating('', image);
  return floating(tag === undefined || tag === 'latest' ? '' : tag, image);
}

function floating(suffix: string, image: string): GoVersionFact | undefined {
  const known = bareTagGo(suffix);
  if (!known) return undefined;
  return { version: known.version, atLeast: known.floating, source: image, toolchainDefault: 'local' };
}

/** The Go of a stage's base: the golang or Chainguard go image's tag, or the parent stage's. */
function baseGo(stage: Stage): GoVersionFact | undefined {
  const base = stage.base;
  if (base.kind === 'stage') {
    const all = base.candidates.map((c) => c.goVersion);
    const first = all[0];
    return first && all.every((v) => v && v.version === first.version && v.atLeast === first.atLeast) ? first : undefined;
  }
  if (base.kind !== 'image') return undefined;
  if (base.facts.family === 'golang') return golangTagGo(base.ref.tag, stage.imageText);
  if (base.facts.family === 'chainguard' && base.facts.hasGoToolchain) {
    // Chainguard's go image sets GOTOOLCHAIN=local+auto (auto).
    const v = base.facts.goVersion;
    return v && parseGoVersion(v)?.minor !== undefined ? { version: v, source: stage.imageText, toolchainDefault: 'auto' } : undefined;
  }
  return undefined;
}

/**
 * Does the stage's base bring a go command (known golang/Chainguard go image, or a parent stage that
 * has one)? A parent stage is earlier and already has its answer (`goBase`): no recursion down a
 * FROM chain, which may be thousands of stages long.
 */
function baseHasGo(stage: Stage): boolean | 'unknown' {
  const base = stage.base;
  if (base.kind === 'stage') return base.candidates.every((c) => c.index < stage.index && (c.goInstall !== undefined || c.goBase === true)) ? true : 'unknown';
  if (base.kind === 'scratch') return false;
  if (base.kind === 'unknown') return 'unknown';
  if (base.facts.hasGoToolchain) return true;
  return base.facts.family === 'other' ? 'unknown' : false;
}

/**
 * Fill `stage.goVersion`, `stage.goInstall` and each RUN's `goVersion` (the local Go; see
 * {@link effectiveGoVersion} for go.mod's part). Stages come in order: a FROM names an earlier one.
 */
export function assignGoVersions(stages: readonly Stage[], lineOf: (offset: number) => number): void {
  for (const stage of stages) {
    let current = baseGo(stage);
    const hasGo = baseHasGo(stage);
    stage.goBase = hasGo;
    const events: Array<{ at: number; run?: RunInfo; copy?: CopyInfo }> = [
      ...stage.runs.map((run) => ({ at: run.span.start, run })),
      ...stage.copies.map((copy) => ({ at: copy.span.start, copy })),
    ].sort((a, b) => a.at - b.at);
    for (const e of events) {
      const install = e.run ? runInstall(stage, e.run, hasGo) : e.copy ? copyInstall(e.copy) : undefined;
      if (install) {
        install.line = lineOf(install.at);
        stage.goInstall ??= install;
        if (install.replaces) current = install.version;
      }
      if (e.run) e.run.goVersion = current;
    }
    stage.goVersion = current;
  }
}

const APK_VALUE_FLAGS = new Set(['-t', '--virtual', '-X', '--repository', '--repositories-file', '-p', '--root', '--arch', '--keys-dir', '--cache-dir']);
const APT_VALUE_FLAGS = new Set(['-t', '--target-release', '-o', '--option', '-c', '--config-file']);

/** A RUN that installs Go: `apk add go`, `apt-get install golang-go`, a go1.x.y.linux-*.tar.gz. */
function runInstall(stage: Stage, run: RunInfo, hasGo: boolean | 'unknown'): GoInstall | undefined {
  for (const command of run.commands) {
    const words = command.words.map((w) => w.text);
    const tool = basename(words[0] ?? '');
    if (tool === 'apk' && words.includes('add')) {
      const pkg = packages(words.slice(words.indexOf('add') + 1), APK_VALUE_FLAGS).find((p) => p === 'go' || p.startsWith('go=') || p.startsWith('go~'));
      if (pkg !== undefined) return distroInstall(stage, run, hasGo, 'apk add go', pkg.length > 3 ? pkg.slice(3) : undefined, words.some((w) => w === '-X' || w.startsWith('--repository')));
    }
    if ((tool === 'apt-get' || tool === 'apt') && words.includes('install')) {
      const args = words.slice(words.indexOf('install') + 1);
      for (const p of packages(args, APT_VALUE_FLAGS)) {
        const name = p.split('=')[0];
        const versioned = /^golang-(1\.[0-9]+)(-go)?$/.exec(name);
        // golang-1.NN-go installs under /usr/lib/go-1.NN: the version is known, PATH is the author's.
        if (versioned) return { at: run.span.start, how: `apt-get install ${name}`, replaces: hasGo !== true, version: { version: versioned[1], source: `the ${name} package` } };
        if (name === 'golang' || name === 'golang-go') {
          const backports = args.some((a, i) => (a === '-t' || a === '--target-release') && args[i + 1] !== undefined) || args.some((a) => a.startsWith('--target-release='));
          return distroInstall(stage, run, hasGo, `apt-get install ${name}`, undefined, backports);
        }
      }
    }
    for (const w of command.words) {
      const tarball = tarballVersion(expand(w.text, run.scope).value);
      if (tarball) return { at: run.span.start, how: `the go${tarball} tarball`, replaces: true, version: { version: tarball, source: `the go${tarball} tarball`, toolchainDefault: 'auto' } };
    }
  }
  return undefined;
}

/** Package arguments: what is not a flag nor a flag's value. */
function packages(args: readonly string[], valueFlags: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (valueFlags.has(a)) i++;
    else if (!a.startsWith('-')) out.push(a);
  }
  return out;
}

function distroInstall(stage: Stage, run: RunInfo, hasGo: boolean | 'unknown', how: string, pinned: string | undefined, otherRepository: boolean): GoInstall {
  // The image's own Go comes first on PATH (/usr/local/go/bin): the package's is not the one used.
  const install: GoInstall = { at: run.span.start, how, replaces: hasGo !== true && !stage.goInstall };
  if (!install.replaces) return install;
  const distro = rootDistro(stage);
  const pinnedMinor = pinned === undefined ? undefined : minorOf(pinned.split('-')[0]);
  if (pinnedMinor) install.version = { version: pinnedMinor, source: `${how}=${pinned}` };
  else if (distro && !otherRepository) {
    const minor = distroGo(distro);
    if (minor) install.version = { version: minor, source: `${how} on ${distroName(distro)}`, ...(distro.family === 'alpine' ? { toolchainDefault: 'local' as const } : {}) };
  }
  return install;
}

function minorOf(version: string): string | undefined {
  const v = parseGoVersion(version);
  return v?.minor === undefined ? undefined : `${v.major}.${v.minor}`;
}

function rootDistro(stage: Stage) {
  let s: Stage = stage;
  for (let n = 0; s.base.kind === 'stage' && n < 64; n++) s = s.base.stage;
  return s.base.kind === 'image' ? distroOf(s.base.facts.family, s.base.ref) : undefined;
}

/** "https://dl.google.com/go/go1.12.7.linux-amd64.tar.gz" → "1.12.7". */
function tarballVersion(text: string): string | undefined {
  const at = text.indexOf('.linux-');
  if (at === -1 || !text.includes('.tar.gz')) return undefined;
  const start = text.lastIndexOf('/go', at);
  const name = start === -1 ? (text.startsWith('go') ? text.slice(2, at) : undefined) : text.slice(start + 3, at);
  return name !== undefined && parseGoVersion(name)?.minor !== undefined ? name : undefined;
}

/** `COPY --from=golang:1.22 /usr/local/go /usr/local/go`. */
function copyInstall(copy: CopyInfo): GoInstall | undefined {
  if (copy.fromImage === undefined || !copy.fromImageKnown) return undefined;
  if (!copy.sources.some((s) => s.known && s.text.replace(/\/+$/, '') === '/usr/local/go')) return undefined;
  const ref = parseImageRef(copy.fromImage);
  if (!ref || imageFacts(ref).family !== 'golang') return undefined;
  return { at: copy.span.start, how: `COPY --from=${copy.fromImage}`, replaces: true, version: golangTagGo(ref.tag, copy.fromImage) };
}

/**
 * The Go that runs a RUN's go commands: its stage's local Go, raised to go.mod's `go` or
 * `toolchain` line where GOTOOLCHAIN lets a Go ≥ 1.21 switch (`auto`, `<name>+auto`, a named
 * `go1.x.y`), as the go command does.
 */
export function effectiveGoVersion(run: RunInfo, goMod: GoMod | undefined): GoVersionFact | undefined {
  const local = run.goVersion;
  if (!local || goVersionAtLeast(local, '1.21') !== true) return local;
  const setting = run.scope.get('GOTOOLCHAIN');
  const mode = setting === undefined ? local.toolchainDefault ?? 'local' : setting.known ? setting.value : 'local';
  const [name, switching] = mode.split('+');
  let result = local;
  const named = toolchainGoVersion(name);
  if (named) result = { ...local, version: named, atLeast: false, source: `GOTOOLCHAIN=${mode}` };
  if (mode !== 'auto' && switching !== 'auto') return result;
  for (const [floor, what] of [[goMod?.goVersion, 'go'], [goMod?.toolchain && toolchainGoVersion(goMod.toolchain), 'toolchain']] as const) {
    if (floor && (compareGoVersions(floor, result.version) ?? 0) > 0) result = { ...result, version: floor, source: `go.mod's ${what} line (GOTOOLCHAIN=${mode})` };
  }
  return result;
}
