/**
 * Image references (`registry/repository:tag@digest`) as BuildKit's reference grammar reads them.
 * Hand-parsed (no regular expressions) because they come from user-controlled Dockerfiles.
 */
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
export const DOCKER_HUB_REGISTRIES: ReadonlySet<string> = new Set(['docker.io', 'index.docker.io']);

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

export function isDigit(c: string): boolean {
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
