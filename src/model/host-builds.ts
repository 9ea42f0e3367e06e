/**
 * Builds that run before `docker build`, whose binaries a COPY of the Dockerfile takes from the
 * build context: a GoReleaser build of a `dockers`/`dockers_v2` entry that names the Dockerfile,
 * or a target of the Makefile at the context root whose `go build -o` writes the copied path.
 * They run on the machine that makes the release: a Linux CI runner on amd64 with a C compiler,
 * where cgo is on unless CGO_ENABLED=0 says otherwise (a build for another platform is a cross
 * build, with cgo off).
 */
import { contextLocator, repositoryPath, type FileLocator } from './context-files';
import { hostCommands, linksStatically, splitQuoted, valueIn } from './go';
import { releaseCiEnvironment, releaseConfigs } from './goreleaser';
import { readMakefile } from './makefile';
import { basename, resolvePath } from './paths';
import type { Word } from '../shell/lexer';
import type { VarValue } from './vars';
import type { SourceFile } from '../parse/source';
import type { CopyInfo, GoCommand, HostBuild, Model, OtherFile, ReleaseBuild, ReleaseConfig, ReleaseDocker, ReleaseValue } from './types';
import type { Workspace } from './workspace';

/** A file the image copies from the build context, and where it lands. */
interface ContextCopy {
  copy: CopyInfo;
  /** The source as a pattern: unknown variables kept as `${NAME}`. */
  source: string;
}

/**
 * The host builds of the model, and whether a GoReleaser configuration builds its image. With no
 * binary copied in from the context there is no host build, and whether GoReleaser names the
 * Dockerfile is asked only by a rule that needs it (most Dockerfiles build Go themselves, and
 * the question then never comes up): `release` looks the configurations up on first call.
 */
export function findHostBuilds(file: SourceFile, model: Model): { builds: HostBuild[]; release: () => boolean } {
  const ws = model.workspace;
  if (!ws) return { builds: [], release: () => false };
  const copies = shippedContextCopies(model);
  if (copies.length === 0) {
    let release: boolean | undefined;
    return { builds: [], release: () => (release ??= hostBuildsWith(file, model, ws, copies).release) };
  }
  const found = hostBuildsWith(file, model, ws, copies);
  return { builds: found.builds, release: () => found.release };
}

function hostBuildsWith(file: SourceFile, model: Model, ws: Workspace, copies: ContextCopy[]): { builds: HostBuild[]; release: boolean } {
  const unreadable = new Set<string>();
  const configs = releaseConfigs(ws, unreadable);
  if (unreadable.size > 0) model.unreadable = unreadable;
  const builds: HostBuild[] = [];
  let release = false;
  for (const config of configs) {
    for (const docker of config.dockers) {
      if (docker.dockerfile !== ws.dockerfilePath) continue;
      release = true;
      builds.push(...releaseBuilds(config, docker, copies, releaseCiEnvironment(ws.repository)));
    }
  }
  const unmatched = copies.filter((c) => !builds.some((b) => b.copy === c.copy));
  if (!release && unmatched.length > 0) builds.push(...makeBuilds(file, model, unmatched));
  return { builds, release };
}

/** COPY/ADD sources from the build context in the final image (its stage or a stage it is built FROM). */
function shippedContextCopies(model: Model): ContextCopy[] {
  const out: ContextCopy[] = [];
  for (const stage of model.finalLineage) {
    for (const copy of stage.copies) {
      if (copy.fromStage || copy.fromImage !== undefined || copy.heredoc || copy.dest === undefined) continue;
      for (const s of copy.sources) if (!s.text.includes('://')) out.push({ copy, source: s.text.replace(/^\.?\/+/, '') });
    }
  }
  return out;
}

/** Does a COPY source (a glob, with unknown variables) name this path of the context? */
export function sourceMatches(source: string, path: string): boolean {
  let re = '^';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '$' && source[i + 1] === '{') {
      const close = source.indexOf('}', i);
      if (close === -1) return false;
      re += '.*';
      i = close;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  try {
    return new RegExp(re + '$').test(path.replace(/^\/+/, ''));
  } catch {
    return false;
  }
}

