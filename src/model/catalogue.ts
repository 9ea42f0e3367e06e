/**
 * The image catalogue: what is known about the common base images used to build and run Go
 * programs (libc, shell, default user, package manager, Go version of a golang tag).
 */
import { parseGoVersion } from './gomod';
import { DOCKER_HUB_REGISTRIES, isDigit, type ImageRef } from './image-ref';
import { NONROOT_UID } from './constants';

/** Registries known to serve Docker Hub content under the same paths (kept as the registry). */
const DOCKER_HUB_MIRRORS: ReadonlySet<string> = new Set([
  'mirror.gcr.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
]);

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
