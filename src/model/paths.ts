/** POSIX path helpers for paths inside an image (never the host's paths). */

export function normalize(path: string): string {
  if (isNormal(path)) return path;
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return absolute ? '/' + joined : joined || '.';
}

/** Already normal: no empty, "." or ".." segment and no trailing slash (the common case, checked fast). */
function isNormal(p: string): boolean {
  if (p === '' || p === '.') return false;
  if (p.length > 1 && p.charCodeAt(p.length - 1) === 47) return false;
  for (let i = 0; i < p.length; i++) {
    if (p.charCodeAt(i) !== 47) continue;
    const next = p.charCodeAt(i + 1);
    if (next === 47) return false;
    if (next === 46 && (i + 2 === p.length || p.charCodeAt(i + 2) === 47 || (p.charCodeAt(i + 2) === 46 && (i + 3 === p.length || p.charCodeAt(i + 3) === 47)))) return false;
  }
  if (p.charCodeAt(0) === 46 && (p.length === 1 || p.charCodeAt(1) === 47 || (p.charCodeAt(1) === 46 && (p.length === 2 || p.charCodeAt(2) === 47)))) return false;
  return true;
}

/** `p` resolved against directory `cwd` (itself absolute). */
export function resolvePath(cwd: string, p: string): string {
  return normalize(p.startsWith('/') ? p : `${cwd}/${p}`);
}

export function basename(p: string): string {
  const n = normalize(p);
  const i = n.lastIndexOf('/');
  return i === -1 ? n : n.slice(i + 1);
}

export function dirname(p: string): string {
  const n = normalize(p);
  const i = n.lastIndexOf('/');
  if (i <= 0) return i === 0 ? '/' : '.';
  return n.slice(0, i);
}

/** Is `p` equal to `dir` or inside it? */
export function isWithin(p: string, dir: string): boolean {
  const a = normalize(p);
  const d = normalize(dir);
  return a === d || d === '/' || a.startsWith(d + '/');
}

/**
 * Match a Dockerfile COPY source pattern (Go's filepath.Match: `*`, `?`, no `**`) against a
 * path, one path segment at a time. Linear per segment pair: `*` is matched with the classic
 * two-pointer algorithm, which never backtracks more than once per character.
 */
export function globMatch(pattern: string, path: string): boolean {
  const ps = normalize(pattern).split('/');
  const xs = normalize(path).split('/');
  if (ps.length !== xs.length) return false;
  return ps.every((seg, i) => segmentMatch(seg, xs[i]));
}

function segmentMatch(p: string, s: string): boolean {
  let pi = 0;
  let si = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === s[si])) {
      pi++;
      si++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = si;
    } else if (star !== -1) {
      pi = star + 1;
      si = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

export const hasGlob = (p: string) => p.includes('*') || p.includes('?') || p.includes('[');

export function trimTrailingSlashes(p: string): string {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  return p.slice(0, end);
}

/** The folder of a repository path, '' at the repository root (`dirname` says '.' there). */
export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/**
 * The folders from a repository file's own up to the repository root ('' last), at most 64 deep:
 * where files that apply to it (go.mod, GoReleaser, action.yml) may be.
 */
export function foldersAbove(file: string): string[] {
  const out: string[] = [];
  for (let dir = parentOf(file); out.length < 64; dir = parentOf(dir)) {
    out.push(dir);
    if (dir === '') break;
  }
  return out;
}

/** A name in a repository folder ('' is the root). */
export function inFolder(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}