/** The builds of a GoReleaser `dockers` entry whose binaries the Dockerfile copies, once per platform of the image. */
function releaseBuilds(config: ReleaseConfig, docker: ReleaseDocker, copies: readonly ContextCopy[], ci: CiEnvironment): HostBuild[] {
  const candidates = config.builds.filter((b) => b.builder === 'go' && !b.skip && (docker.ids === undefined || docker.ids.includes(b.id)));
  const out: HostBuild[] = [];
  for (const build of candidates) {
    for (const platform of docker.platforms) {
      if (build.targets && !build.targets.some((t) => t.goos === platform.goos && t.goarch === platform.goarch)) continue;
      const copy = copies.find((c) => copiesBinary(config, docker, build, platform, c.source) || (build.binary === undefined && candidates.length === 1 && copies.length === 1));
      if (copy) out.push(releaseHostBuild(config, build, platform, copy.copy, ci));
    }
  }
  return out;
}

/** Where GoReleaser puts the binary: the context root (dockers), `os/arch/` (dockers_v2), or `dist/<id>_<os>_<arch>*` for a Dockerfile built from the repository. */
function copiesBinary(config: ReleaseConfig, docker: ReleaseDocker, build: ReleaseBuild, platform: { goos: string; goarch: string }, source: string): boolean {
  if (build.binary === undefined) return false;
  const name = basename(build.binary);
  if (docker.kind === 'dockers_v2' ? sourceMatches(source, `${platform.goos}/${platform.goarch}/${name}`) : sourceMatches(source, name)) return true;
  const parts = source.split('/');
  return parts.length >= 3 && parts[0] === config.dist && sourceMatches(parts.slice(2).join('/'), build.binary) && (parts[1].startsWith(`${build.id}_`) || parts[1].startsWith('${'));
}

type CiEnvironment = ReadonlyMap<string, { value: string; known: boolean }>;

function releaseHostBuild(config: ReleaseConfig, build: ReleaseBuild, platform: { goos: string; goarch: string }, copy: CopyInfo, ci: CiEnvironment): HostBuild {
  const override = build.overrides.find((o) => o.goos === platform.goos && o.goarch === platform.goarch);
  // The CI step's environment first (GoReleaser's builds inherit it), then the file's, later ones winning.
  const inherited = [...ci].map(([name, v]): ReleaseValue => ({ text: `${name}=${v.known ? v.value : '{{ unknown }}'}`, known: v.known }));
  const env = environment([...inherited, ...(config.env?.values ?? []), ...(build.env?.values ?? []), ...(override?.env ?? [])]);
  const ldflagValues = override?.ldflags ?? build.ldflags?.values;
  // GoReleaser's default -ldflags: '-s -w -X main.version={{.Version}} ...'.
  const ldflags = ldflagValues ? tokens(ldflagValues) : ['-s', '-w', '-X', 'main.version={{.Version}}'];
  const flags = tokens(override?.flags ?? build.flags?.values ?? []);
  const goflags = env.get('GOFLAGS');
  const allFlags = [...flags, ...(goflags?.known ? splitQuoted(goflags.value) : [])];
  const cgo = env.get('CGO_ENABLED');
  return {
    tool: 'goreleaser',
    file: config.file,
    name: build.id,
    copy,
    cgo: { value: env.opaque.has('CGO_ENABLED') || (cgo && !cgo.known) ? undefined : cgo ? cgo.value : null },
    cgoFlags: ['CC', 'CXX', 'CGO_CFLAGS', 'CGO_LDFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS'].some((n) => env.has(n) || env.opaque.has(n)),
    goos: platform.goos,
    goarch: platform.goarch,
    ldflags: { flags: ldflags },
    trimpath: allFlags.some((f) => f.startsWith('$')) ? undefined : allFlags.some((f) => f === '-trimpath' || f === '--trimpath' || f === '-trimpath=true'),
    staticLink: linksStatically(ldflags),
    ...(build.binary ? { binary: build.binary } : {}),
    release: build,
  };
}

