import { lintText } from '../../src/lint';
import { parseGoMod } from '../../src/model/gomod';
import { goVersionAtLeast, type GoVersionFact } from '../../src/model/go-version';
import { bareTagGo, closestGolangVariant, golangTagPublished, NEWEST_GO_MINOR } from '../../src/model/golang-tags';
import { distroGo, distroOf } from '../../src/model/distro-go';
import { importsC } from '../../src/model/cgo';

const model = (text: string, goMod?: string) => {
  const r = lintText(text, { rules: [], goMod: goMod === undefined ? undefined : parseGoMod(goMod) });
  if (!r.ok) throw new Error(r.error.message);
  return r.model;
};

describe('Go version in effect per stage', () => {
  it.each([
    ['FROM golang:1.12-alpine\nRUN go build .\n', '1.12', false],
    ['FROM golang:alpine3.10\nRUN go build .\n', '1.13.8', false],
    ['FROM golang\nRUN go build .\n', NEWEST_GO_MINOR, true],
    ['FROM golang:1\nRUN go build .\n', NEWEST_GO_MINOR, true],
    ['FROM alpine:3.9\nRUN apk add go\nRUN go build .\n', '1.11', false],
    ['FROM alpine:3.9\nRUN apk add go=1.10.8-r0\nRUN go build .\n', '1.10', false],
    ['FROM debian:bullseye\nRUN apt-get install -y golang-1.19-go\nRUN go build .\n', '1.19', false],
    ['FROM golang:1.11 AS a\nFROM a\nRUN go build .\n', '1.11', false],
  ])('%j', (text, version, atLeast) => {
    const build = model(text).goBuilds[0];
    expect(build.goVersion?.version).toBe(version);
    expect(build.goVersion?.atLeast === true).toBe(atLeast);
  });

  it('is unknown for an unknown image, a floating alpine, and backports', () => {
    expect(model('FROM example.com/go:1\nRUN go build .\n').goBuilds[0].goVersion).toBeUndefined();
    expect(model('FROM alpine\nRUN apk add go\nRUN go build .\n').goBuilds[0].goVersion).toBeUndefined();
    expect(model('FROM debian:bullseye\nRUN apt-get install -t bullseye-backports golang-go\nRUN go build .\n').goBuilds[0].goVersion).toBeUndefined();
  });

  it("raises to go.mod's lines only where GOTOOLCHAIN switches", () => {
    const gomod = 'module m\ngo 1.24.1\ntoolchain go1.25.2\n';
    // golang images set GOTOOLCHAIN=local.
    expect(model('FROM golang:1.22\nRUN go build .\n', gomod).goBuilds[0].goVersion?.version).toBe('1.22');
    expect(model('FROM golang:1.22\nENV GOTOOLCHAIN=auto\nRUN go build .\n', gomod).goBuilds[0].goVersion?.version).toBe('1.25.2');
    expect(model('FROM golang:1.22\nENV GOTOOLCHAIN=go1.23.4\nRUN go build .\n', gomod).goBuilds[0].goVersion?.version).toBe('1.23.4');
    expect(model('FROM golang:1.22\nENV GOTOOLCHAIN=go1.23.4+auto\nRUN go build .\n', gomod).goBuilds[0].goVersion?.version).toBe('1.25.2');
    // Go before 1.21 never switches.
    expect(model('FROM golang:1.20\nENV GOTOOLCHAIN=auto\nRUN go build .\n', gomod).goBuilds[0].goVersion?.version).toBe('1.20');
    // An upstream tarball defaults to auto.
    expect(model('FROM debian:12\nRUN curl -L https://go.dev/dl/go1.21.0.linux-amd64.tar.gz | tar -C /usr/local -xz\nRUN go build .\n', gomod).goBuilds[0].goVersion?.version).toBe('1.25.2');
  });

  it('answers "at least" as true, false, or unknown', () => {
    const v = (version: string, atLeast = false): GoVersionFact => ({ version, atLeast, source: 's' });
    expect(goVersionAtLeast(v('1.12'), '1.13')).toBe(false);
    expect(goVersionAtLeast(v('1.13'), '1.13')).toBe(true);
    expect(goVersionAtLeast(v('1.12', true), '1.13')).toBeUndefined();
    expect(goVersionAtLeast(undefined, '1.13')).toBeUndefined();
  });
});

describe('published golang tags', () => {
  it.each([
    ['1.20', 'alpine3.8', false],
    ['1.11.1', 'alpine3.8', true],
    ['1.11.12', 'alpine3.8', false],
    ['1.17', 'alpine3.9', false],
    ['1.22', 'bookworm', true],
    ['1.22', 'trixie', false],
    ['1.24.6', 'trixie', true],
    ['1.24.5', 'trixie', false],
    ['1.99', '', true],
    ['1.99', 'trixie', undefined],
  ])('golang:%s-%s published: %s', (version, suffix, expected) => {
    expect(golangTagPublished(version, suffix)).toBe(expected);
  });

  it('knows where dropped variants stopped', () => {
    expect(bareTagGo('alpine3.19')).toEqual({ version: '1.23.4', floating: false });
    expect(bareTagGo('buster')).toEqual({ version: '1.20.5', floating: false });
    expect(bareTagGo('alpine')).toEqual({ version: NEWEST_GO_MINOR, floating: true });
    expect(bareTagGo('no-such-variant')).toBeUndefined();
  });

  it('picks the nearest newer variant a release published', () => {
    expect(closestGolangVariant('1.20', 'alpine3.8')).toBe('alpine3.16');
    expect(closestGolangVariant('1.22', 'stretch')).toBe('bullseye');
    expect(closestGolangVariant('1.22', 'alpine')).toBe('alpine');
    expect(closestGolangVariant('1.22', 'windowsservercore')).toBeUndefined();
  });
});

describe('distribution Go', () => {
  it.each([
    ['alpine', '3.10.3', '1.12'],
    ['alpine', '3.11', '1.13'],
    ['debian', 'buster-slim', '1.11'],
    ['debian', '12.5', '1.19'],
    ['ubuntu', '18.04', '1.10'],
    ['ubuntu', 'jammy-20240101', '1.18'],
  ])('%s:%s has Go %s', (family, tag, go) => {
    const d = distroOf(family, { raw: `${family}:${tag}`, repository: family, tag });
    expect(d && distroGo(d)).toBe(go);
  });
  it('floating tags are unknown', () => {
    expect(distroOf('alpine', { raw: 'alpine:latest', repository: 'alpine', tag: 'latest' })).toBeUndefined();
    expect(distroOf('debian', { raw: 'debian:stable', repository: 'debian', tag: 'stable' })).toBeUndefined();
  });
});

describe('import "C"', () => {
  it.each([
    ['package x\nimport "C"\n', true],
    ['package x\n\n// #include <stdio.h>\nimport "C"\n', true],
    ['package x\nimport (\n\t"fmt"\n\t"C"\n)\n', true],
    ['package x\n/*\nconst int a = 1;\nimport "C"\n*/\nimport "fmt"\n', false],
    ['package x\nimport "fmt"\nfunc f() { _ = `import "C"` }\n', false],
  ])('%j', (text, expected) => {
    expect(importsC(text)).toBe(expected);
  });
});
