/**
 * Docker Compose files that build the Dockerfile's image: how the repository itself runs the
 * image (what it mounts, whether it is privileged or root, what its health check runs). Read from
 * the Dockerfile's folder and the repository root (`compose.yaml`, `docker-compose.yml` and their
 * `compose.<name>.yaml`/`docker-compose.<name>.yml` variants). A service is this image's when its
 * `build` names this Dockerfile (context and `dockerfile`, `${VAR}` taken from the `.env` beside
 * the compose file); a service that builds a sibling Dockerfile (same context, same folder) runs a
 * variant of the same program.
 */
import type { YamlMap, YamlNode } from './yaml-tree';
import { get, readYaml, scalar, strings } from './yaml';
import { parentOf } from './paths';
import type { FileTree, Workspace } from './workspace';

const COMPOSE_FILE = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
const MAX_FILES = 16;

export interface ComposeMount {
  /** The host path (a bind mount) or the volume name, as written. */
  source: string;
  target: string;
  bind: boolean;
  readOnly: boolean;
}

export interface ComposeService {
  /** The compose file's repository path, and the service name. */
  file: string;
  name: string;
  /** 'same': its build names this Dockerfile; 'sibling': another Dockerfile of the same folder and context. */
  match: 'same' | 'sibling';
  mounts: ComposeMount[];
  privileged: boolean;
  capAdd: string[];
  user?: string;
  /** The health check's command: `['CMD', 'wget', ...]`, `['CMD-SHELL', '...']`, or a string (shell). */
  healthcheck?: string[];
}

const memo = new WeakMap<FileTree, Map<string, ComposeService[]>>();

/** The compose services that build this workspace's Dockerfile (or a sibling of it). */
export function composeServices(ws: Workspace | undefined): ComposeService[] {
  if (!ws) return [];
  let byPath = memo.get(ws.repository);
  if (!byPath) memo.set(ws.repository, (byPath = new Map()));
  const key = `${ws.contextPath}\0${ws.dockerfilePath}`;
  let out = byPath.get(key);
  if (out) return out;
  out = [];
  const dirs = [...new Set([parentOf(ws.dockerfilePath), ''])];
  for (const dir of dirs) {
    const names = (ws.repository.list(dir) ?? []).filter((n) => COMPOSE_FILE.test(n)).slice(0, MAX_FILES);
    for (const name of names) out.push(...servicesOf(ws, dir === '' ? name : `${dir}/${name}`, dir));
  }
  byPath.set(key, out);
  return out;
}

function servicesOf(ws: Workspace, path: string, dir: string): ComposeService[] {
  const text = ws.repository.read(path);
  if (text === undefined) return [];
  const { root } = readYaml(text);
  const services = root?.kind === 'map' ? get(root, 'services') : undefined;
  if (services?.kind !== 'map') return [];
  const env = dotEnv(ws.repository, dir);
  const out: ComposeService[] = [];
  for (const pair of services.pairs) {
    if (pair.value?.kind !== 'map') continue;
    const match = buildMatch(ws, pair.value, dir, env);
    if (!match) continue;
    const s = pair.value;
    const user = scalar(get(s, 'user'));
    out.push({
      file: path,
      name: pair.key,
      match,
      mounts: mounts(get(s, 'volumes'), env),
      privileged: scalar(get(s, 'privileged')) === 'true',
      capAdd: strings(get(s, 'cap_add')) ?? [],
      ...(user !== undefined ? { user: interpolate(user, env) } : {}),
      ...healthcheck(get(s, 'healthcheck')),
    });
  }
  return out;
}

/** Does the service's `build` name this Dockerfile, or a sibling of it? */
function buildMatch(ws: Workspace, service: YamlMap, dir: string, env: ReadonlyMap<string, string>): ComposeService['match'] | undefined {
  const build = get(service, 'build');
  let context: string | undefined;
  let dockerfile: string | undefined;
  if (build?.kind === 'scalar') context = scalar(build);
  else if (build?.kind === 'map') {
    context = scalar(get(build, 'context')) ?? '.';
    dockerfile = scalar(get(build, 'dockerfile'));
  } else return undefined;
  if (context === undefined) return undefined;
  context = interpolate(context, env);
  dockerfile = dockerfile === undefined ? 'Dockerfile' : interpolate(dockerfile, env);
  if (context.includes('$') || dockerfile.includes('$') || /^[a-z]+:\/\/|^git@/i.test(context)) return undefined;
  const contextPath = join(dir, context);
  if (contextPath === undefined) return undefined;
  const path = join(contextPath, dockerfile);
  if (path === ws.dockerfilePath) return 'same';
  if (contextPath === ws.contextPath && path !== undefined && parentOf(path) === parentOf(ws.dockerfilePath)) return 'sibling';
  return undefined;
}

/** `volumes:` in short (`./data:/data:ro`) or long (`type: bind`) syntax. */
function mounts(node: YamlNode | undefined, env: ReadonlyMap<string, string>): ComposeMount[] {
  if (node?.kind !== 'seq') return [];
  const out: ComposeMount[] = [];
  for (const item of node.items) {
    if (item.kind === 'scalar' && item.value !== null) {
      const parts = interpolate(item.value, env).split(':');
      // A Windows drive letter (`C:\data:/data`) joins the first two parts.
      if (parts.length > 2 && /^[a-z]$/i.test(parts[0])) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
      if (parts.length < 2) continue;
      const [source, target, mode = ''] = parts;
      out.push({ source, target, bind: isHostPath(source), readOnly: mode.split(',').includes('ro') });
    } else if (item.kind === 'map') {
      const source = interpolate(scalar(get(item, 'source')) ?? '', env);
      const target = interpolate(scalar(get(item, 'target')) ?? '', env);
      const type = scalar(get(item, 'type'));
      out.push({ source, target, bind: type === 'bind' || (type === undefined && isHostPath(source)), readOnly: scalar(get(item, 'read_only')) === 'true' });
    }
  }
  return out;
}

function isHostPath(source: string): boolean {
  return /^([./~$]|[a-z]:\\)/i.test(source);
}

function healthcheck(node: YamlNode | undefined): { healthcheck?: string[] } {
  const test = node?.kind === 'map' ? get(node, 'test') : undefined;
  if (!test || (node?.kind === 'map' && scalar(get(node, 'disable')) === 'true')) return {};
  if (test.kind === 'scalar') return test.value === null ? {} : { healthcheck: [test.value] };
  const words = strings(test) ?? [];
  return words.length > 0 ? { healthcheck: words } : {};
}

/** `KEY=value` lines of the `.env` beside a compose file, which compose uses for `${KEY}`. */
function dotEnv(tree: FileTree, dir: string): ReadonlyMap<string, string> {
  const env = new Map<string, string>();
  const text = tree.read(dir === '' ? '.env' : `${dir}/.env`);
  for (const line of text?.split(/\r?\n/) ?? []) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) env.set(m[1], m[2].replace(/^(['"])(.*)\1$/, '$2'));
  }
  return env;
}

/** `${VAR}`, `${VAR:-default}`, `$VAR` from the `.env`; unknown names stay as written. */
function interpolate(text: string, env: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (all, braced: string | undefined, def: string | undefined, bare: string | undefined) => {
    const name = (braced ?? bare) as string;
    return env.get(name) ?? def ?? all;
  });
}

/** A repository path from a folder and a relative path; undefined when it leaves the repository or is absolute. */
function join(dir: string, rel: string): string | undefined {
  if (rel.startsWith('/')) return undefined;
  const out = dir === '' ? [] : dir.split('/');
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}