/** A flag list as the go command splits it; a template token (`{{ .Env.LDFLAGS }}`) becomes an opaque `$` token. */
function tokens(values: readonly ReleaseValue[]): string[] {
  return splitQuoted(values.map((v) => v.text).join(' ')).map((t) => (t.startsWith('{{') ? `$${t}` : t));
}

/** The environment of `NAME=value` entries (later ones win); names a template may set are `opaque`. */
function environment(entries: readonly ReleaseValue[]): Map<string, { value: string; known: boolean }> & { opaque: Set<string> } {
  const env = Object.assign(new Map<string, { value: string; known: boolean }>(), { opaque: new Set<string>() });
  for (const e of entries) {
    const eq = e.text.indexOf('=');
    const name = eq === -1 ? '' : e.text.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      // A whole entry from a template (`{{ if eq .Os "darwin" }}CC=o64-clang{{ end }}`): what it may set.
      for (const m of e.text.matchAll(/[A-Za-z_][A-Za-z0-9_]*(?==)/g)) env.opaque.add(m[0]);
      continue;
    }
    env.set(name, { value: e.text.slice(eq + 1), known: !e.text.slice(eq + 1).includes('{{') });
  }
  return env;
}

const MAX_TARGETS = 64;
const MAKEFILES = ['GNUmakefile', 'makefile', 'Makefile'];

/**
 * Targets of the Makefile at the root of the build context whose go build writes a file the
 * image copies from the context (`-o bin/app`, `-o ./dist/$(GOOS)/$(GOARCH)/app`), when the same
 * Makefile builds the image (`docker build -f <this Dockerfile>` in a run of make that also runs
 * that go build). Without that, CI may run another build (a workflow step, other variables): the
 * Makefile's is a guess, and nothing is said.
 */
function makeBuilds(file: SourceFile, model: Model, copies: readonly ContextCopy[]): HostBuild[] {
  const ws = model.workspace;
  if (!ws) return [];
  const locate = contextLocator(ws);
  const makefile = MAKEFILES.map((n) => locate.open(`/${n}`)).find((f): f is OtherFile => f !== undefined);
  if (!makefile) return [];
  const runs = targetBuilds(file, model, makefile, locate);
  const imageRuns = runs.filter((r) => r.images.some((d) => d === ws.dockerfilePath));
  const out: HostBuild[] = [];
  const seen = new Set<string>();
  for (const { target, commands } of runs) {
    for (const command of commands) {
      const copy = copies.find((c) => writes(command, c.source));
      const key = `${command.file?.path}:${command.goWord.start}`;
      if (!copy || seen.has(key) || !command.file) continue;
      if (!imageRuns.some((r) => r.commands.some((c) => c.file === command.file && c.goWord.start === command.goWord.start))) continue;
      seen.add(key);
      out.push(makeHostBuild(command, command.file, target, copy.copy));
    }
  }
  return out;
}

interface TargetRun {
  target: string;
  /** The go builds `make <target>` runs. */
  commands: GoCommand[];
  /** The Dockerfiles it builds images of (repository paths; '?' when one cannot be known). */
  images: string[];
}

/** By Makefile (path and text): the Dockerfiles of a repository share one reading, whatever their views of it. */
const targetsMemo = new Map<string, TargetRun[]>();
const MAX_MEMO = 16;

