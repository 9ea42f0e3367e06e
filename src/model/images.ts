/**
 * The image catalogue: parsing image references and what is known about the
 * common base images used to build and run Go programs.
 *
 * References are hand-parsed (no regular expressions) because they come
 * from user-controlled Dockerfiles.
 */
import { parseGoVersion } from './gomod';

export interface ImageRef {
  /** The reference as given, e.g. "gcr.io/distroless/static-debian12:nonroot@sha256:...". */
  raw: string;
  /**
   * Registry host (lowercased, with port if any): "gcr.io", "localhost:5000".
   * Docker Hub ("docker.io", "index.docker.io", or no registry) is undefined.
   */
  registry?: string;
  /**
   * Repository path without the registry. For Docker Hub, official images are
   * given without the "library/" prefix: "golang", "chainguard/static".
   */
  repository: string;
  /** Tag, undefined when absent. */
  tag?: string;
  /** Digest such as "sha256:...", undefined when absent. */
  digest?: string;
}

/** Registries that are Docker Hub itself; normalised to `registry: undefined`. */
const DOCKER_HUB_REGISTRIES: ReadonlySet<string> = new Set(['docker.io', 'index.docker.io']);

/** Registries known to serve Docker Hub content under the same paths (kept as the registry). */
const DOCKER_HUB_MIRRORS: ReadonlySet<string> = new Set([
  'mirror.gcr.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
]);

/** Maximum length of a repository name including the registry (distribution/reference). */
const NAME_MAX_LENGTH = 255;
/** Maximum length of a tag. */
const TAG_MAX_LENGTH = 128;

/**
 * Parse an image reference (`[registry/]path[:tag][@digest]`) following the
 * grammar of distribution/reference. Returns undefined for an empty or
 * invalid reference: whitespace or control characters, an unexpanded `$`
 * variable, uppercase letters in the repository path, an empty component,
 * a malformed tag or digest.
 *
 * The digest is checked for shape (`algorithm:encoded`) only, not for the
 * algorithm's exact length, so placeholders like `sha256:abc` are accepted.
 */
