/**
 * GoReleaser configurations (versions 1 and 2): the `dockers` and `dockers_v2` entries that build
 * an image from a Dockerfile, and the `builds` whose binaries they copy in. GoReleaser runs the
 * builds on the machine that makes the release, then `docker build` with a context that holds
 * the binaries; what the binary is (static or not, stripped, trimmed) is decided here, not in the
 * Dockerfile. Values with templates (`{{ .Env.CGO }}`) are unknown.
 */
import { computeLineStarts } from '../parse/source';
import type { OtherFile, ReleaseBuild, ReleaseConfig, ReleaseDocker, ReleaseList, ReleaseOverride } from './types';
import type { YamlMap, YamlNode } from './yaml-tree';
import { get, pairOf, readYaml, scalar, strings } from './yaml';
import { foldersAbove, inFolder } from './paths';
import type { FileTree, Workspace } from './workspace';

/** The names GoReleaser looks for, in its order. */
export const GORELEASER_FILES = ['.goreleaser.yml', '.goreleaser.yaml', 'goreleaser.yml', 'goreleaser.yaml'];

const configsMemo = new WeakMap<FileTree, Map<string, ReleaseConfig | string | null>>();

/**
 * The GoReleaser configurations that may build the Dockerfile's image: in its folder and the
 * folders above it, up to the repository root. `unreadable` collects the files that are not YAML.
 */
export function releaseConfigs(ws: Workspace, unreadable: Set<string>): ReleaseConfig[] {
  const out: ReleaseConfig[] = [];
  for (const dir of foldersAbove(ws.dockerfilePath)) {
    for (const name of GORELEASER_FILES) {
      const path = inFolder(dir, name);
      const config = readConfig(ws.repository, path, dir);
      if (typeof config === 'string') unreadable.add(path);
      else if (config) out.push(config);
    }
  }
  return out;
}

/** A configuration file, read once per tree: the configuration, its error, or null when absent. */
function readConfig(tree: FileTree, path: string, dir: string): ReleaseConfig | string | null {
  let memo = configsMemo.get(tree);
  if (!memo) configsMemo.set(tree, (memo = new Map()));
  let config = memo.get(path);
  if (config !== undefined) return config;
  config = null;
  if (tree.kind(path) === 'file') {
    const text = tree.read(path);
    const parsed = text === undefined ? { error: 'unreadable' } : readYaml(text);
    if (parsed.error !== undefined || text === undefined) config = parsed.error ?? 'unreadable';
    else if (parsed.root?.kind === 'map') config = releaseConfig({ path, text, lineStarts: computeLineStarts(text) }, dir, parsed.root);
  }
  memo.set(path, config);
  return config;
}

function releaseConfig(file: OtherFile, dir: string, root: YamlMap): ReleaseConfig {
  const version = Number(scalar(get(root, 'version')) ?? '1') || 1;
  const projectName = scalar(get(root, 'project_name')) ?? scalar(get(root, 'project'));
  const config: ReleaseConfig = { file, dir, root, version, builds: [], dockers: [], dist: scalar(get(root, 'dist')) ?? 'dist', env: list(root, 'env') };
  const buildsNode = get(root, 'builds');
  const items = buildsNode?.kind === 'seq' && buildsNode.items.length > 0 ? buildsNode.items : undefined;
  // No `builds`: the one build of the singular `build` key (GoReleaser's SingleBuild, used only
  // when `builds` is empty), else one default Go build, named after the project.
  const single = get(root, 'build');
  if (items === undefined) config.builds.push(releaseBuild(config, single?.kind === 'map' ? single : undefined, projectName, version));
  else for (const item of items) if (item.kind === 'map') config.builds.push(releaseBuild(config, item, projectName, version));
  for (const kind of ['dockers', 'dockers_v2'] as const) {
    const entries = get(root, kind);
    if (entries?.kind !== 'seq') continue;
    for (const e of entries.items) if (e.kind === 'map') config.dockers.push(releaseDocker(kind, e, dir));
  }
  return config;
}

