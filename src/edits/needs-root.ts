/**
 * Signs, in what the linter can see, that a final image's process needs root, or writes where a
 * non-root user cannot be given the right to: an entrypoint that drops privileges itself
 * (su-exec, gosu, chown before exec), a Docker socket client, a CMD that writes a log outside the
 * image's open folders, or settings a RUN wrote into root's HOME. A rewrite that makes the
 * process non-root is then not offered, and the finding says why.
 */
import { Cmd, Entrypoint } from '../parse/ast';
import { execForm } from '../model/exec-form';
import { copyPlaces } from '../model/lineage';
import { basename, isWithin, normalize, resolvePath } from '../model/paths';
import { runEffects } from '../model/run-effects';
import type { Model, Stage } from '../model/types';
import { spanOf, type SourceFile } from '../parse/source';
import { splitCommands } from '../shell/lexer';
import { composeServices } from '../model/compose';
import { NONROOT_UID } from '../model/constants';
import { privilegedPorts } from './ports';

/** Programs an entrypoint uses to drop from root to another user, or that need root to run. */
const PRIVILEGE_TOOLS = new Set(['su-exec', 'gosu', 'setpriv', 's6-setuidgid', 'setuidgid', 'chpst', 'runuser', 'su', 'chown', 'setcap', 'sudo']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
/** Where anyone may write. */
const OPEN = ['/tmp', '/var/tmp', '/dev', '/proc/self'];
/** Largest entrypoint script read. */
const SCRIPT_LIMIT = 64 * 1024;

/**
 * Why the process of `stages` (the final stage first) evidently needs root; undefined when nothing
 * says so. `runsInImage`: the RUNs' results stay in the image the process runs in (false for a
 * builder that the single-stage split leaves behind).
 */
export function needsRoot(file: SourceFile, model: Model, stages: readonly Stage[], runsInImage = true): string | undefined {
  for (const s of stages) {
    for (const run of runsInImage ? s.runs : []) {
      const fx = runEffects(run);
      const tool = fx.packages.find((p) => PRIVILEGE_TOOLS.has(p));
      if (tool) return `the image installs ${tool}, with which an entrypoint drops from root to another user itself`;
      for (const c of run.commands) {
        const w = c.words.map((x) => x.text);
        if (w[0] === 'git' && w[1] === 'config' && (w.includes('--global') || w.includes('--system'))) return `a RUN writes git settings for root (git config --global), which uid ${NONROOT_UID} does not read`;
        if (w[0] === 'go' && w[1] === 'env' && w[2] === '-w') return `a RUN writes Go settings into root's HOME (go env -w), which uid ${NONROOT_UID} does not read`;
      }
    }
    for (const [name, value] of s.env) {
      if (value.known && value.value.includes('docker.sock')) return `${name} points at the Docker socket, which only root and the docker group may use`;
    }
  }
  const final = stages[0];
  for (const ins of final.instructions) {
    if (!(ins instanceof Cmd || ins instanceof Entrypoint)) continue;
    const range = ins.getArgumentsRange();
    if (!range) continue;
    const span = spanOf(file, range);
    const raw = file.text.slice(span.start, span.end);
    if (raw.includes('docker.sock')) return `${ins.getKeyword().toUpperCase()} uses the Docker socket, which only root and the docker group may use`;
    const exec = execForm(file, span);
    const why = exec ? execNeedsRoot(model, stages, exec) : shellNeedsRoot(raw, final.workdir);
    if (why) return why;
  }
  return volumeNeedsRoot(stages) ?? portNeedsRoot(file, stages) ?? composeNeedsRoot(model);
}

/**
 * A VOLUME holds what the running container wrote there: named volumes and bind mounts of a root
 * image keep their root-owned files across an upgrade, and a chown in the image does not reach them.
 */
function volumeNeedsRoot(stages: readonly Stage[]): string | undefined {
  const paths = stages.flatMap((s) => s.volumes.flatMap((v) => v.paths.filter((p): p is string => p !== undefined)));
  if (paths.length === 0) return undefined;
  const list = paths.join(', ');
  return `VOLUME ${list} may hold data written as root by the current image (named volumes and bind mounts keep it across upgrades), which uid ${NONROOT_UID} cannot rewrite; chown ${paths.length === 1 ? 'it' : 'them'} before switching users`;
}

/** Ports below 1024: a non-root process binds them only where the runtime allows it. */
function portNeedsRoot(file: SourceFile, stages: readonly Stage[]): string | undefined {
  const ports = privilegedPorts(file, stages);
  if (ports.length === 0) return undefined;
  const list = ports.length === 1 ? `port ${ports[0]} is` : `ports ${ports.join(', ')} are`;
  return `${list} below 1024, which a non-root process may bind only where the runtime allows it (Docker 20.10+ on a bridge network) or with CAP_NET_BIND_SERVICE`;
}

/**
 * How the repository's compose files run this image: the Docker socket mounted (also into a
 * service built from a sibling Dockerfile: the same program), or, for this Dockerfile's own
 * service, host folders bind-mounted, `privileged`, `cap_add` or `user: root`.
 */
function composeNeedsRoot(model: Model): string | undefined {
  for (const s of composeServices(model.workspace)) {
    const where = `${s.file} (service ${s.name})`;
    const socket = s.mounts.find((m) => m.source.includes('docker.sock') || m.target.includes('docker.sock'));
    if (socket) return `${where} mounts the Docker socket, which only root and the docker group may use`;
    if (s.match !== 'same') continue;
    if (s.privileged) return `${where} runs it privileged: it needs root's capabilities`;
    if (s.capAdd.length > 0) return `${where} adds capabilities (${s.capAdd.join(', ')}), which a non-root process does not get`;
    if (s.user !== undefined && /^(root|0)(:.*)?$/.test(s.user)) return `${where} runs it as ${s.user}`;
    const bind = s.mounts.find((m) => m.bind);
    if (bind) return `${where} bind-mounts ${bind.source} at ${bind.target}, whose files keep their owner on the host, which uid ${NONROOT_UID} may not be able to ${bind.readOnly ? 'read' : 'write'}`;
  }
  return undefined;
}

/** A shell-form command that drops privileges or writes a file outside the open folders. */
function shellNeedsRoot(text: string, workdir: string | undefined, depth = 0): string | undefined {
  for (const c of splitCommands(text, 0, text.length)) {
    const w = c.words.map((x) => x.text);
    if (w.length > 0 && PRIVILEGE_TOOLS.has(basename(w[0]))) return `the command runs ${w[0]}, which needs root`;
    // `sh -c "app | tee /var/log/app.log"`: the script is the string.
    const script = w.length > 2 && SHELLS.has(basename(w[0])) ? w[w.indexOf('-c') + 1] : undefined;
    if (script !== undefined && w.includes('-c') && depth < 4) {
      const why = shellNeedsRoot(script, workdir, depth + 1);
      if (why) return why;
    }
    const targets = [...c.redirects.filter((r) => r.op.includes('>') && r.target).map((r) => r.target?.text ?? ''), ...(basename(w[0] ?? '') === 'tee' ? w.slice(1).filter((a) => !a.startsWith('-')) : [])];
    for (const t of targets) {
      if (t.includes('$') || /^&?[0-9]*$/.test(t)) continue;
      const path = workdir === undefined && !t.startsWith('/') ? t : resolvePath(workdir ?? '/', t);
      if (!OPEN.some((o) => isWithin(path, o))) return `the command writes ${path}, which uid ${NONROOT_UID} may not be able to write`;
    }
  }
  return undefined;
}

/** An exec-form command that runs a shell with such a script, or a script from the build context that does. */
function execNeedsRoot(model: Model, stages: readonly Stage[], words: readonly string[]): string | undefined {
  const [program, ...args] = words;
  if (program === undefined) return undefined;
  if (PRIVILEGE_TOOLS.has(basename(program))) return `the command runs ${program}, which needs root`;
  const c = args.indexOf('-c');
  if (SHELLS.has(basename(program)) && c !== -1 && args[c + 1] !== undefined) return shellNeedsRoot(args[c + 1], stages[0].workdir);
  const script = contextScript(model, stages, program);
  if (script === undefined) return undefined;
  for (const cmd of splitCommands(script, 0, script.length)) {
    const head = cmd.words[0]?.text;
    if (head !== undefined && PRIVILEGE_TOOLS.has(basename(head))) return `the entrypoint ${program} runs ${head}, which needs root (it drops privileges itself)`;
  }
  return undefined;
}

/**
 * The text of a script the final stage copies from the build context to `program` (a file copied
 * there, or a file of a folder copied around it), when it can be read.
 */
function contextScript(model: Model, stages: readonly Stage[], program: string): string | undefined {
  const context = model.workspace?.context;
  if (!context || !program.startsWith('/')) return undefined;
  const target = normalize(program);
  for (const s of stages) {
    for (const copy of s.copies) {
      if (copy.fromStage || copy.fromImage !== undefined || copy.heredoc || copy.dest === undefined || copyPlaces(model, copy, target) === 'no') continue;
      const dest = normalize(copy.dest);
      const destIsDir = copy.dest.endsWith('/') || copy.sources.length > 1;
      for (const src of copy.sources) {
        if (!src.known) continue;
        const path = normalize(src.text).replace(/^\/+/, '');
        const from = path === '.' ? '' : path;
        // A file copied to the program's path, or into the folder that holds it.
        const candidates = [destIsDir ? (basename(target) === basename(from) ? from : undefined) : dest === target ? from : undefined];
        // A folder copied so that its contents land around the program.
        if (isWithin(target, dest) && target !== dest) candidates.push([from, target.slice(dest === '/' ? 1 : dest.length + 1)].filter(Boolean).join('/'));
        for (const c of candidates) {
          if (c === undefined || c === '' || context.kind(c) !== 'file') continue;
          const text = context.read(c, SCRIPT_LIMIT);
          if (text !== undefined) return text;
        }
      }
    }
  }
  return undefined;
}
