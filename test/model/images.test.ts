import { imageFacts, isRootUid, scratchFacts, type ImageFacts } from '../../src/model/catalogue';
import { isRegistryPrefix, throughMirror, unmirror, type ImageMirror } from '../../src/model/registries';
import { parseImageRef, type ImageRef } from '../../src/model/image-ref';

const DIGEST = 'sha256:' + 'a'.repeat(64);

describe('parseImageRef', () => {
  const valid: Array<[string, Omit<ImageRef, 'raw'>]> = [
    ['golang', { repository: 'golang' }],
    ['golang:1.22', { repository: 'golang', tag: '1.22' }],
    ['golang:1.22.3-bookworm', { repository: 'golang', tag: '1.22.3-bookworm' }],
    ['library/golang:1.22', { repository: 'golang', tag: '1.22' }],
    ['docker.io/golang:1.22', { repository: 'golang', tag: '1.22' }],
    ['docker.io/library/golang:1.22', { repository: 'golang', tag: '1.22' }],
    ['index.docker.io/library/golang', { repository: 'golang' }],
    ['docker.io/chainguard/static', { repository: 'chainguard/static' }],
    ['chainguard/static:latest', { repository: 'chainguard/static', tag: 'latest' }],
    ['library/foo/bar', { repository: 'library/foo/bar' }],
    ['mirror.gcr.io/library/golang:1.22', { registry: 'mirror.gcr.io', repository: 'library/golang', tag: '1.22' }],
    ['golang@sha256:abc', { repository: 'golang', digest: 'sha256:abc' }],
    [`golang:1.22@${DIGEST}`, { repository: 'golang', tag: '1.22', digest: DIGEST }],
    [
      `gcr.io/distroless/static-debian12:nonroot@${DIGEST}`,
      { registry: 'gcr.io', repository: 'distroless/static-debian12', tag: 'nonroot', digest: DIGEST },
    ],
    ['gcr.io/distroless/static-debian12', { registry: 'gcr.io', repository: 'distroless/static-debian12' }],
    ['cgr.dev/chainguard/static:latest', { registry: 'cgr.dev', repository: 'chainguard/static', tag: 'latest' }],
    ['localhost:5000/app:1', { registry: 'localhost:5000', repository: 'app', tag: '1' }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    // A single component is never a registry: "localhost:5000" is repository "localhost", tag "5000".
    ['localhost', { repository: 'localhost' }],
    ['localhost:5000', { repository: 'localhost', tag: '5000' }],
    ['registry.example.com:443/team/app:v1.2_3', { registry: 'registry.example.com:443', repository: 'team/app', tag: 'v1.2_3' }],
    ['Registry.Example.COM/app', { registry: 'registry.example.com', repository: 'app' }],
    ['[::1]:5000/app:dev', { registry: '[::1]:5000', repository: 'app', tag: 'dev' }],
    ['my-registry:5000/a/b/c', { registry: 'my-registry:5000', repository: 'a/b/c' }],
    // "myorg" has no '.' or ':' so it is a Docker Hub namespace.
    ['myorg/app', { repository: 'myorg/app' }],
    ['a__b/c---d/e.f_g:TAG_1', { repository: 'a__b/c---d/e.f_g', tag: 'TAG_1' }],
    ['golang:_x', { repository: 'golang', tag: '_x' }],
    ['golang:' + 't'.repeat(128), { repository: 'golang', tag: 't'.repeat(128) }],
    ['app@sha256+b64u:AbC-_=', { repository: 'app', digest: 'sha256+b64u:AbC-_=' }],
  ];

  it.each(valid)('parses %s', (raw, expected) => {
    expect(parseImageRef(raw)).toStrictEqual({ raw, ...expected });
  });

  const invalid: Array<[string, string]> = [
    ['', 'empty'],
    ['GOLANG', 'uppercase repository'],
    ['golang/Foo', 'uppercase path component'],
    ['Localhost/app', 'uppercase first component that is not a registry'],
    [' golang', 'leading whitespace'],
    ['golang ', 'trailing whitespace'],
    ['golang:1.22 AS build', 'internal whitespace'],
    ['golang\t', 'tab'],
    ['golang:${GO_VERSION}', 'unexpanded braced variable'],
    ['$BASE', 'unexpanded variable'],
    ['golang:', 'empty tag'],
    ['golang:-x', 'tag starting with -'],
    ['golang:.x', 'tag starting with .'],
    ['golang:a/b', 'slash in tag (parsed as path, "golang:a" is then not a valid registry)'],
    ['golang:' + 't'.repeat(129), 'tag too long'],
    ['golang@', 'empty digest'],
    ['golang@sha256', 'digest without colon'],
    ['golang@sha256:', 'digest without encoded part'],
    ['golang@:abc', 'digest without algorithm'],
    ['golang@SHA256:abc', 'uppercase digest algorithm'],
    ['golang@sha256:ab@cd', 'second @'],
    ['golang@sha256:ab.cd', 'dot in encoded digest'],
    ['@sha256:abc', 'digest without name'],
    [':1.22', 'tag without name'],
    ['/golang', 'empty first component'],
    ['a//b', 'empty middle component'],
    ['golang/', 'empty last component'],
    ['-golang', 'component starting with separator'],
    ['golang-', 'component ending with separator'],
    ['go..lang', 'double dot'],
    ['go___lang', 'triple underscore'],
    ['go.-lang', 'mixed separators'],
    ['foo:bar/baz', 'non-numeric port'],
    ['foo:/baz', 'empty port'],
    ['-bad.com/app', 'host label starting with -'],
    ['bad..com/app', 'empty host label'],
    ['[::1/app', 'unterminated IPv6 host'],
    ['[]:5000/app', 'empty IPv6 host'],
    ['gölang', 'non-ASCII'],
    ['a'.repeat(256), 'name longer than 255'],
  ];

  it.each(invalid)('rejects %j (%s)', (raw) => {
    expect(parseImageRef(raw)).toBeUndefined();
  });

  it('accepts a name of exactly 255 characters', () => {
    expect(parseImageRef('a'.repeat(255))?.repository).toBe('a'.repeat(255));
  });
});

describe('imageFacts', () => {
  const OTHER: ImageFacts = {
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
  const SCRATCH: ImageFacts = {
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
  const distroless = (variant: string, libc: ImageFacts['libc'], over: Partial<ImageFacts> = {}): ImageFacts => ({
    family: 'distroless',
    variant,
    libc,
    hasShell: false,
    binSh: false,
    defaultUid: 0,
    hasPasswd: true,
    hasCaCerts: true,
    minimal: true,
    debug: false,
    hasGoToolchain: false,
    hasCCompiler: false,
    ...over,
  });
  const NONROOT = { defaultUid: 65532 };
  // Busybox lives in /busybox: a shell, but no /bin/sh.
  const DEBUG = { hasShell: true, binSh: false, debug: true };
  const DEBUG_NONROOT = { hasShell: true, binSh: false, debug: true, defaultUid: 65532 };

  const chainguardRuntime = (variant: string, libc: ImageFacts['libc'], over: Partial<ImageFacts> = {}): ImageFacts => ({
    family: 'chainguard',
    variant,
    libc,
    hasShell: false,
    binSh: false,
    defaultUid: 65532,
    hasPasswd: true,
    hasCaCerts: true,
    minimal: true,
    debug: false,
    hasGoToolchain: false,
    hasCCompiler: false,
    ...over,
  });
  const CG_DEV = { hasShell: true, binSh: true, debug: true, minimal: false };
  const chainguardGo = (over: Partial<ImageFacts> = {}): ImageFacts => ({
    family: 'chainguard',
    variant: 'go',
    libc: 'glibc',
    hasShell: true,
    binSh: true,
    defaultUid: 0,
    hasPasswd: true,
    hasCaCerts: true,
    minimal: false,
    debug: false,
    hasGoToolchain: true,
    hasCCompiler: true,
    ...over,
  });
  const chainguardOther = (variant: string, over: Partial<ImageFacts> = {}): ImageFacts => ({
    ...OTHER,
    family: 'chainguard',
    variant,
    libc: 'glibc',
    minimal: true,
    ...over,
  });

  const golangDebian = (goVersion?: string): ImageFacts => ({
    family: 'golang',
    variant: 'debian',
    libc: 'glibc',
    hasShell: true,
    binSh: true,
    defaultUid: 0,
    hasPasswd: true,
    hasCaCerts: true,
    minimal: false,
    debug: false,
    hasGoToolchain: true,
    hasCCompiler: true,
    ...(goVersion === undefined ? {} : { goVersion }),
  });
  const golangAlpine = (goVersion?: string): ImageFacts => ({
    ...golangDebian(goVersion),
    variant: 'alpine',
    libc: 'musl',
    hasCCompiler: false,
  });
  const golangWindows = (goVersion?: string): ImageFacts => ({
    ...OTHER,
    family: 'golang',
    variant: 'windows',
    hasGoToolchain: true,
    ...(goVersion === undefined ? {} : { goVersion }),
  });
  const osImage = (family: ImageFacts['family'], libc: ImageFacts['libc'], hasCaCerts: boolean): ImageFacts => ({
    ...OTHER,
    family,
    libc,
    hasShell: true,
    binSh: true,
    defaultUid: 0,
    hasPasswd: true,
    hasCaCerts,
  });
  const BUSYBOX = osImage('busybox', 'unknown', false);

  const cases: Array<[string, ImageFacts]> = [
    // scratch
    ['scratch', SCRATCH],
    ['docker.io/library/scratch', SCRATCH],

    // distroless static: every tag variant, with and without arch suffix
    ['gcr.io/distroless/static-debian12', distroless('static', 'none')],
    ['gcr.io/distroless/static-debian12:latest', distroless('static', 'none')],
    ['gcr.io/distroless/static-debian12:latest-amd64', distroless('static', 'none')],
    ['gcr.io/distroless/static-debian12:nonroot', distroless('static', 'none', NONROOT)],
    ['gcr.io/distroless/static-debian12:nonroot-amd64', distroless('static', 'none', NONROOT)],
    ['gcr.io/distroless/static-debian12:nonroot-arm64', distroless('static', 'none', NONROOT)],
    ['gcr.io/distroless/static-debian12:nonroot-arm', distroless('static', 'none', NONROOT)],
    ['gcr.io/distroless/static-debian12:debug', distroless('static', 'none', DEBUG)],
    ['gcr.io/distroless/static-debian12:debug-amd64', distroless('static', 'none', DEBUG)],
    ['gcr.io/distroless/static-debian12:debug-nonroot', distroless('static', 'none', DEBUG_NONROOT)],
    ['gcr.io/distroless/static-debian12:debug-nonroot-arm64', distroless('static', 'none', DEBUG_NONROOT)],
    ['gcr.io/distroless/static-debian11:nonroot', distroless('static', 'none', NONROOT)],
    ['gcr.io/distroless/static-debian13:nonroot', distroless('static', 'none', NONROOT)],
    ['gcr.io/distroless/static', distroless('static', 'none')],
    ['gcr.io/distroless/static:nonroot', distroless('static', 'none', NONROOT)],
    // digest pins: a tag wins; digest-only is `latest` with an unknown uid
    [`gcr.io/distroless/static-debian12:nonroot@${DIGEST}`, distroless('static', 'none', NONROOT)],
    [`gcr.io/distroless/static-debian12@${DIGEST}`, distroless('static', 'none', { defaultUid: 'unknown' })],
    // unknown tag
    ['gcr.io/distroless/static-debian12:weird', distroless('static', 'none', { hasShell: 'unknown', binSh: 'unknown', defaultUid: 'unknown' })],
    // glibc variants
    ['gcr.io/distroless/base-debian12', distroless('base', 'glibc')],
    ['gcr.io/distroless/base', distroless('base', 'glibc')],
    ['gcr.io/distroless/base-nossl-debian12:nonroot', distroless('base-nossl', 'glibc', NONROOT)],
    ['gcr.io/distroless/cc-debian12:debug-nonroot', distroless('cc', 'glibc', DEBUG_NONROOT)],
    ['gcr.io/distroless/cc', distroless('cc', 'glibc')],
    ['gcr.io/distroless/java17-debian12', distroless('java17', 'glibc')],
    ['gcr.io/distroless/java-base-debian12', distroless('java-base', 'glibc')],
    ['gcr.io/distroless/python3-debian12:nonroot', distroless('python3', 'glibc', NONROOT)],
    ['gcr.io/distroless/nodejs22-debian12', distroless('nodejs22', 'glibc')],
    // unknown distroless image: still distroless, libc unknown
    ['gcr.io/distroless/mystery-debian12', distroless('mystery', 'unknown')],
    // "-debian" without a number is not a release suffix
    ['gcr.io/distroless/foo-debian', distroless('foo-debian', 'unknown')],
    // not distroless
    ['gcr.io/distroless/a/b', OTHER],
    ['gcr.io/other/static-debian12', OTHER],
    ['distroless/static-debian12', OTHER],

    // chainguard
    ['cgr.dev/chainguard/static', chainguardRuntime('static', 'none')],
    ['cgr.dev/chainguard/static:latest', chainguardRuntime('static', 'none')],
    [`cgr.dev/chainguard/static@${DIGEST}`, chainguardRuntime('static', 'none')],
    ['cgr.dev/chainguard/static:latest-dev', chainguardRuntime('static', 'unknown', CG_DEV)],
    ['cgr.dev/chainguard/glibc-dynamic', chainguardRuntime('glibc-dynamic', 'glibc')],
    ['cgr.dev/chainguard/glibc-dynamic:latest-dev', chainguardRuntime('glibc-dynamic', 'glibc', CG_DEV)],
    ['cgr.dev/my-org.com/static:latest', chainguardRuntime('static', 'none')],
    ['cgr.dev/chainguard/go', chainguardGo()],
    ['cgr.dev/chainguard/go:latest', chainguardGo()],
    ['cgr.dev/chainguard/go:latest-dev', chainguardGo({ debug: true })],
    ['cgr.dev/acme/go:1.22', chainguardGo({ goVersion: '1.22' })],
    ['cgr.dev/acme/go:1.22.3-dev', chainguardGo({ goVersion: '1.22.3', debug: true })],
    ['cgr.dev/chainguard/nginx', chainguardOther('nginx')],
    ['cgr.dev/chainguard/nginx:latest-dev', chainguardOther('nginx', { hasShell: true, binSh: true, debug: true, minimal: false })],
    ['cgr.dev/static', OTHER],
    ['chainguard/static', OTHER],

    // golang (Debian)
    ['golang', golangDebian()],
    ['golang:latest', golangDebian()],
    ['golang:bookworm', golangDebian()],
    ['golang:1', golangDebian('1')],
    ['golang:1.22', golangDebian('1.22')],
    ['golang:1.22.3', golangDebian('1.22.3')],
    ['golang:1.22-bookworm', golangDebian('1.22')],
    ['golang:1.22.3-bullseye', golangDebian('1.22.3')],
    ['golang:1.23rc1', golangDebian('1.23rc1')],
    ['golang:1.23rc1-bookworm', golangDebian('1.23rc1')],
    ['golang:1.25-trixie', golangDebian('1.25')],
    ['golang:tip-20240101-bookworm', golangDebian()],
    [`golang@${DIGEST}`, golangDebian()],
    [`golang:1.22@${DIGEST}`, golangDebian('1.22')],
    ['library/golang:1.22', golangDebian('1.22')],
    ['docker.io/golang:1.22', golangDebian('1.22')],
    ['docker.io/library/golang:1.22', golangDebian('1.22')],
    ['mirror.gcr.io/library/golang:1.22', golangDebian('1.22')],
    ['mirror.gcr.io/golang:1.22', golangDebian('1.22')],
    ['public.ecr.aws/docker/library/golang:1.22', golangDebian('1.22')],
    ['harbor.example.com/dockerhub-proxy/library/golang:1.22', golangDebian('1.22')],
    // golang (Alpine)
    ['golang:alpine', golangAlpine()],
    ['golang:alpine3.19', golangAlpine()],
    ['golang:1.22-alpine', golangAlpine('1.22')],
    ['golang:1.22-alpine3.19', golangAlpine('1.22')],
    ['golang:1.22.3-alpine3.20', golangAlpine('1.22.3')],
    // golang (Windows)
    ['golang:windowsservercore', golangWindows()],
    ['golang:1.22-windowsservercore-ltsc2022', golangWindows('1.22')],
    ['golang:1.22.3-nanoserver-1809', golangWindows('1.22.3')],
    // golang with an unrecognised flavour
    ['golang:1.22-mystery', { ...OTHER, family: 'golang', hasGoToolchain: true, goVersion: '1.22' }],
    // not the official golang image
    ['myorg/golang:1.22', OTHER],
    ['registry.example.com/golang:1.22', OTHER],

    // OS images
    ['alpine', osImage('alpine', 'musl', true)],
    ['alpine:3.20', osImage('alpine', 'musl', true)],
    ['docker.io/library/alpine:edge', osImage('alpine', 'musl', true)],
    ['debian:bookworm-slim', osImage('debian', 'glibc', false)],
    ['debian', osImage('debian', 'glibc', false)],
    ['ubuntu:24.04', osImage('ubuntu', 'glibc', false)],
    ['mirror.gcr.io/library/ubuntu', osImage('ubuntu', 'glibc', false)],

    // busybox
    ['busybox', BUSYBOX],
    ['busybox:1.36', BUSYBOX],
    ['busybox:glibc', { ...BUSYBOX, variant: 'glibc', libc: 'glibc' }],
    ['busybox:1.36.1-glibc', { ...BUSYBOX, variant: 'glibc', libc: 'glibc' }],
    ['busybox:1.36-musl', { ...BUSYBOX, variant: 'musl', libc: 'none' }],
    ['busybox:uclibc', { ...BUSYBOX, variant: 'uclibc', libc: 'none' }],

    // anything else
    ['nginx:latest', OTHER],
    ['quay.io/prometheus/busybox', OTHER],
    ['localhost:5000/app:1', OTHER],
  ];

  it.each(cases)('%s', (raw, expected) => {
    const ref = parseImageRef(raw);
    expect(ref).toBeDefined();
    expect(imageFacts(ref as ImageRef)).toStrictEqual(expected);
  });

  it('scratchFacts() returns scratch facts', () => {
    expect(scratchFacts()).toStrictEqual(SCRATCH);
  });

  it('returns fresh objects that callers may mutate', () => {
    const ref = parseImageRef('nginx') as ImageRef;
    const a = imageFacts(ref);
    a.libc = 'glibc';
    expect(imageFacts(ref).libc).toBe('unknown');
    const s = scratchFacts();
    s.minimal = false;
    expect(scratchFacts().minimal).toBe(true);
  });

  it('accepts a hand-built Docker Hub registry', () => {
    expect(imageFacts({ raw: 'x', registry: 'docker.io', repository: 'library/golang', tag: '1.22' })).toStrictEqual(
      golangDebian('1.22'),
    );
  });
});

describe('isRootUid', () => {
  it.each<[number | 'unknown', boolean | 'unknown']>([
    [0, true],
    [65532, false],
    [1000, false],
    ['unknown', 'unknown'],
  ])('isRootUid(%j) = %j', (uid, expected) => {
    expect(isRootUid(uid)).toBe(expected);
  });
});

describe('mirrors', () => {
  const mirrors: ImageMirror[] = [
    { mirror: 'registry.corp.example/gcr', upstream: 'gcr.io' },
    { mirror: 'corp.jfrog.io/docker-remote', upstream: 'docker.io' },
    { mirror: 'corp.jfrog.io/docker-remote/chainguard', upstream: 'cgr.dev/chainguard' },
    { mirror: 'harbor.local:8443/hub', upstream: 'docker.io/library' },
  ];
  const facts = (raw: string) => imageFacts(unmirror(parseImageRef(raw) as ImageRef, mirrors));

  const cases: Array<[string, Partial<ImageFacts>]> = [
    ['registry.corp.example/gcr/distroless/static-debian12:nonroot', { family: 'distroless', defaultUid: 65532 }],
    ['registry.corp.example/gcr/distroless/static-debian12@sha256:' + 'a'.repeat(64), { family: 'distroless', defaultUid: 'unknown' }],
    ['corp.jfrog.io/docker-remote/golang:1.23', { family: 'golang', goVersion: '1.23', hasGoToolchain: true }],
    ['corp.jfrog.io/docker-remote/library/alpine:3.20', { family: 'alpine', libc: 'musl' }],
    ['CORP.JFROG.IO/docker-remote/golang:1.22', { family: 'golang', goVersion: '1.22' }],
    ['corp.jfrog.io/docker-remote/chainguard/static:latest', { family: 'chainguard' }],
    ['harbor.local:8443/hub/debian:12', { family: 'debian' }],
  ];
  it.each(cases)('%s is known through its mirror', (raw, expected) => {
    expect(facts(raw)).toMatchObject(expected);
  });

  const unknown = [
    'registry.corp.example/gcrx/distroless/static-debian12:nonroot',
    'registry.corp.example/distroless/static-debian12:nonroot',
    'other.example/golang:1.23',
  ];
  it.each(unknown)('%s is not a mirror path: unknown, as before', (raw) => {
    expect(facts(raw).family).toBe('other');
  });

  it('keeps the reference as written, and leaves references without a mirror alone', () => {
    const ref = parseImageRef('corp.jfrog.io/docker-remote/golang:1.23') as ImageRef;
    expect(unmirror(ref, mirrors).raw).toBe('corp.jfrog.io/docker-remote/golang:1.23');
    const plain = parseImageRef('golang:1.23') as ImageRef;
    expect(unmirror(plain, mirrors)).toBe(plain);
    expect(unmirror(ref, [])).toBe(ref);
  });

  it('writes the images of fixes through the mirror of their registry', () => {
    expect(throughMirror('gcr.io/distroless/static-debian12:nonroot', mirrors)).toBe('registry.corp.example/gcr/distroless/static-debian12:nonroot');
    expect(throughMirror('cgr.dev/chainguard/static:latest', mirrors)).toBe('corp.jfrog.io/docker-remote/chainguard/static:latest');
    expect(throughMirror('quay.io/x/y:1', mirrors)).toBe('quay.io/x/y:1');
    expect(throughMirror('gcr.io/distroless/static-debian12:nonroot', undefined)).toBe('gcr.io/distroless/static-debian12:nonroot');
  });

  const prefixes: Array<[string, boolean]> = [
    ['gcr.io', true],
    ['registry.corp.example/gcr', true],
    ['localhost:5000/mirror', true],
    ['corp.jfrog.io/docker-remote/library', true],
    ['https://gcr.io', false],
    ['gcr.io/', false],
    ['gcr.io//x', false],
    ['gcr.io/distroless:nonroot', false],
    ['gcr.io/x@sha256:' + 'a'.repeat(64), false],
    ['golang', false],
    ['', false],
    ['Registry.Example/UPPER', false],
  ];
  it.each(prefixes)('isRegistryPrefix(%j) is %s', (text, expected) => {
    expect(isRegistryPrefix(text)).toBe(expected);
  });
});
