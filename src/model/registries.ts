/**
 * Registries: mirrors that serve another registry's images under the same names, and the
 * registry patterns of `trustedRegistries`.
 */
import { parseImageRef, type ImageRef } from './image-ref';

/**
 * A registry (or a path on one) that serves another's images under the same names: a company
 * mirror or pull-through cache, e.g. `registry.corp.example/gcr` for `gcr.io`, or
 * `corp.jfrog.io/docker-remote` for Docker Hub (`docker.io`). Both sides are `host[/path]`.
 */
export interface ImageMirror {
  mirror: string;
  upstream: string;
}

/**
 * The image a mirrored reference stands for (`registry.corp.example/gcr/distroless/static:nonroot`
 * is `gcr.io/distroless/static:nonroot`), so that the catalogue knows it; the reference as
 * written otherwise. The longest matching mirror wins.
 */
export function unmirror(ref: ImageRef, mirrors: readonly ImageMirror[] | undefined): ImageRef {
  if (ref.registry === undefined) return ref;
  const name = `${ref.registry}/${ref.repository}`;
  const best = pickMirror(name, mirrors, 'mirror');
  if (!best) return ref;
  const rest = name.slice(best.mirror.length);
  const upstream = `${best.upstream}${rest}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
  const parsed = parseImageRef(upstream);
  return parsed ? { ...parsed, raw: ref.raw } : ref;
}

/** The mirror whose `side` is the longest prefix of `name` (whole path components), if any. */
export function pickMirror(name: string, mirrors: readonly ImageMirror[] | undefined, side: keyof ImageMirror): ImageMirror | undefined {
  const lower = name.toLowerCase();
  let best: ImageMirror | undefined;
  for (const m of mirrors ?? []) {
    const prefix = m[side].toLowerCase();
    if ((lower === prefix || lower.startsWith(prefix + '/')) && (!best || prefix.length > best[side].length)) best = m;
  }
  return best;
}

/** Is this a mirror or upstream as `unmirror` takes it: `host[/path]`, no scheme, tag or digest? */
export function isRegistryPrefix(text: string): boolean {
  if (text === '' || text.includes('://') || text.includes('@') || text.endsWith('/')) return false;
  const [host, ...path] = text.split('/');
  if (!(host.includes('.') || host.includes(':') || host === 'localhost')) return false;
  if (path.some((p) => p === '' || p.includes(':'))) return false;
  // With a repository name after it, it must make a valid reference.
  return parseImageRef(`${text}/x`) !== undefined;
}

/**
 * An image the way it is pulled through a mirror, when one of `mirrors` mirrors its registry
 * (`gcr.io/distroless/static-debian12:nonroot` through `registry.corp.example/gcr`); as given
 * otherwise. For the images golint-docker writes into a Dockerfile.
 */
export function throughMirror(text: string, mirrors: readonly ImageMirror[] | undefined): string {
  const best = pickMirror(text, mirrors, 'upstream');
  return best ? best.mirror + text.slice(best.upstream.length) : text;
}

/** Is this a `trustedRegistries` entry: a host (`gcr.io`), a host pattern (`*.gcr.io`) or a host with a path? */
export function isRegistryPattern(text: string): boolean {
  if (!text.includes('*')) return isRegistryPrefix(text);
  if (text.includes('/')) return false;
  for (const c of text) if (!(c === '*' || c === '.' || c === '-' || c === ':' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  return text.replace(/\*/g, 'x').includes('.');
}
