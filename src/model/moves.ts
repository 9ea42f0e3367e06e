/**
 * A binary moved after the build: `go build -o app && mv app /usr/local/bin/`, `cp bin/app /out/`,
 * `install -m 0755 app /usr/bin/app`, in the same RUN or a later RUN of the stage. The places it
 * lands are where a COPY --from may take it from.
 */
import type { SimpleCommand, Word } from '../shell/lexer';
import { basename, isWithin, resolvePath } from './paths';
import type { GoBuild, RunInfo } from './types';
import { expand } from './vars';

const MOVERS = new Set(['mv', 'cp', 'install']);
/** Options of `install` that take a value. */
const INSTALL_VALUE_OPTIONS = new Set(['-m', '--mode', '-o', '--owner', '-g', '--group', '-S', '--suffix', '-t', '--target-directory']);

/** Where the binary of a build is moved or copied to by later commands of its stage (undefined: nowhere). */
export function movesAfter(build: GoBuild): string[] | undefined {
  const from = build.output;
  if (from === undefined) return build.movedTo;
  const places = new Set<string>(build.movedTo ?? []);
  const known = [from];
  const anchor = build.via ?? build.command;
  let started = false;
  for (const run of build.stage.runs) {
    if (run.span.start < build.run.span.start) continue;
    let cwd = run.workdir;
    for (const c of run.commands) {
      if (c.words[0]?.text === 'cd') cwd = changeDir(run, cwd, c.words[1]);
      if (run === build.run && !started) {
        if (c === anchor) started = true;
        continue;
      }
      for (const to of moveTargets(run, cwd, c, known)) {
        places.add(to);
        known.push(to);
      }
    }
  }
  return places.size > 0 ? [...places] : undefined;
}

/** The places a mv/cp/install command puts one of the `known` files (or the folder that holds one). */
function moveTargets(run: RunInfo, cwd: string | undefined, c: SimpleCommand, known: readonly string[]): string[] {
  const words = c.words;
  if (words.length < 3 || !MOVERS.has(basename(words[0].text))) return [];
  const isInstall = basename(words[0].text) === 'install';
  const args: string[] = [];
  let targetDir: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const t = value(run, words[i]);
    if (t === undefined) return [];
    if (t === '-t' || t === '--target-directory') targetDir = words[i + 1] ? value(run, words[i + 1]) : undefined;
    if (t.startsWith('-')) {
      if (isInstall && INSTALL_VALUE_OPTIONS.has(t)) i++;
      continue;
    }
    args.push(t);
  }
  const dest = targetDir ?? args.pop();
  if (dest === undefined || args.length === 0) return [];
  if (cwd === undefined && (!dest.startsWith('/') || args.some((a) => !a.startsWith('/')))) return [];
  const destPath = resolvePath(cwd ?? '/', dest);
  const out: string[] = [];
  for (const a of args) {
    const src = resolvePath(cwd ?? '/', a);
    for (const k of known) {
      if (k === src) {
        // Into a folder (`mv app /usr/local/bin/`) or to a new name: either may be meant.
        out.push(destPath, resolvePath(destPath, basename(k)));
      } else if (isWithin(k, src)) {
        // `cp -r bin/ /out/`: the folder's contents land in the destination.
        out.push(resolvePath(destPath, k.slice(src.length + 1)), resolvePath(destPath, `${basename(src)}/${k.slice(src.length + 1)}`));
      }
    }
  }
  return out;
}

function changeDir(run: RunInfo, cwd: string | undefined, to: Word | undefined): string | undefined {
  const dir = to ? value(run, to) : '/root';
  if (dir === undefined) return undefined;
  return dir.startsWith('/') ? resolvePath('/', dir) : cwd === undefined ? undefined : resolvePath(cwd, dir);
}

function value(run: RunInfo, w: Word): string | undefined {
  if (!w.hasExpansion) return w.text;
  const v = expand(w.text, run.scope);
  return v.known ? v.value : undefined;
}
