/**
 * What a single-stage image holds from its build context that the program may read at run time:
 * templates, static files, configuration, translations, migrations, whatever COPY and ADD put in
 * the image, other than Go sources, tests, VCS and build files. The split copies these into the
 * final stage from the builder, where they sit at the same paths. It reads the context through
 * the workspace (`.dockerignore` applied); where it cannot list what a COPY brings, it says why.
 */
import { cleanPath, matchElement } from '../model/dockerignore';
import { basename, hasGlob, isWithin, normalize, resolvePath } from '../model/paths';
import type { CopyInfo } from '../model/types';
import type { FileTree } from '../model/workspace';

/** An image path to copy whole: a file, or a folder that holds nothing but runtime files. */
export interface CarryUnit {
  path: string;
  kind: 'file' | 'dir';
}

/** At most this many context entries are looked at: a context this large is not listed. */
export const MAX_LISTED = 4000;

/** Folders of sources, tests, VCS and CI that a program does not read at run time. */
const BUILD_DIRS = new Set(['.git', '.hg', '.svn', '.bzr', 'testdata', '.github', '.gitlab', '.circleci', '.vscode', '.idea', '.devcontainer', '.buildkite']);
/** Files of the build: Go sources and modules, Docker, make and CI files, VCS files. */
const BUILD_FILES = new Set([
  'go.mod', 'go.sum', 'go.work', 'go.work.sum', 'gopkg.toml', 'gopkg.lock', 'glide.yaml', 'glide.lock', 'vendor.conf',
  'dockerfile', 'containerfile', '.dockerignore', 'makefile', 'gnumakefile', 'justfile', 'taskfile.yml', 'taskfile.yaml',
  '.goreleaser.yml', '.goreleaser.yaml', '.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json',
  '.travis.yml', '.gitlab-ci.yml', '.pre-commit-config.yaml', '.editorconfig', 'codecov.yml', '.codecov.yml',
  '.gitignore', '.gitattributes', '.gitmodules', 'codeowners', '.mailmap', 'renovate.json', '.releaserc',
]);
/** Source file extensions: Go, assembly, and the C of cgo packages. */
const SOURCE_EXTENSIONS = ['.go', '.s', '.syso', '.c', '.h', '.cc', '.cpp', '.cxx', '.hh', '.hpp', '.m', '.f'];
/** Project documents, by name without extension. */
const DOCUMENTS = new Set(['readme', 'license', 'licence', 'changelog', 'changes', 'contributing', 'code_of_conduct', 'security', 'authors', 'contributors', 'notice', 'maintainers', 'history']);
const ARCHIVES = ['.tar', '.tar.gz', '.tgz', '.tar.bz2', '.tbz2', '.tar.xz', '.txz', '.tar.zst'];

/** Is a context entry something only the build uses? `dir` says whether it is a folder. */
export function isBuildOnly(name: string, dir: boolean): boolean {
  const lower = name.toLowerCase();
  if (dir) return BUILD_DIRS.has(lower);
  if (BUILD_FILES.has(lower)) return true;
  if (lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || lower.endsWith('.dockerignore') || lower.endsWith('.mk')) return true;
  if (/^(docker-)?compose([.-].*)?\.ya?ml$/.test(lower)) return true;
  if (SOURCE_EXTENSIONS.some((e) => lower.endsWith(e))) return true;
  const stem = lower.includes('.') ? lower.slice(0, lower.indexOf('.')) : lower;
  return DOCUMENTS.has(stem);
}

export type Carried = { units: CarryUnit[] } | { reason: string };

/** Walks the context under a budget of entries. */
class Walker {
  listed = 0;
  constructor(readonly context: FileTree) {}

  list(path: string): readonly string[] | undefined {
    const entries = this.context.list(path);
    this.listed += entries?.length ?? 0;
    return entries;
  }

  get exhausted(): boolean {
    return this.listed > MAX_LISTED;
  }

  /**
   * The runtime units of a context folder whose contents land at `image`: the folder whole when
   * it holds nothing build-only, else its runtime files and folders one by one. Go's `vendor`
   * folder is build-only where it is Go's (holds modules.txt or .go files).
   */
  folder(ctx: string, image: string): { units: CarryUnit[]; pure: boolean } {
    const entries = this.list(ctx) ?? [];
    const units: CarryUnit[] = [];
    let pure = true;
    for (const entry of entries) {
      if (this.exhausted) return { units, pure: false };
      const dir = entry.endsWith('/');
      const name = dir ? entry.slice(0, -1) : entry;
      const childCtx = ctx ? `${ctx}/${name}` : name;
      const childImage = resolvePath(image, name);
      if (isBuildOnly(name, dir) || (dir && name === 'vendor' && this.isGoVendor(childCtx))) {
        pure = false;
        continue;
      }
      if (!dir) {
        units.push({ path: childImage, kind: 'file' });
        continue;
      }
      const sub = this.folder(childCtx, childImage);
      if (sub.pure && sub.units.length > 0) units.push({ path: childImage, kind: 'dir' });
      else units.push(...sub.units);
      if (!sub.pure) pure = false;
    }
    return { units, pure: pure && units.length > 0 };
  }

