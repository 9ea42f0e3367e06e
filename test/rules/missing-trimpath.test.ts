import rule from '../../src/rules/missing-trimpath';
import { GOOD, ruleTester } from '../support/rule-tester';
import { GO_MOD, RELEASE_DOCKERFILE, goreleaserV2, makefile, prebuilt, viaRun } from '../support/elsewhere';

/** A builder stage whose 4th line is `run`, copied into a distroless final image. */
const multi = (run: string, builder = 'golang:1.23') =>
  `FROM ${builder} AS build\nWORKDIR /src\nCOPY . .\n${run}\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

ruleTester(rule, {
  valid: [
    GOOD,
    // Builds for a debugger keep their symbols and paths on purpose.
    { name: 'a build for a debugger: -gcflags="all=-N -l"', code: multi('RUN CGO_ENABLED=0 go build -gcflags="all=-N -l" -o /out/app .') },
    { name: 'a build for a debugger: -gcflags "-N -l" as the next word', code: multi('RUN CGO_ENABLED=0 go build -gcflags "-N -l" -o /out/app .') },
    { name: 'a build for a debugger in a Makefile', code: viaRun('RUN make build'), files: { Makefile: '.PHONY: build\nbuild:\n\tCGO_ENABLED=0 go build -gcflags=all=-N\\ -l -o bin/app .\n' } },
    { name: 'GoReleaser: -trimpath in flags', code: RELEASE_DOCKERFILE, files: { '.goreleaser.yaml': goreleaserV2('    binary: app\n    flags: [-trimpath]\n') } },
    { name: 'GoReleaser: -trimpath in GOFLAGS', code: RELEASE_DOCKERFILE, files: { '.goreleaser.yaml': 'version: 2\nenv: [GOFLAGS=-trimpath]\nbuilds:\n  - binary: app\ndockers_v2:\n  - images: [x]\n' } },
    { name: 'flags from a build argument without default may hold -trimpath', code: multi('ARG BUILD_FLAGS\nRUN CGO_ENABLED=0 go build $BUILD_FLAGS -ldflags="-s -w" -o /out/app .') },
    { name: 'make: -trimpath in the recipe', code: viaRun('RUN make build'), files: { Makefile: makefile('go build -trimpath -o bin/app .') } },
    { name: 'make: -trimpath in an exported GOFLAGS', code: viaRun('RUN make build'), files: { Makefile: makefile('go build -o bin/app .', 'export GOFLAGS = -trimpath -mod=readonly\n') } },
    multi('RUN go build -trimpath -o /out/app .'),
    multi('RUN go build --trimpath -o /out/app .'),
    multi('RUN go build -trimpath=true -o /out/app .'),
    { name: 'explicit -trimpath=false is respected', code: multi('RUN go build -trimpath=false -o /out/app .') },
    { name: 'explicit -trimpath=0 is respected', code: multi('RUN go build -trimpath=0 -o /out/app .') },
    { name: 'GOFLAGS via ENV', code: multi('ENV GOFLAGS="-ldflags=-s -trimpath"\nRUN go build -o /out/app .') },
    { name: 'GOFLAGS from a build arg without default: unknown, not reported', code: multi('ARG GOFLAGS\nRUN go build -o /out/app .') },
    { name: 'GOFLAGS from a build arg without default, exported: unknown', code: multi('ARG GOFLAGS\nRUN export GOFLAGS && go build -o /out/app .') },
    { name: 'GOFLAGS via export', code: multi('RUN export GOFLAGS=-trimpath && go build -o /out/app .') },
    { name: 'GOFLAGS via go env -w in an earlier RUN', code: multi('RUN go env -w GOFLAGS=-trimpath\nRUN go build -o /out/app .') },
    { name: 'GOFLAGS inherited from a parent stage', code: 'FROM golang:1.23 AS base\nENV GOFLAGS=-trimpath\nFROM base AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n' },
    { name: 'tool built in the builder and never copied', code: multi('RUN go install golang.org/x/tools/cmd/stringer@v0.20.0\nRUN go build -trimpath -o /out/app .') },
    { name: 'test stage never reaches the final image', code: 'FROM golang:1.23 AS test\nCOPY . .\nRUN go build ./...\n\nFROM golang:1.23 AS build\nCOPY . .\nRUN go build -trimpath -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\n' },
    { name: 'heredoc', code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN <<EOF\ngo build -trimpath -o /out/app .\nEOF\nFROM scratch\nCOPY --from=build /out/app /app\n' },
    { name: 'not a go build', code: multi('RUN go vet ./... && go test ./...\nRUN go build -trimpath -o /out/app .') },
    { name: 'continuation with a comment line', code: multi('RUN go build \\\n    # reproducible\n    -trimpath \\\n    -o /out/app .') },
  ],
  invalid: [
    {
      name: 'GoReleaser: a build without flags gets them',
      code: RELEASE_DOCKERFILE,
      files: { '.goreleaser.yaml': goreleaserV2('    binary: app\n') },
      errors: [{ messageId: 'hostMissing', file: '.goreleaser.yaml', line: 4, column: 5 }],
      output: null,
      outputFiles: { '.goreleaser.yaml': goreleaserV2('    binary: app\n').replace('  - id: app\n', '  - flags:\n      - -trimpath\n    id: app\n') },
    },
    {
      name: 'GoReleaser: flags without -trimpath, CRLF',
      code: RELEASE_DOCKERFILE,
      files: { '.goreleaser.yaml': goreleaserV2('    binary: app\n    flags:\n      - -v\n').replace(/\n/g, '\r\n') },
      errors: [{ messageId: 'hostMissing', file: '.goreleaser.yaml', line: 6, column: 5 }],
      output: null,
      outputFiles: { '.goreleaser.yaml': goreleaserV2('    binary: app\n    flags:\n      - -trimpath\n      - -v\n').replace(/\n/g, '\r\n') },
    },
    {
      name: 'make: the Makefile target whose output the image copies',
      code: prebuilt(),
      files: { 'go.mod': GO_MOD, Makefile: makefile('CGO_ENABLED=0 go build -o bin/app ./cmd/app') + '\nimage: build\n\tdocker buildx build --platform linux/amd64 -f ./Dockerfile -t example/app .\n' },
      errors: [{ messageId: 'missing', file: 'Makefile', line: 3, column: 16 }],
      output: null,
      outputFiles: { Makefile: makefile('CGO_ENABLED=0 go build -trimpath -o bin/app ./cmd/app') + '\nimage: build\n\tdocker buildx build --platform linux/amd64 -f ./Dockerfile -t example/app .\n' },
    },
    {
      name: 'make: a build without -trimpath, fixed in the Makefile',
      code: viaRun('RUN make build'),
      files: { Makefile: makefile('CGO_ENABLED=0 go build -o bin/app .') },
      errors: [{ messageId: 'missing', file: 'Makefile', line: 3, column: 16 }],
      output: null,
      outputFiles: { Makefile: makefile('CGO_ENABLED=0 go build -trimpath -o bin/app .') },
    },
    {
      name: 'make: `go build` from a variable: reported at its reference, not fixed',
      code: viaRun('RUN make build'),
      files: { Makefile: makefile('$(GOBUILD) -o bin/app .', 'GOBUILD := CGO_ENABLED=0 go build\n') },
      errors: [{ messageId: 'missing', file: 'Makefile', line: 4, column: 2 }],
      output: null,
    },
    {
      name: 'plain go build',
      code: multi('RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app .'),
      errors: [{ messageId: 'missing', line: 4, column: 19, endLine: 4, endColumn: 27 }],
      output: multi('RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .'),
    },
    {
      name: 'GOFLAGS without -trimpath',
      code: multi('ENV GOFLAGS=-mod=mod\nRUN go build -o /out/app .'),
      errors: [{ messageId: 'missing', line: 5, column: 5, endColumn: 13 }],
      output: multi('ENV GOFLAGS=-mod=mod\nRUN go build -trimpath -o /out/app .'),
    },
    {
      name: 'GOFLAGS from a build arg whose default lacks -trimpath',
      code: multi('ARG GOFLAGS=-mod=mod\nRUN go build -o /out/app .'),
      errors: [{ messageId: 'missing', line: 5, column: 5, endColumn: 13 }],
      output: multi('ARG GOFLAGS=-mod=mod\nRUN go build -trimpath -o /out/app .'),
    },
    {
      name: 'go install into /go/bin, copied to the final image',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go install ./cmd/app\nFROM scratch\nCOPY --from=build /go/bin/app /app\n',
      errors: [{ messageId: 'missing', line: 4, column: 5, endColumn: 15 }],
      output: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go install -trimpath ./cmd/app\nFROM scratch\nCOPY --from=build /go/bin/app /app\n',
    },
    {
      name: 'heredoc body',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN <<EOF\nset -e\n  go build -o /out/app .\nEOF\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'missing', line: 6, column: 3 }],
      output: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN <<EOF\nset -e\n  go build -trimpath -o /out/app .\nEOF\nFROM scratch\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'continuation with a comment line',
      code: multi('RUN --mount=type=cache,target=/root/.cache/go-build \\\n    # build it\n    go build \\\n      -o /out/app .'),
      errors: [{ messageId: 'missing', line: 6, column: 5 }],
      output: multi('RUN --mount=type=cache,target=/root/.cache/go-build \\\n    # build it\n    go build -trimpath \\\n      -o /out/app .'),
    },
    {
      name: 'CRLF file keeps CRLF',
      code: 'FROM golang:1.23 AS build\r\nWORKDIR /src\r\nCOPY . .\r\nRUN go build -o /out/app .\r\nFROM scratch\r\nCOPY --from=build /out/app /app\r\n',
      errors: [{ messageId: 'missing', line: 4, column: 5 }],
      output: 'FROM golang:1.23 AS build\r\nWORKDIR /src\r\nCOPY . .\r\nRUN go build -trimpath -o /out/app .\r\nFROM scratch\r\nCOPY --from=build /out/app /app\r\n',
    },
    {
      name: 'lower-case keywords',
      code: 'from golang:1.23 as build\nworkdir /src\ncopy . .\nrun go build -o /out/app .\nfrom scratch\ncopy --from=build /out/app /app\n',
      errors: [{ messageId: 'missing', line: 4, column: 5 }],
      output: 'from golang:1.23 as build\nworkdir /src\ncopy . .\nrun go build -trimpath -o /out/app .\nfrom scratch\ncopy --from=build /out/app /app\n',
    },
    {
      name: 'the builder is the final image',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nENTRYPOINT ["app"]\n',
      errors: [{ messageId: 'missing', line: 4, column: 5 }],
      output: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -trimpath -o /usr/local/bin/app .\nENTRYPOINT ["app"]\n',
    },
    {
      name: 'export without -trimpath in GOFLAGS',
      code: multi('RUN export GOFLAGS="-mod=readonly" && go build -o /out/app .'),
      errors: [{ messageId: 'missing', line: 4, column: 39 }],
      output: multi('RUN export GOFLAGS="-mod=readonly" && go build -trimpath -o /out/app .'),
    },
    // The Go that runs the build predates -trimpath (Go 1.13): reported, no fix, and the message says why.
    {
      name: 'golang:1.12 builder: upgrade Go first',
      code: multi('RUN go build -o /out/app .', 'golang:1.12-alpine'),
      errors: [{ messageId: 'oldGo', line: 4, column: 5, message: 'Go (1.12, from golang:1.12-alpine) predates -trimpath (Go 1.13)' }],
      output: null,
    },
    {
      name: 'golang:1.8.5-jessie builder',
      code: multi('RUN go build -o /out/app .', 'golang:1.8.5-jessie'),
      errors: [{ messageId: 'oldGo', line: 4, column: 5, message: 'upgrade Go first' }],
      output: null,
    },
    {
      name: 'golang:alpine3.9 froze at Go 1.12',
      code: multi('RUN go build -o /out/app .', 'golang:alpine3.9'),
      errors: [{ messageId: 'oldGo', line: 4, column: 5, message: 'Go (1.12.9, from golang:alpine3.9)' }],
      output: null,
    },
    {
      name: 'apk add go on alpine 3.10 is Go 1.12',
      code: 'FROM alpine:3.10 AS build\nRUN apk add --no-cache go musl-dev\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'oldGo', line: 5, column: 5, message: 'Go (1.12, from apk add go on alpine 3.10)' }],
      output: null,
    },
    {
      name: "Debian buster's golang-go is Go 1.11",
      code: 'FROM debian:buster-slim AS build\nRUN apt-get update && apt-get install -y --no-install-recommends golang-go\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'oldGo', line: 5, column: 5, message: 'apt-get install golang-go on debian buster' }],
      output: null,
    },
    {
      name: "Ubuntu 18.04's golang is Go 1.10",
      code: 'FROM ubuntu:18.04 AS build\nRUN apt-get update && apt-get install -y golang\nCOPY . /src\nRUN cd /src && go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'oldGo', line: 4, column: 16, message: 'ubuntu 18.04' }],
      output: null,
    },
    {
      name: 'an old upstream tarball',
      code: 'FROM debian:bookworm AS build\nARG GO_VERSION=1.12.7\nRUN curl -fsSL https://dl.google.com/go/go${GO_VERSION}.linux-amd64.tar.gz | tar -C /usr/local -xz\nENV PATH=/usr/local/go/bin:$PATH\nCOPY . /src\nRUN cd /src && go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'oldGo', line: 6, column: 16, message: 'the go1.12.7 tarball' }],
      output: null,
    },
    {
      name: 'inherited through a FROM-stage chain',
      code: 'FROM golang:1.11 AS base\nWORKDIR /src\nFROM base AS build\nCOPY . .\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'oldGo', line: 5, column: 5, message: 'from golang:1.11' }],
      output: null,
    },
    {
      name: 'Go copied in from an old golang image',
      code: 'FROM alpine:3.20 AS build\nCOPY --from=golang:1.10-alpine /usr/local/go /usr/local/go\nENV PATH=/usr/local/go/bin:$PATH\nCOPY . /src\nRUN cd /src && go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'oldGo', line: 5, column: 16, message: 'from golang:1.10-alpine' }],
      output: null,
    },
    // New enough, or unknown: fixed as before.
    {
      name: 'apk add go on alpine 3.11 is Go 1.13: fixed',
      code: 'FROM alpine:3.11 AS build\nRUN apk add --no-cache go\nCOPY . /src\nRUN cd /src && go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'missing', line: 4, column: 16 }],
      output: 'FROM alpine:3.11 AS build\nRUN apk add --no-cache go\nCOPY . /src\nRUN cd /src && go build -trimpath -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'apk add go from another repository: unknown version, fixed as before',
      code: 'FROM alpine:3.4 AS build\nRUN apk add -U --repository http://dl-3.alpinelinux.org/alpine/edge/community/ go\nCOPY . /src\nRUN cd /src && go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'missing', line: 4, column: 16 }],
      output: 'FROM alpine:3.4 AS build\nRUN apk add -U --repository http://dl-3.alpinelinux.org/alpine/edge/community/ go\nCOPY . /src\nRUN cd /src && go build -trimpath -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
    },
    {
      name: "apk add go in a golang image: the image's Go is the one on PATH",
      code: multi('RUN apk add --no-cache go git\nRUN go build -o /out/app .', 'golang:1.22-alpine3.10'),
      errors: [{ messageId: 'missing', line: 5, column: 5 }],
      output: multi('RUN apk add --no-cache go git\nRUN go build -trimpath -o /out/app .', 'golang:1.22-alpine3.10'),
    },
    {
      name: 'an unknown builder image: fixed as before',
      code: multi('RUN go build -o /out/app .', 'example.com/acme/gobuilder:1.12'),
      errors: [{ messageId: 'missing', line: 4, column: 5 }],
      output: multi('RUN go build -trimpath -o /out/app .', 'example.com/acme/gobuilder:1.12'),
    },
  ],
});
