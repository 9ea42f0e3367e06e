import rule, { isTrusted } from '../../src/rules/untrusted-registry';
import { isRegistryPattern } from '../../src/model/registries';
import { parseImageRef, type ImageRef } from '../../src/model/image-ref';
import { GOOD, ruleTester } from '../support/rule-tester';

const TRUSTED = { trustedRegistries: ['gcr.io', 'corp.jfrog.io/docker-remote'] };
const MIRRORS = [
  { mirror: 'corp.jfrog.io/docker-remote', upstream: 'docker.io' },
  { mirror: 'registry.corp.example/quay', upstream: 'quay.io' },
];

/** A two-stage Dockerfile with this builder image (line 1) and final image (line 6). */
const df = (builder: string, final = 'gcr.io/distroless/static-debian12:nonroot') =>
  `FROM ${builder} AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM ${final}\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

ruleTester(
  rule,
  {
    valid: [
      { name: 'not configured: never reports', code: GOOD, options: {} },
      { name: 'not configured, Docker Hub and quay.io', code: df('golang:1.23', 'quay.io/org/runtime:1'), options: {} },
      df('corp.jfrog.io/docker-remote/golang:1.23'),
      df('corp.jfrog.io/docker-remote/library/golang:1.23'),
      { name: 'Docker Hub trusted as docker.io, also without a registry', code: GOOD, options: { trustedRegistries: ['docker.io', 'gcr.io'] } },
      { name: 'docker.io/library prefix covers official images written bare', code: GOOD, options: { trustedRegistries: ['docker.io/library', 'gcr.io'] } },
      { name: 'host pattern', code: df('corp.jfrog.io/docker-remote/golang:1.23', 'eu.gcr.io/distroless/static-debian12:nonroot'), options: { trustedRegistries: ['*.gcr.io', 'corp.jfrog.io'] } },
      { name: 'scratch is no registry', code: df('corp.jfrog.io/docker-remote/golang:1.23', 'scratch') },
      { name: 'stage references are no registry', code: 'FROM corp.jfrog.io/docker-remote/golang:1.23 AS base\nFROM base AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n' },
      { name: 'unresolvable image (build argument without default)', code: 'ARG BASE\nFROM ${BASE} AS build\nFROM scratch\n' },
      { name: 'COPY --from a trusted image', code: df('corp.jfrog.io/docker-remote/golang:1.23').replace('COPY . .', 'COPY --from=gcr.io/x/tools:1 /t /t\nCOPY . .') },
      { name: 'RUN --mount=from= an earlier stage, by name or index', code: 'FROM gcr.io/distroless/static-debian12:nonroot AS tools\n' + df('corp.jfrog.io/docker-remote/golang:1.23').replace('COPY . .', 'RUN --mount=type=bind,from=tools,target=/x true\nRUN --mount=type=cache,from=0,target=/y true\nCOPY . .') },
      { name: 'registry with a port', code: df('localhost:5000/golang:1.23'), options: { trustedRegistries: ['localhost:5000', 'gcr.io'] } },
    ],
    invalid: [
      {
        name: 'Docker Hub image written bare, no mirror: no fix',
        code: GOOD,
        errors: [{ messageId: 'untrusted', line: 1, column: 6, endColumn: 17 }],
        output: null,
        mirrors: [],
      },
      {
        name: 'Docker Hub image, pulled through the trusted mirror',
        code: GOOD,
        errors: [{ messageId: 'untrusted', line: 1, column: 6, endColumn: 17 }],
        output: GOOD.replace('FROM golang:1.23', 'FROM corp.jfrog.io/docker-remote/library/golang:1.23'),
      },
      {
        name: 'the tag from a build argument is kept as written',
        code: 'ARG GO=1.23\n' + df('golang:${GO}'),
        errors: [{ messageId: 'untrusted', line: 2, column: 6, endColumn: 18 }],
        output: 'ARG GO=1.23\n' + df('corp.jfrog.io/docker-remote/library/golang:${GO}'),
      },
      {
        name: 'a digest is kept',
        code: df(`docker.io/library/golang:1.23@sha256:${'a'.repeat(64)}`),
        errors: [{ messageId: 'untrusted', line: 1, column: 6 }],
        output: df(`corp.jfrog.io/docker-remote/library/golang:1.23@sha256:${'a'.repeat(64)}`),
      },
      {
        name: 'the whole image from a build argument: reported, no fix',
        code: 'ARG BASE=golang:1.23\n' + df('${BASE}'),
        errors: [{ messageId: 'untrusted', line: 2, column: 6, endColumn: 13 }],
        output: null,
      },
      {
        name: 'a mirror that is not trusted gives no fix',
        code: df('corp.jfrog.io/docker-remote/golang:1.23', 'quay.io/org/runtime:1'),
        errors: [{ messageId: 'untrusted', line: 6, column: 6 }],
        output: null,
      },
      {
        name: 'a trusted mirror of another registry',
        code: df('corp.jfrog.io/docker-remote/golang:1.23', 'quay.io/org/runtime:1'),
        options: { trustedRegistries: ['gcr.io', 'corp.jfrog.io/docker-remote', 'registry.corp.example'] },
        errors: [{ messageId: 'untrusted', line: 6, column: 6 }],
        output: df('corp.jfrog.io/docker-remote/golang:1.23', 'registry.corp.example/quay/org/runtime:1'),
      },
      {
        name: 'a host pattern does not match the bare domain or other hosts',
        code: df('corp.jfrog.io/docker-remote/golang:1.23', 'gcr.io/distroless/static-debian12:nonroot'),
        options: { trustedRegistries: ['*.gcr.io', 'corp.jfrog.io'] },
        errors: [{ messageId: 'untrusted', line: 6, column: 6 }],
        output: null,
      },
      {
        name: 'a path prefix is a whole path component',
        code: df('corp.jfrog.io/docker-remote-other/golang:1.23'),
        errors: [{ messageId: 'untrusted', line: 1, column: 6 }],
        output: null,
      },
      {
        name: 'COPY --from an untrusted image',
        code: df('corp.jfrog.io/docker-remote/golang:1.23').replace('COPY . .', 'COPY --from=quay.io/x/tools:1 /t /t\nCOPY . .'),
        errors: [{ messageId: 'untrusted', line: 3, column: 13, endColumn: 30 }],
        output: null,
      },
      {
        name: 'COPY --from an untrusted image, through a trusted mirror',
        code: df('corp.jfrog.io/docker-remote/golang:1.23').replace('COPY . .', 'COPY --from=busybox:1.36 /bin/busybox /busybox\nCOPY . .'),
        errors: [{ messageId: 'untrusted', line: 3, column: 13, endColumn: 25 }],
        output: df('corp.jfrog.io/docker-remote/golang:1.23').replace('COPY . .', 'COPY --from=corp.jfrog.io/docker-remote/library/busybox:1.36 /bin/busybox /busybox\nCOPY . .'),
      },
      {
        name: 'RUN --mount=from= an untrusted image, through a trusted mirror',
        code: df('corp.jfrog.io/docker-remote/golang:1.23').replace('COPY . .', 'RUN --mount=type=bind,from=busybox:1.36,source=/bin/busybox,target=/bb /bb true\nCOPY . .'),
        errors: [{ messageId: 'untrusted', line: 3, column: 28, endColumn: 40 }],
        output: df('corp.jfrog.io/docker-remote/golang:1.23').replace('COPY . .', 'RUN --mount=type=bind,from=corp.jfrog.io/docker-remote/library/busybox:1.36,source=/bin/busybox,target=/bb /bb true\nCOPY . .'),
      },
      {
        name: 'CRLF and lower-case keywords',
        code: 'from golang:1.23 as build\r\nrun go build -o /out/app .\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\n',
        errors: [{ messageId: 'untrusted', line: 1, column: 6 }],
        output: 'from corp.jfrog.io/docker-remote/library/golang:1.23 as build\r\nrun go build -o /out/app .\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\n',
      },
    ],
  },
  { options: TRUSTED, mirrors: MIRRORS },
);

describe('trustedRegistries entries', () => {
  const ref = (raw: string) => parseImageRef(raw) as ImageRef;
  const cases: Array<[string, string[], boolean]> = [
    ['golang:1.23', ['docker.io'], true],
    ['golang:1.23', ['index.docker.io'], false],
    ['docker.io/library/golang:1.23', ['docker.io'], true],
    ['bitnami/redis:7', ['docker.io/bitnami'], true],
    ['bitnami/redis:7', ['docker.io/library'], false],
    ['GCR.IO/distroless/static', ['gcr.io'], true],
    ['eu.gcr.io/p/x', ['*.gcr.io'], true],
    ['gcr.io/p/x', ['*.gcr.io'], false],
    ['a.b.gcr.io/p/x', ['*.gcr.io'], true],
    ['evilgcr.io/p/x', ['*.gcr.io'], false],
    ['registry.corp.example/team/x:1', ['registry.corp.example/team'], true],
    ['registry.corp.example/teamx/x:1', ['registry.corp.example/team'], false],
    ['x.io/a', [], false],
  ];
  it.each(cases)('%s with %j: %s', (raw, trusted, expected) => {
    expect(isTrusted(ref(raw), trusted)).toBe(expected);
  });

  const patterns: Array<[string, boolean]> = [
    ['gcr.io', true], ['*.gcr.io', true], ['registry.corp.example/gcr', true], ['localhost:5000', true], ['docker.io', true],
    ['https://gcr.io', false], ['*.gcr.io/x', false], ['gcr.io:nonroot/x', false], ['*', false], ['GCR.IO', true], ['a b.io', false],
  ];
  it.each(patterns)('%j is an entry: %s', (text, expected) => {
    expect(isRegistryPattern(text)).toBe(expected);
  });
});
