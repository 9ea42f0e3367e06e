import rule from '../../src/rules/build-cache-leak';
import { lintText } from '../../src/lint';
import { memoryWorkspace } from '../../src/model/workspace';
import { GOOD, ruleTester } from '../support/rule-tester';

/** Builder on lines 1-6 (sources in /src, binary in /go/bin/app), final stage on scratch from line 8. */
const BUILD = 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /go/bin/app ./cmd/app\n';
const multi = (copy: string, final = 'gcr.io/distroless/static-debian12:nonroot') => `${BUILD}\nFROM ${final}\n${copy}\nENTRYPOINT ["/app"]\n`;
const single = (body: string) => `FROM golang:1.23\nWORKDIR /src\n${body}\nCMD ["/app"]\n`;
const MOUNTS = '--mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod';

ruleTester(rule, {
  valid: [
    GOOD,
    multi('COPY --from=build /go/bin/app /app'),
    multi('COPY --from=build /go/bin/ /usr/local/bin/'),
    multi('COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /go/bin/app /app', 'scratch'),
    { name: 'a file from the source folder is not the source tree', code: multi('COPY --from=build /src/config.yaml /etc/app/config.yaml\nCOPY --from=build /go/bin/app /app') },
    { name: 'GOPATH/bin holds binaries, not caches', code: multi('COPY --from=build /go/bin /bin') },
    { name: 'context files that are not the whole tree', code: multi('COPY --from=build /go/bin/app /app\nCOPY config/ /etc/app/') },
    { name: 'a builder that copies only go.mod has no source tree', code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n\nFROM scratch\nCOPY --from=build /src /src\nENTRYPOINT ["/app"]\n' },
    { name: 'cache mounts leave nothing', code: single(`RUN --mount=type=bind,target=. ${MOUNTS} go build -o /app .`) },
    { name: 'cache mounts on go mod download and go build', code: single(`COPY go.mod go.sum ./\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\nRUN --mount=type=bind,target=. ${MOUNTS} go build -o /app .`) },
    { name: 'a mount of ~/.cache covers the build cache', code: single('RUN --mount=type=bind,target=. --mount=type=cache,target=/root/.cache --mount=type=cache,target=/go/pkg/mod go build -o /app .') },
    { name: 'GOCACHE and GOMODCACHE moved, mounts follow', code: single('ENV GOCACHE=/cache/build GOMODCACHE=/cache/mod\nRUN --mount=type=bind,target=. --mount=type=cache,target=/cache go build -o /app .') },
    { name: 'go clean removes both caches in the same RUN', code: single('RUN --mount=type=bind,target=. go build -o /app . && go clean -cache -modcache') },
    { name: 'one file from GOROOT (time zones for scratch) is not the toolchain', code: `${BUILD}\nFROM scratch\nCOPY --from=build /usr/local/go/lib/time/zoneinfo.zip /zoneinfo.zip\nENV ZONEINFO=/zoneinfo.zip\nCOPY --from=build /go/bin/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'copying / of a stage on scratch copies only what was put there', code: `${BUILD}\nFROM scratch AS binaries\nCOPY --from=build /go/bin/app /app\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=binaries / /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/app"]\n` },
    { name: 'builder stages are not judged', code: `${BUILD}\nFROM scratch\nCOPY --from=build /go/bin/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'not a Go Dockerfile', code: 'FROM node:22 AS build\nWORKDIR /src\nCOPY . .\nRUN npm ci\n\nFROM node:22-slim\nCOPY --from=build /src /app\nCMD ["node", "/app"]\n' },
    {
      name: 'CRLF, lower-case keywords, comments between instructions',
      code: 'from golang:1.23 as build\r\nworkdir /src\r\n# sources\r\ncopy . .\r\nrun go build -o /go/bin/app .\r\n\r\nfrom scratch\r\n# only the binary\r\ncopy --from=build /go/bin/app /app\r\nentrypoint ["/app"]\r\n',
    },
    {
      name: 'COPY . . of a context that .dockerignore narrows to the build output',
      code: multi('COPY --from=build /go/bin/app /app\nCOPY . .'),
      files: { 'go.mod': '', 'main.go': '', 'internal/x/x.go': '', '.git/HEAD': '', 'dist/app': '', 'templates/index.html': '', '.dockerignore': '*\n!dist/\n!templates/\n' },
    },
    {
      name: 'COPY . . with the Dockerfile\'s own <name>.dockerignore',
      code: multi('COPY --from=build /go/bin/app /app\nCOPY . /srv/'),
      files: { 'go.mod': '', 'main.go': '', '.git/HEAD': '', 'static/site.css': '', 'Dockerfile.dockerignore': '.git\n*.go\ngo.mod\n' },
    },
    {
      name: 'a builder\'s copy of a context without sources, copied on into the final image',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN tar -xzf app.tgz\n\nFROM scratch\nCOPY --from=build /src /srv\nENTRYPOINT ["/srv/app"]\n',
      files: { 'go.mod': '', 'main.go': '', '.git/HEAD': '', 'app.tgz': '', '.dockerignore': '.git\n*.go\ngo.mod\n' },
    },
    { name: 'Go 1.9 has neither a build cache nor a module cache', code: 'FROM golang:1.9\nWORKDIR /go/src/app\nRUN --mount=type=bind,target=. go get -d ./... && go build -o /app .\nCMD ["/app"]\n' },
  ],
  invalid: [
    {
      name: 'GOPATH',
      code: multi('COPY --from=build /go /go'),
      errors: [{ messageId: 'copiesGopath', line: 9, column: 19, endLine: 9, endColumn: 22 }],
      output: null,
    },
    {
      name: 'the module cache',
      code: multi('COPY --from=build /go/pkg/mod /go/pkg/mod'),
      errors: [{ messageId: 'copiesGopath', line: 9, column: 19, endColumn: 30 }],
      output: null,
    },
    {
      name: 'a folder holding the module cache',
      code: multi('COPY --from=build /go/pkg /go/pkg'),
      errors: [{ messageId: 'copiesGopath', line: 9, column: 19 }],
      output: null,
    },
    {
      name: 'the build cache',
      code: multi('COPY --from=build /root/.cache/go-build /root/.cache/go-build'),
      errors: [{ messageId: 'copiesCache', line: 9, column: 19, endColumn: 40 }],
      output: null,
    },
    {
      name: 'root\'s home holds the build cache',
      code: multi('COPY --from=build /root /root'),
      errors: [{ messageId: 'copiesCache', line: 9, column: 19 }],
      output: null,
    },
    {
      name: 'the toolchain',
      code: multi('COPY --from=build /usr/local/go /usr/local/go'),
      errors: [{ messageId: 'copiesToolchain', line: 9, column: 19, endColumn: 32 }],
      output: null,
    },
    {
      name: 'a top folder of GOROOT (its bin) is the toolchain',
      code: multi('COPY --from=build /usr/local/go/bin /usr/local/go/bin'),
      errors: [{ messageId: 'copiesToolchain', line: 9, column: 19 }],
      output: null,
    },
    {
      name: 'the toolchain straight from the golang image',
      code: multi('COPY --from=golang:1.23 /usr/local/go /usr/local/go'),
      errors: [{ messageId: 'copiesToolchain', line: 9, column: 25 }],
      output: null,
    },
    {
      name: 'the builder\'s whole file system',
      code: multi('COPY --from=build / /'),
      errors: [{ messageId: 'copiesRoot', line: 9, column: 19, endColumn: 20 }],
      output: null,
    },
    {
      name: 'the builder\'s source folder (WORKDIR /src + COPY . .)',
      code: multi('COPY --from=build /src /app'),
      errors: [{ messageId: 'copiesSources', line: 9, column: 19, endColumn: 23 }],
      output: null,
    },
    {
      name: 'the source folder with a trailing slash',
      code: multi('COPY --from=build /src/ /app/'),
      errors: [{ messageId: 'copiesSources', line: 9, column: 19, endColumn: 24 }],
      output: null,
    },
    {
      name: 'source folder copied by a stage the builder is built FROM',
      code: 'FROM golang:1.23 AS deps\nWORKDIR /app\nCOPY . .\n\nFROM deps AS build\nRUN go build -o /go/bin/app .\n\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app/app"]\n',
      errors: [{ messageId: 'copiesSources', line: 9, column: 19 }],
      output: null,
    },
    {
      name: 'COPY . . into the final stage',
      code: multi('COPY --from=build /go/bin/app /app\nCOPY . .'),
      errors: [{ messageId: 'contextSources', line: 10, column: 6, endColumn: 7 }],
      output: null,
    },
    {
      name: 'COPY . . with .dockerignore seen: Go sources and .git',
      code: multi('COPY --from=build /go/bin/app /app\nCOPY . .'),
      files: { 'go.mod': 'module example.com/app\n', 'main.go': 'package main\n', '.git/HEAD': 'ref: refs/heads/main\n', '.dockerignore': 'bin/\n' },
      errors: [{ messageId: 'contextSources', line: 10, column: 6 }],
      output: null,
    },
    {
      name: 'COPY . . with .git excluded: the sources still ship',
      code: multi('COPY --from=build /go/bin/app /app\nCOPY . .'),
      files: { 'go.mod': 'module example.com/app\n', 'cmd/app/main.go': 'package main\n', '.git/HEAD': '', '.dockerignore': '.git\n' },
      errors: [{ messageId: 'contextSources', line: 10, column: 6 }],
      output: null,
    },
    {
      name: 'COPY . . with the sources excluded but not .git',
      code: multi('COPY --from=build /go/bin/app /app\nCOPY . .'),
      files: { 'go.mod': '', 'main.go': '', 'config.yaml': '', '.git/HEAD': '', '.dockerignore': '**/*.go\ngo.mod\ngo.sum\n' },
      errors: [{ messageId: 'contextSources', line: 10, column: 6 }],
      output: null,
    },
    {
      name: 'exec-form COPY ["./", "/srv/"] into the final stage',
      code: multi('COPY --from=build /go/bin/app /app\nCOPY ["./", "/srv/"]', 'alpine:3.20'),
      errors: [{ messageId: 'contextSources', line: 10, column: 6 }],
      output: null,
    },
    {
      name: 'two leaks, two findings',
      code: multi('COPY --from=build /usr/local/go /usr/local/go\nCOPY --from=build /go /go'),
      errors: [
        { messageId: 'copiesToolchain', line: 9, column: 19 },
        { messageId: 'copiesGopath', line: 10, column: 19 },
      ],
      output: null,
    },
    {
      name: 'single-stage golang: go mod download and go build without cache mounts',
      code: single('COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .'),
      errors: [
        { messageId: 'cacheInImage', line: 4, column: 5, endLine: 4, endColumn: 20 },
        { messageId: 'contextSources', line: 5, column: 6 },
        { messageId: 'cacheInImage', line: 6, column: 5, endColumn: 13 },
      ],
      output: null,
    },
    {
      name: 'single-stage go build with a bind mount of the sources, no cache mounts',
      code: single('RUN --mount=type=bind,target=. CGO_ENABLED=0 go build -o /app .'),
      errors: [{ messageId: 'cacheInImage', line: 3, column: 46, endColumn: 54 }],
      output: null,
    },
    {
      name: 'Go 1.10 has a build cache but no module cache: only the build cache is named',
      code: 'FROM golang:1.10\nWORKDIR /go/src/app\nRUN --mount=type=bind,target=. go build -o /app .\nCMD ["/app"]\n',
      errors: [{ messageId: 'cacheInImage', line: 3, column: 32, message: '`go build` runs in the final image without a cache mount: the build cache (/root/.cache/go-build) remains in the image; add --mount=type=cache,target=/root/.cache/go-build to the RUN' }],
      output: null,
    },
    {
      name: 'only the build cache mounted: the module cache stays',
      code: single('RUN --mount=type=bind,target=. --mount=type=cache,target=/root/.cache/go-build go build -o /app .'),
      errors: [{ messageId: 'cacheInImage', line: 3, column: 80 }],
      output: null,
    },
    {
      name: 'go clean -cache alone leaves the module cache',
      code: single('RUN --mount=type=bind,target=. go build -o /app . && go clean -cache'),
      errors: [{ messageId: 'cacheInImage', line: 3, column: 32 }],
      output: null,
    },
    {
      name: 'go install of a pinned tool',
      code: single('RUN go install golang.org/x/tools/cmd/stringer@v0.20.0'),
      errors: [{ messageId: 'cacheInImage', line: 3, column: 5, endColumn: 15 }],
      output: null,
    },
    {
      name: 'final FROM the builder inherits its leaks',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\nFROM build\nCMD ["/app"]\n',
      errors: [
        { messageId: 'contextSources', line: 3, column: 6 },
        { messageId: 'cacheInImage', line: 4, column: 5 },
      ],
      output: null,
    },
    {
      name: 'CRLF and lower-case keywords',
      code: 'from golang:1.23 as build\r\nworkdir /src\r\ncopy . .\r\nrun go build -o /go/bin/app .\r\n\r\nfrom scratch\r\ncopy --from=build /go /go\r\nentrypoint ["/go/bin/app"]\r\n',
      errors: [{ messageId: 'copiesGopath', line: 7, column: 19, endColumn: 22 }],
      output: null,
    },
    {
      name: 'FROM runtime-$TARGETARCH: a leak in either candidate',
      code: `${BUILD}\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-amd64\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-arm64\nCOPY --from=build /usr/local/go /usr/local/go\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /go/bin/app /app\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'copiesToolchain', line: 10, column: 19 }],
      output: null,
    },
    {
      name: 'ARG-resolved builder image',
      code: 'ARG GO_IMAGE=golang:1.23\nFROM ${GO_IMAGE} AS build\nRUN go build -o /go/bin/app .\n\nFROM scratch\nCOPY --from=build /go /go\nENTRYPOINT ["/go/bin/app"]\n',
      errors: [{ messageId: 'copiesGopath', line: 6, column: 19 }],
      output: null,
    },
  ],
});

describe('GD005 says what a COPY of the whole context carries, as .dockerignore leaves it', () => {
  const code = multi('COPY --from=build /go/bin/app /app\nCOPY . .');
  const message = (files?: Record<string, string>) => {
    const result = lintText(code, { rules: [rule], workspace: files ? memoryWorkspace(files) : undefined });
    if (!result.ok) throw new Error('not lintable');
    return result.findings.map((f) => f.message);
  };
  it.each<[string, Record<string, string> | undefined, string]>([
    ['no workspace', undefined, 'the source tree, and .git unless .dockerignore excludes it'],
    ['sources and .git', { 'main.go': '', '.git/HEAD': '' }, 'the Go sources (main.go, ...) and the .git history'],
    ['.git excluded', { 'cmd/app/main.go': '', '.git/HEAD': '', '.dockerignore': '.git\n' }, 'the Go sources (cmd/app/main.go, ...)'],
    ['sources excluded', { 'main.go': '', '.git/HEAD': '', '.dockerignore': '*.go\n' }, 'the .git history (the Go sources are not in the context)'],
  ])('%s', (_name, files, what) => {
    expect(message(files)).toEqual([`\`COPY .\` copies the whole build context into the final image: ${what}`]);
  });
});