/** What each target of a Makefile runs as `make <target>` in a clean environment: once per file (the Dockerfiles of a repository share it). */
function targetBuilds(file: SourceFile, model: Model, makefile: OtherFile, locate: FileLocator): TargetRun[] {
  const key = `${makefile.path}\0${makefile.text}`;
  let found = targetsMemo.get(key);
  if (found) return found;
  const ws = model.workspace;
  const mk = readMakefile(makefile, { env: new Map(), overrides: new Map(), curdir: '/' }, (p) => locate.open(`/${p}`));
  found = [...mk.rules.keys()].slice(0, MAX_TARGETS).map((target) => {
    const images: string[] = [];
    const commands = hostCommands(file, model, locate, ['make', target], '/', (words, ctx) => {
      const built = containerBuild(words, (w) => valueIn(ctx, w), ctx.state.cwd ?? '/');
      if (built !== undefined) images.push(built === '?' || !ws ? '?' : repositoryPath(ws, built));
    });
    return { target, commands, images };
  });
  if (targetsMemo.size >= MAX_MEMO) targetsMemo.clear();
  targetsMemo.set(key, found);
  return found;
}

const CONTAINER_TOOLS = new Set(['docker', 'podman', 'nerdctl', 'buildah']);

/**
 * The Dockerfile a `docker build` (`docker buildx build`, `podman build`, `buildah bud`) builds,
 * as a path from the context root (where make runs); '?' when it cannot be known; undefined when
 * the command builds no image.
 */
export function containerBuild(words: readonly Word[], value: (w: Word) => VarValue, cwd: string): string | undefined {
  const tool = value(words[0]);
  if (!tool.known || !CONTAINER_TOOLS.has(basename(tool.value))) return undefined;
  const at = words.slice(1, 4).findIndex((w) => w.text === 'build' || w.text === 'bud');
  if (at === -1) return undefined;
  const args = words.slice(at + 2);
  let dockerfile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    if (t === '-f' || t === '--file') dockerfile = args[i + 1] ? known(value(args[i + 1])) : '?';
    else if (t.startsWith('--file=')) dockerfile = known(value({ ...args[i], text: t.slice('--file='.length) }));
    else if (t.startsWith('-f') && t.length > 2 && !t.startsWith('--')) dockerfile = known(value({ ...args[i], text: t.slice(2) }));
  }
  if (dockerfile === undefined) {
    // No -f: the Dockerfile of the context, the last argument.
    const last = args[args.length - 1];
    const context = last ? known(value(last)) : '?';
    if (context === '?' || context.startsWith('-')) return '?';
    dockerfile = `${context}/Dockerfile`;
  }
  if (dockerfile === '?' || dockerfile === '-') return '?';
  const p = resolvePath(cwd, dockerfile);
  return p === '/' ? '?' : p.slice(1);
}

function known(v: VarValue): string {
  return v.known ? v.value : '?';
}

/**
 * Does a go build (run at the context root, `/`) write the file a COPY source names? The file
 * names must agree as written; the folders may hold variables on either side
 * (`-o dist/$(GOOS)/app` and `COPY dist/${TARGETOS}/app`).
 */
function writes(command: GoCommand, source: string): boolean {
  // Unknown parts of make's and the shell's values (`$(GOOS)`, `${GOOS}`) match any text.
  const places = [command.output, command.outputPattern, ...(command.movedTo ?? [])].filter((p): p is string => p !== undefined).map((p) => p.replace(/\$\([^)]*\)/g, '${X}').replace(/^\/+/, ''));
  const name = basename(source);
  if (name.includes('$')) return false;
  return places.some((p) => {
    const own = basename(p);
    if (own.includes('$') || !sourceMatches(name, own)) return false;
    return sourceMatches(source, p) || sourceMatches(p, source);
  });
}

function makeHostBuild(command: GoCommand, file: OtherFile, target: string, copy: CopyInfo): HostBuild {
  return {
    tool: 'make',
    file,
    name: target,
    copy,
    cgo: { value: command.cgo.value },
    cgoFlags: command.cgoFlags,
    ...(command.goos.value ? { goos: command.goos.value } : {}),
    ...(command.goarch.value ? { goarch: command.goarch.value } : {}),
    ...(command.ldflags ? { ldflags: { flags: command.ldflags.flags } } : {}),
    trimpath: command.trimpath,
    staticLink: command.staticLink,
    ...(command.output ? { binary: basename(command.output) } : {}),
    command,
  };
}