/** `project`: the project name, which names a build and its binary by default (unknown when GoReleaser takes it from git). */
function releaseBuild(config: ReleaseConfig, node: YamlMap | undefined, project: string | undefined, version: number): ReleaseBuild {
  const text = (key: string) => (node ? scalar(get(node, key)) : undefined);
  const id = text('id') ?? project ?? '';
  const binary = text('binary') ?? project;
  const goos = node ? strings(get(node, 'goos')) : undefined;
  const goarch = node ? strings(get(node, 'goarch')) : undefined;
  return {
    config,
    id,
    ...(node ? { node } : {}),
    builder: text('builder') ?? 'go',
    skip: text('skip') === 'true',
    binary: binary === undefined || binary.includes('{{') ? undefined : binary,
    env: node ? list(node, 'env') : undefined,
    flags: node ? list(node, 'flags') : undefined,
    ldflags: node ? list(node, 'ldflags') : undefined,
    targets: targetsOf(node, goos ?? (version >= 2 ? ['darwin', 'linux', 'windows'] : ['darwin', 'linux']), goarch ?? ['386', 'amd64', 'arm64']),
    overrides: node ? overridesOf(node) : [],
  };
}

/** The platforms a build makes; undefined when a template hides them. */
function targetsOf(node: YamlMap | undefined, goos: string[], goarch: string[]): ReleaseBuild['targets'] {
  const explicit = node ? strings(get(node, 'targets')) : undefined;
  if (explicit) {
    if (explicit.some((t) => t.includes('{{'))) return undefined;
    // `go_first_class` and friends include linux/amd64 and linux/arm64.
    return explicit.flatMap((t) => (t.startsWith('go_') ? [{ goos: 'linux', goarch: 'amd64' }, { goos: 'linux', goarch: 'arm64' }] : [{ goos: t.split('_')[0], goarch: t.split('_')[1] ?? '' }]));
  }
  if ([...goos, ...goarch].some((v) => v.includes('{{'))) return undefined;
  const ignored = node ? get(node, 'ignore') : undefined;
  const ignore = ignored?.kind === 'seq' ? ignored.items.filter((i): i is YamlMap => i.kind === 'map') : [];
  const out: Array<{ goos: string; goarch: string }> = [];
  for (const os of goos) {
    for (const arch of goarch) {
      if (ignore.some((i) => matches(i, os, arch))) continue;
      out.push({ goos: os, goarch: arch });
    }
  }
  return out;
}

function matches(m: YamlMap, goos: string, goarch: string): boolean {
  const os = scalar(get(m, 'goos'));
  const arch = scalar(get(m, 'goarch'));
  return (os === undefined || os === goos) && (arch === undefined || arch === goarch);
}

function overridesOf(node: YamlMap): ReleaseOverride[] {
  const o = get(node, 'overrides');
  if (o?.kind !== 'seq') return [];
  return o.items
    .filter((i): i is YamlMap => i.kind === 'map')
    .map((m) => ({ goos: scalar(get(m, 'goos')), goarch: scalar(get(m, 'goarch')), env: list(m, 'env')?.values ?? [], ldflags: list(m, 'ldflags')?.values, flags: list(m, 'flags')?.values }));
}

function releaseDocker(kind: 'dockers' | 'dockers_v2', node: YamlMap, dir: string): ReleaseDocker {
  const named = scalar(get(node, 'dockerfile')) ?? 'Dockerfile';
  const dockerfile = named.includes('{{') ? undefined : normalizePath(dir === '' ? named : `${dir}/${named}`);
  const ids = strings(get(node, 'ids')) ?? strings(get(node, 'builds'));
  let platforms: ReleaseDocker['platforms'];
  if (kind === 'dockers_v2') {
    const given = strings(get(node, 'platforms')) ?? ['linux/amd64', 'linux/arm64'];
    platforms = given.filter((p) => !p.includes('{{')).map((p) => ({ goos: p.split('/')[0], goarch: p.split('/')[1] ?? '' }));
  } else {
    platforms = [{ goos: scalar(get(node, 'goos')) ?? 'linux', goarch: scalar(get(node, 'goarch')) ?? 'amd64' }];
  }
  return { kind, node, dockerfile, ...(ids ? { ids } : {}), platforms };
}

function normalizePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** A key whose value is a list of strings (or one string), with each value's node. */
function list(m: YamlMap, key: string): ReleaseList | undefined {
  const pair = pairOf(m, key);
  if (!pair) return undefined;
  const n = pair.value;
  const nodes = !n ? [] : n.kind === 'seq' ? n.items : [n];
  const values = nodes.flatMap((i) => (i.kind === 'scalar' && i.value !== null ? [{ text: i.value, known: !i.value.includes('{{'), node: i }] : i.kind === 'scalar' ? [] : [{ text: '', known: false }]));
  return { values, pair };
}

const ciMemo = new WeakMap<FileTree, ReadonlyMap<string, { value: string; known: boolean }>>();

/**
 * The environment GitHub Actions gives the steps that run GoReleaser (`uses:
 * goreleaser/goreleaser-action`, or a `run:` of goreleaser): the workflow's, job's and step's
 * `env`, which GoReleaser's builds inherit (`CGO_ENABLED: 0` is often set there). A name that
 * two such steps set differently, or from an expression (`${{ ... }}`), is unknown.
 */
export function releaseCiEnvironment(repository: FileTree): ReadonlyMap<string, { value: string; known: boolean }> {
  let env = ciMemo.get(repository);
  if (env) return env;
  const found = new Map<string, { value: string; known: boolean }>();
  const dir = '.github/workflows';
  for (const name of repository.list(dir) ?? []) {
    if (!/\.ya?ml$/.test(name)) continue;
    const text = repository.read(`${dir}/${name}`);
    const root = text === undefined ? undefined : readYaml(text).root;
    if (root?.kind === 'map') for (const stepEnv of releaseStepEnvironments(root)) merge(found, stepEnv);
  }
  env = found;
  ciMemo.set(repository, env);
  return env;
}

/** The environment of each step of a workflow that runs GoReleaser. */
function releaseStepEnvironments(workflow: YamlMap): Array<Map<string, string>> {
  const out: Array<Map<string, string>> = [];
  const jobs = get(workflow, 'jobs');
  if (jobs?.kind !== 'map') return out;
  for (const job of jobs.pairs) {
    if (job.value?.kind !== 'map') continue;
    const steps = get(job.value, 'steps');
    if (steps?.kind !== 'seq') continue;
    for (const step of steps.items) {
      if (step.kind !== 'map') continue;
      const uses = scalar(get(step, 'uses')) ?? '';
      const run = scalar(get(step, 'run')) ?? '';
      if (!uses.includes('goreleaser/goreleaser-action') && !/(^|[\s;&|])goreleaser(\s|$)/m.test(run)) continue;
      out.push(new Map([...envMap(get(workflow, 'env')), ...envMap(get(job.value, 'env')), ...envMap(get(step, 'env'))]));
    }
  }
  return out;
}

function envMap(n: YamlNode | undefined): Map<string, string> {
  const m = new Map<string, string>();
  if (n?.kind === 'map') for (const p of n.pairs) if (p.value?.kind === 'scalar') m.set(p.key, p.value.value ?? '');
  return m;
}

function merge(into: Map<string, { value: string; known: boolean }>, step: Map<string, string>): void {
  for (const [name, value] of step) {
    const known = !value.includes('${{');
    const before = into.get(name);
    if (before && (!before.known || before.value !== value)) into.set(name, { value: '', known: false });
    else into.set(name, { value, known });
  }
}
