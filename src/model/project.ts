/**
 * Is a Dockerfile part of a Go project, when it does not build Go itself? A Dockerfile that copies
 * in a binary built before `docker build` (by a Makefile, GoReleaser or a CI step) ships a Go
 * program as much as one that runs `go build`; what tells is the repository around it. A
 * Dockerfile of another language in the same repository (a web front end, a Python tool, a test
 * fixture) is not one.
 */
import { Cmd, Entrypoint } from '../parse/ast';
import { splitCommands } from '../shell/lexer';
import type { SourceFile } from '../parse/source';
import { execForm } from './exec-form';
import { spanOf } from '../parse/source';
import { basename, foldersAbove, inFolder, normalize } from './paths';
import type { Model, Stage } from './types';
import { get, readYaml, scalar } from './yaml';

/**
 * Is there a go.mod in the build context, or in the Dockerfile's folder or a folder above it
 * within the repository? Unknown (false) without a workspace, unless the caller gave a go.mod.
 */
export function inGoModule(model: Model): boolean {
  if (model.goMod) return true;
  const ws = model.workspace;
  if (!ws) return false;
  if (ws.context.kind('go.mod') === 'file') return true;
  return foldersAbove(ws.dockerfilePath).some((dir) => ws.repository.kind(inFolder(dir, 'go.mod')) === 'file');
}

/** Programs and package managers of other languages: a stage that runs one builds something else. */
const OTHER_TOOLS = new Set([
  'npm', 'npx', 'yarn', 'pnpm', 'node', 'bun', 'deno',
  'pip', 'pip3', 'pipenv', 'poetry', 'uv', 'python', 'python3', 'gunicorn', 'uvicorn', 'mkdocs',
  'gem', 'bundle', 'bundler', 'rails', 'ruby',
  'cargo', 'rustc', 'rustup',
  'mvn', 'mvnw', 'gradle', 'gradlew', 'java', 'javac',
  'dotnet', 'composer', 'php',
]);

/** Base images of other languages' runtimes and of servers that are not Go programs. */
const OTHER_IMAGES = new Set([
  'node', 'python', 'pypy', 'ruby', 'rust', 'openjdk', 'eclipse-temurin', 'amazoncorretto', 'maven', 'gradle',
  'php', 'composer', 'nginx', 'httpd', 'caddy', 'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'elasticsearch',
  'dotnet/sdk', 'dotnet/aspnet', 'dotnet/runtime',
]);

/**
 * Does the Dockerfile show another language: a RUN of another language's tool or package manager,
 * a final image of another runtime or server (node, python, nginx), or a final command that starts
 * one? Only asked of a Dockerfile that does not build Go.
 */
export function showsOtherLanguage(file: SourceFile, model: Model): boolean {
  for (const stage of model.stages) {
    if (isOtherImage(stage)) return true;
    for (const run of stage.runs) {
      for (const c of run.commands) {
        const program = c.words[0]?.text;
        if (program !== undefined && OTHER_TOOLS.has(basename(program))) return true;
      }
    }
  }
  const command = finalCommand(file, model);
  return command !== undefined && OTHER_TOOLS.has(basename(command));
}

function isOtherImage(stage: Stage): boolean {
  if (stage.base.kind !== 'image') return false;
  const repo = stage.base.ref.repository.toLowerCase();
  const name = repo.startsWith('library/') ? repo.slice('library/'.length) : repo;
  if (OTHER_IMAGES.has(name)) return true;
  // mcr.microsoft.com/dotnet/aspnet, bitnami/node, cimg/python: the last element names the runtime.
  return OTHER_IMAGES.has(name.slice(name.lastIndexOf('/') + 1));
}

/** The program the final stage starts (ENTRYPOINT, else CMD, through its FROM chain); undefined when none. */
export function finalCommand(file: SourceFile, model: Model): string | undefined {
  for (const stage of model.finalLineage) {
    let entry: Entrypoint | undefined;
    let cmd: Cmd | undefined;
    for (const ins of stage.instructions) {
      if (ins instanceof Entrypoint) entry = ins;
      else if (ins instanceof Cmd) cmd = ins;
    }
    const ins = entry ?? cmd;
    if (!ins) continue;
    const range = ins.getArgumentsRange();
    if (!range) return undefined;
    const span = spanOf(file, range);
    const exec = execForm(file, span);
    if (exec) return exec[0];
    // Shell form: the first word of the first command the shell runs.
    const first = splitCommands(file.text, span.start, span.end, { escapeChar: file.escapeChar, dockerfileContinuations: true })[0];
    return first?.words[0]?.text;
  }
  return undefined;
}

/** Does the final stage (or a stage it is built FROM) say what to run: an ENTRYPOINT or CMD? */
export function hasFinalCommand(model: Model): boolean {
  return model.finalLineage.some((s) => s.instructions.some((i) => i instanceof Entrypoint || i instanceof Cmd));
}

/**
 * Is the Dockerfile a GitHub Action's image: an `action.yml` that runs `using: docker` with this
 * Dockerfile as its image (`image: Dockerfile` beside it, or a path to it from a folder above)?
 * GitHub runs such an image as root and says not to set USER: the workspace it mounts is root's.
 */
export function isContainerAction(model: Model): boolean {
  const ws = model.workspace;
  if (!ws) return false;
  for (const dir of foldersAbove(ws.dockerfilePath)) {
    for (const name of ['action.yml', 'action.yaml']) {
      const path = inFolder(dir, name);
      if (ws.repository.kind(path) !== 'file') continue;
      const image = dockerActionImage(ws.repository.read(path));
      if (image !== undefined && normalize(inFolder(dir, image)) === ws.dockerfilePath) return true;
    }
  }
  return false;
}

/** The `image` of an action that runs `using: docker`, when it is a Dockerfile of the repository (not `docker://...`). */
function dockerActionImage(text: string | undefined): string | undefined {
  const root = text === undefined ? undefined : readYaml(text).root;
  const runs = root?.kind === 'map' ? get(root, 'runs') : undefined;
  if (runs?.kind !== 'map') return undefined;
  const value = (key: string) => scalar(get(runs, key));
  const image = value('image');
  return value('using') === 'docker' && image !== undefined && !image.includes('://') ? image : undefined;
}