export function parseImageRef(raw: string): ImageRef | undefined {
  if (raw === '') return undefined;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    // Whitespace/control characters (also U+0085, U+00A0 and other non-ASCII,
    // which the grammar never allows) and `$` from an unexpanded ARG.
    if (code <= 0x20 || code >= 0x7f || raw[i] === '$') return undefined;
  }

  let namePart = raw;
  let digest: string | undefined;
  const at = raw.indexOf('@');
  if (at >= 0) {
    digest = raw.slice(at + 1);
    namePart = raw.slice(0, at);
    if (!isValidDigest(digest)) return undefined;
  }

  let tag: string | undefined;
  const colon = namePart.lastIndexOf(':');
  // A ':' after the last '/' separates the tag; one before it is a registry port.
  if (colon > namePart.lastIndexOf('/')) {
    tag = namePart.slice(colon + 1);
    namePart = namePart.slice(0, colon);
    if (!isValidTag(tag)) return undefined;
  }

  if (namePart.length === 0 || namePart.length > NAME_MAX_LENGTH) return undefined;
  const components = namePart.split('/');
  let registry: string | undefined;
  if (components.length > 1 && looksLikeRegistry(components[0])) {
    if (!isValidRegistry(components[0])) return undefined;
    registry = components[0].toLowerCase();
    components.shift();
  }
  if (!components.every(isValidPathComponent)) return undefined;

  if (registry !== undefined && DOCKER_HUB_REGISTRIES.has(registry)) registry = undefined;
  // Docker Hub official images live in "library/"; drop it ("library/golang" -> "golang").
  if (registry === undefined && components.length === 2 && components[0] === 'library') {
    components.shift();
  }

  const ref: ImageRef = { raw, repository: components.join('/') };
  if (registry !== undefined) ref.registry = registry;
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** A first path component is a registry if it has a '.' or ':' or is "localhost". */
function looksLikeRegistry(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

function isLowerAlnum(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

function isAlnum(c: string): boolean {
  return isLowerAlnum(c) || (c >= 'A' && c <= 'Z');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/**
 * A path component: lowercase alphanumeric runs joined by one separator,
 * where a separator is '.', '_', '__' or one or more '-'.
 */
function isValidPathComponent(component: string): boolean {
  if (component.length === 0) return false;
  let i = 0;
  while (i < component.length) {
    // An alphanumeric run.
    const start = i;
    while (i < component.length && isLowerAlnum(component[i])) i++;
    if (i === start) return false;
    if (i === component.length) return true;
    // A separator, which must be followed by another run.
    const c = component[i];
    if (c === '.') {
      i++;
    } else if (c === '_') {
      i += component[i + 1] === '_' ? 2 : 1;
    } else if (c === '-') {
      while (component[i] === '-') i++;
    } else {
      return false;
    }
    if (i >= component.length) return false;
  }
  return true;
}

/** Host (DNS labels or a bracketed IPv6 address) with an optional numeric port. */
function isValidRegistry(registry: string): boolean {
  let host = registry;
  let port: string | undefined;
  if (registry.startsWith('[')) {
    const close = registry.indexOf(']');
    if (close < 0) return false;
    const address = registry.slice(1, close);
    if (address.length === 0) return false;
    for (const c of address) {
      if (!(isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c === ':')) return false;
    }
    const rest = registry.slice(close + 1);
    if (rest === '') return true;
    if (rest[0] !== ':') return false;
    port = rest.slice(1);
    host = '';
  } else {
    const colon = registry.indexOf(':');
    if (colon >= 0) {
      host = registry.slice(0, colon);
      port = registry.slice(colon + 1);
    }
    const labels = host.split('.');
    for (const label of labels) {
      if (label.length === 0 || label[0] === '-' || label[label.length - 1] === '-') return false;
      for (const c of label) {
        if (!(isAlnum(c) || c === '-')) return false;
      }
    }
  }
  if (port !== undefined) {
    if (port.length === 0) return false;
    for (const c of port) if (!isDigit(c)) return false;
  }
  return true;
}

/** `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}` */
function isValidTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > TAG_MAX_LENGTH) return false;
  for (let i = 0; i < tag.length; i++) {
    const c = tag[i];
    const ok = isAlnum(c) || c === '_' || (i > 0 && (c === '.' || c === '-'));
    if (!ok) return false;
  }
  return true;
}

/**
 * `algorithm:encoded` where algorithm is lowercase alphanumeric components
 * joined by '+', '.', '_' or '-', and encoded is `[A-Za-z0-9=_-]+` (OCI).
 */
function isValidDigest(digest: string): boolean {
  const colon = digest.indexOf(':');
  if (colon <= 0) return false;
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  let prevSeparator = true; // disallows a leading separator
  for (const c of algorithm) {
    if (isLowerAlnum(c)) {
      prevSeparator = false;
    } else if (c === '+' || c === '.' || c === '_' || c === '-') {
      if (prevSeparator) return false;
      prevSeparator = true;
    } else {
      return false;
    }
  }
  if (prevSeparator) return false;
  if (encoded.length === 0) return false;
  for (const c of encoded) {
    if (!(isAlnum(c) || c === '=' || c === '_' || c === '-')) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Image facts

export type Libc = 'none' | 'glibc' | 'musl' | 'unknown';

export interface ImageFacts {
  family: 'scratch' | 'distroless' | 'chainguard' | 'golang' | 'alpine' | 'debian' | 'ubuntu' | 'busybox' | 'other';
  /**
   * distroless: the image name without its "-debianNN" suffix ('static', 'base',
   * 'base-nossl', 'cc', 'java17', 'python3', ...); chainguard: the image name
   * ('static', 'glibc-dynamic', 'go', ...); golang: 'debian' | 'alpine' | 'windows';
   * busybox: the libc flavour from the tag ('glibc' | 'musl' | 'uclibc').
   */
  variant?: string;
  /** The C library available to dynamically linked binaries; 'none' means only static binaries run. */
  libc: Libc;
  hasShell: boolean | 'unknown';
  /**
   * `/bin/sh` exists: what shell-form RUN, CMD, ENTRYPOINT and HEALTHCHECK run unless a SHELL
   * instruction names another shell. Distroless `:debug` images have a shell (busybox) but only
   * at `/busybox/sh`, so they have `hasShell: true` and `binSh: false`.
   */
  binSh: boolean | 'unknown';
  /** uid the image runs as by default: 0, 65532, or 'unknown' (for 'other') */
  defaultUid: number | 'unknown';
  /** /etc/passwd present */
  hasPasswd: boolean | 'unknown';
  hasCaCerts: boolean | 'unknown';
  /** A minimal runtime image: scratch, distroless (any variant, incl. debug), chainguard static/glibc-dynamic (and other chainguard non -dev images) */
  minimal: boolean;
  /** distroless :debug / :debug-nonroot, chainguard *-dev tags */
  debug: boolean;
  /** Has the Go toolchain (golang images, chainguard go) */
  hasGoToolchain: boolean;
  /** Has a C compiler, so cgo defaults on: golang Debian images yes; golang:*-alpine no; 'unknown' otherwise */
  hasCCompiler: boolean | 'unknown';
  /** for golang images, the Go version in the tag if any: "1.22", "1.22.3", "1.23rc1" ; undefined for "latest"/no tag/"alpine" */
  goVersion?: string;
}

const UNKNOWN_FACTS: ImageFacts = {
  family: 'other',
  libc: 'unknown',
  hasShell: 'unknown',
  binSh: 'unknown',
  defaultUid: 'unknown',
  hasPasswd: 'unknown',
  hasCaCerts: 'unknown',
  minimal: false,
  debug: false,
  hasGoToolchain: false,
  hasCCompiler: 'unknown',
};

/** `scratch`: an empty filesystem. */
export function scratchFacts(): ImageFacts {
  return {
    family: 'scratch',
    libc: 'none',
    hasShell: false,
    binSh: false,
    defaultUid: 0,
    hasPasswd: false,
    hasCaCerts: false,
    minimal: true,
    debug: false,
    hasGoToolchain: false,
    hasCCompiler: false,
  };
}

/** uid 0 is root; 'unknown' stays unknown. */
export function isRootUid(uid: number | 'unknown'): boolean | 'unknown' {
  return uid === 'unknown' ? 'unknown' : uid === 0;
}

/** The uid distroless and Chainguard images use for their "nonroot" user. */
const NONROOT_UID = 65532;

/**
 * What is known about an image from its reference alone. Unrecognised images
 * get family 'other' with every fact 'unknown'.
 */
export function imageFacts(ref: ImageRef): ImageFacts {
  const registry = ref.registry?.toLowerCase();
  const parts = ref.repository.split('/');

  if (registry === 'gcr.io' && parts.length === 2 && parts[0] === 'distroless') {
    return distrolessFacts(parts[1], ref);
  }
  if (registry === 'cgr.dev' && parts.length >= 2) {
    return chainguardFacts(parts[parts.length - 1], ref.tag);
  }

  switch (dockerHubName(registry, parts)) {
    case 'scratch':
      return scratchFacts();
    case 'golang':
      return golangFacts(ref.tag);
    case 'alpine':
      return { ...UNKNOWN_FACTS, family: 'alpine', libc: 'musl', hasShell: true, binSh: true, defaultUid: 0, hasPasswd: true, hasCaCerts: true };
    // Neither debian nor ubuntu ships the ca-certificates package in the base image.
    case 'debian':
      return { ...UNKNOWN_FACTS, family: 'debian', libc: 'glibc', hasShell: true, binSh: true, defaultUid: 0, hasPasswd: true, hasCaCerts: false };
    case 'ubuntu':
      return { ...UNKNOWN_FACTS, family: 'ubuntu', libc: 'glibc', hasShell: true, binSh: true, defaultUid: 0, hasPasswd: true, hasCaCerts: false };
    case 'busybox':
      return busyboxFacts(ref.tag);
    default:
      return { ...UNKNOWN_FACTS };
  }
}

/**
 * The Docker Hub official-image name a reference points at, if any: the
 * repository on Docker Hub or a known mirror ("golang", "library/golang"),
 * or a pull-through cache path ending in "library/<name>"
 * (e.g. "public.ecr.aws/docker/library/golang", "harbor.corp/hub/library/golang").
 */
function dockerHubName(registry: string | undefined, parts: readonly string[]): string | undefined {
  if (registry === undefined || DOCKER_HUB_REGISTRIES.has(registry) || DOCKER_HUB_MIRRORS.has(registry)) {
    if (parts.length === 1) return parts[0];
    if (parts.length === 2 && parts[0] === 'library') return parts[1];
    return undefined;
  }
  if (parts.length >= 2 && parts[parts.length - 2] === 'library') return parts[parts.length - 1];
  return undefined;
}

/** Architecture suffixes distroless publishes tags with ("nonroot-amd64"). */
const DISTROLESS_ARCH_SUFFIXES = ['-amd64', '-arm64', '-arm', '-s390x', '-ppc64le', '-386', '-riscv64'];

/**
 * gcr.io/distroless/<name>. Every variant has /etc/passwd (root, nobody,
 * nonroot) and CA certificates. No variant has /bin/sh: the `:debug` tags add
 * busybox under /busybox (the shell is /busybox/sh, on PATH but not at /bin/sh).
 *
 * A digest-only reference (no tag) is treated as the `latest` variant
 * (no shell, not debug) but its uid is 'unknown': a pinned digest is as
 * likely to come from `:nonroot` as from `:latest`.
 */
function distrolessFacts(name: string, ref: ImageRef): ImageFacts {
  const variant = stripDebianSuffix(name);
  const facts: ImageFacts = {
    family: 'distroless',
    variant,
    libc: distrolessLibc(variant),
    hasShell: false,
    binSh: false,
    defaultUid: 0,
    hasPasswd: true,
    hasCaCerts: true,
    minimal: true,
    debug: false,
    hasGoToolchain: false,
    hasCCompiler: false,
  };

  if (ref.tag === undefined) {
    if (ref.digest !== undefined) facts.defaultUid = 'unknown';
    return facts;
  }
  let tag = ref.tag;
  const arch = DISTROLESS_ARCH_SUFFIXES.find((suffix) => tag.endsWith(suffix));
  if (arch !== undefined) tag = tag.slice(0, tag.length - arch.length);

  switch (tag) {
    case 'latest':
      break;
    case 'nonroot':
      facts.defaultUid = NONROOT_UID;
      break;
    case 'debug':
      facts.hasShell = true; // busybox
      facts.debug = true;
      break;
    case 'debug-nonroot':
      facts.hasShell = true;
      facts.debug = true;
      facts.defaultUid = NONROOT_UID;
      break;
    default:
      facts.hasShell = 'unknown';
      facts.binSh = 'unknown';
      facts.defaultUid = 'unknown';
      break;
  }
  return facts;
}

/** "static-debian12" -> "static"; "static" (legacy, no suffix) stays. */
function stripDebianSuffix(name: string): string {
  const dash = name.lastIndexOf('-');
  if (dash < 0) return name;
  const suffix = name.slice(dash + 1);
  if (!suffix.startsWith('debian') || suffix.length === 'debian'.length) return name;
  for (const c of suffix.slice('debian'.length)) if (!isDigit(c)) return name;
  return name.slice(0, dash);
}

function distrolessLibc(variant: string): Libc {
  if (variant === 'static') return 'none';
  if (variant === 'base' || variant === 'base-nossl' || variant === 'cc') return 'glibc';
  // Language runtimes are built on cc/base.
  if (variant.startsWith('java') || variant.startsWith('python3') || variant.startsWith('nodejs')) return 'glibc';
  return 'unknown';
}

/**
 * cgr.dev/<org>/<name>. Chainguard images are built on Wolfi, a glibc
 * distribution; only `static` has no libc.
 *
 * - static, glibc-dynamic: no shell, uid 65532, /etc/passwd and CA certs.
 *   Their `-dev` tags add busybox and apk (shell, debug) and keep uid 65532;
 *   static's libc is then 'unknown' (the added tools bring their own).
 * - go: a build image with bash, gcc (build-base), git; it runs as root
 *   (uid 0) and is not minimal.
 * - any other image: minimal unless `-dev`; shell/uid/passwd/CA 'unknown'
 *   (most run as 65532 without a shell, but not all).
 */
function chainguardFacts(name: string, tag: string | undefined): ImageFacts {
  const dev = tag !== undefined && tag.endsWith('-dev');
  const facts: ImageFacts = {
    ...UNKNOWN_FACTS,
    family: 'chainguard',
    variant: name,
    libc: 'glibc',
    hasShell: dev ? true : 'unknown',
    // Wolfi's busybox provides /bin/sh in -dev images.
    binSh: dev ? true : 'unknown',
    minimal: !dev,
    debug: dev,
  };

  if (name === 'static' || name === 'glibc-dynamic') {
    facts.libc = name === 'glibc-dynamic' ? 'glibc' : dev ? 'unknown' : 'none';
    facts.hasShell = dev;
    facts.binSh = dev;
    facts.defaultUid = NONROOT_UID;
    facts.hasPasswd = true;
    facts.hasCaCerts = true;
    facts.hasCCompiler = false;
  } else if (name === 'go') {
    facts.hasShell = true;
    facts.binSh = true;
    facts.defaultUid = 0;
    facts.hasPasswd = true;
    facts.hasCaCerts = true; // needed for `go mod download`
    facts.minimal = false;
    facts.hasGoToolchain = true;
    facts.hasCCompiler = true;
    const version = tag === undefined ? undefined : tagGoVersion(tag);
    if (version !== undefined) facts.goVersion = version;
  }
  return facts;
}

/** The Go version at the start of a tag ("1.22.3-bookworm" -> "1.22.3"), if any. */
function tagGoVersion(tag: string): string | undefined {
  const dash = tag.indexOf('-');
  const head = dash < 0 ? tag : tag.slice(0, dash);
  return parseGoVersion(head) !== undefined && !head.startsWith('go') ? head : undefined;
}

/** Tag segments of golang images that mean "the default Debian image". */
const GOLANG_DEBIAN_SEGMENTS: ReadonlySet<string> = new Set([
  'latest', 'tip', 'stretch', 'buster', 'bullseye', 'bookworm', 'trixie', 'forky',
]);

/**
 * Docker Hub golang. The default and Debian-codename tags are Debian images
 * (glibc, gcc installed, so cgo is on by default); `*-alpine*` tags are musl
 * without gcc; windowsservercore/nanoserver tags are Windows images.
 * All Linux variants run as root and include CA certificates.
 */
function golangFacts(tag: string | undefined): ImageFacts {
  const segments = (tag ?? 'latest').split('-');
  const goVersion = tagGoVersion(segments[0]);
  const rest = goVersion === undefined ? segments : segments.slice(1);

  const base: ImageFacts = { ...UNKNOWN_FACTS, family: 'golang', hasGoToolchain: true };
  if (goVersion !== undefined) base.goVersion = goVersion;

  const linux = { hasShell: true, binSh: true, defaultUid: 0, hasPasswd: true, hasCaCerts: true } as const;
  if (rest.some((s) => s.startsWith('alpine'))) {
    return { ...base, ...linux, variant: 'alpine', libc: 'musl', hasCCompiler: false };
  }
  if (rest.some((s) => s.startsWith('windowsservercore') || s.startsWith('nanoserver'))) {
    return { ...base, variant: 'windows' };
  }
  // Date segments of tip tags ("tip-20240101-bookworm") are neutral too.
  const isDebian = rest.every((s) => GOLANG_DEBIAN_SEGMENTS.has(s) || (s.length > 0 && [...s].every(isDigit)));
  if (isDebian) {
    return { ...base, ...linux, variant: 'debian', libc: 'glibc', hasCCompiler: true };
  }
  return base;
}

/**
 * Docker Hub busybox. The libc flavour is only known from the tag: the
 * default tags map to different flavours per architecture. The `glibc`
 * flavour ships glibc's shared libraries; `musl` and `uclibc` are statically
 * linked builds with no shared libc, so their libc is 'none'.
 */
function busyboxFacts(tag: string | undefined): ImageFacts {
  const facts: ImageFacts = {
    ...UNKNOWN_FACTS,
    family: 'busybox',
    hasShell: true,
    binSh: true,
    defaultUid: 0,
    hasPasswd: true,
    hasCaCerts: false,
  };
  const segments = tag === undefined ? [] : tag.split('-');
  if (segments.includes('glibc')) {
    facts.variant = 'glibc';
    facts.libc = 'glibc';
  } else if (segments.includes('musl')) {
    facts.variant = 'musl';
    facts.libc = 'none';
  } else if (segments.includes('uclibc')) {
    facts.variant = 'uclibc';
    facts.libc = 'none';
  }
  return facts;
}

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