  private isGoVendor(ctx: string): boolean {
    return this.context.kind(`${ctx}/modules.txt`) === 'file' || (this.list(ctx) ?? []).some((e) => e.endsWith('.go'));
  }
}

/**
 * The units the copies from the build context bring into the image, or why they cannot be told:
 * a variable in a source, a URL or an archive for ADD, a source missing from the context, a glob
 * over folders, or a context too large to list.
 */
export function carriedFromContext(context: FileTree, copies: readonly CopyInfo[]): Carried {
  const walker = new Walker(context);
  const units = new Map<string, CarryUnit>();
  for (const copy of copies) {
    if (copy.fromStage || copy.fromImage !== undefined) return { reason: `${copy.keyword} --from=${copy.fromImage ?? copy.fromStage?.name ?? ''} brings files from another image, which the program may use` };
    if (copy.dest === undefined) return { reason: `a variable hides where a ${copy.keyword} puts its files` };
    const destIsDir = copy.dest.endsWith('/') || copy.sources.length > 1;
    const dest = normalize(copy.dest);
    for (const src of copy.sources) {
      if (copy.heredoc) {
        const name = src.text.replace(/^<<-?["']?|["']$/g, '');
        add(units, { path: destIsDir ? resolvePath(dest, name) : dest, kind: 'file' });
        continue;
      }
      const found = sourceUnits(walker, copy, src, dest, destIsDir);
      if ('reason' in found) return found;
      for (const u of found.units) add(units, u);
    }
    if (walker.exhausted) return { reason: `the build context holds more than ${MAX_LISTED} entries, too many to list what the image carries` };
  }
  return { units: minimal([...units.values()]) };
}

function add(units: Map<string, CarryUnit>, u: CarryUnit): void {
  units.set(u.path, u);
}

/** Drop units inside a folder unit; sort by path. */
function minimal(units: CarryUnit[]): CarryUnit[] {
  const dirs = units.filter((u) => u.kind === 'dir');
  return units.filter((u) => !dirs.some((d) => d !== u && isWithin(u.path, d.path))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function sourceUnits(walker: Walker, copy: CopyInfo, src: CopyInfo['sources'][number], dest: string, destIsDir: boolean): Carried {
  if (!src.known) return { reason: `a variable hides a ${copy.keyword} source` };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src.text) || src.text.startsWith('git@')) return { reason: `ADD ${src.text} fetches files whose contents cannot be listed` };
  const elements = cleanPath(src.text);
  const ctxPath = elements.join('/');
  if (copy.keyword === 'ADD' && ARCHIVES.some((a) => ctxPath.toLowerCase().endsWith(a))) return { reason: `ADD ${src.text} unpacks an archive whose contents cannot be listed` };
  const matches: Array<{ ctx: string; kind: 'file' | 'dir' }> = [];
  if (hasGlob(ctxPath)) {
    const parent = elements.slice(0, -1).join('/');
    if (hasGlob(parent)) return { reason: `${copy.keyword} ${src.text} matches folders by a pattern, which is not listed` };
    const pattern = elements[elements.length - 1];
    for (const entry of walker.list(parent) ?? []) {
      const dir = entry.endsWith('/');
      const name = dir ? entry.slice(0, -1) : entry;
      if (matchElement(pattern, name)) matches.push({ ctx: parent ? `${parent}/${name}` : name, kind: dir ? 'dir' : 'file' });
    }
  } else {
    const kind = ctxPath === '' ? 'dir' : walker.context.kind(ctxPath);
    if (kind === undefined) return { reason: `${copy.keyword} ${src.text}: no such file in the build context (or .dockerignore excludes it)` };
    matches.push({ ctx: ctxPath, kind });
  }
  const units: CarryUnit[] = [];
  for (const m of matches) {
    const name = basename('/' + m.ctx);
    if (m.kind === 'file') {
      if (!isBuildOnly(name, false)) units.push({ path: destIsDir || hasGlob(ctxPath) ? resolvePath(dest, name) : dest, kind: 'file' });
      continue;
    }
    if (m.ctx !== '' && isBuildOnly(name, true)) continue;
    // A folder's contents land in dest. Copied whole only into a folder of its own: not the
    // WORKDIR or `/`, where the builder keeps other files (sources, the binary).
    const sub = walker.folder(m.ctx, dest);
    const ownFolder = matches.length === 1 && copy.sources.length === 1 && dest !== '/' && (copy.workdir === undefined || normalize(copy.workdir) !== dest);
    if (sub.pure && ownFolder) units.push({ path: dest, kind: 'dir' });
    else units.push(...sub.units);
  }
  return { units };
}
