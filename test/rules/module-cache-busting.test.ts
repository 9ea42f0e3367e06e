import rule from '../../src/rules/module-cache-busting';
import { GOOD, ruleTester } from '../support/rule-tester';

/** go.mod of a module with dependencies. */
const GO_MOD = 'module example.com/app\n\ngo 1.23\n\nrequire github.com/google/uuid v1.6.0\n';

/** A builder whose 2nd line on is `body`, copied into a distroless final image. */
const multi = (body: string) =>
  `FROM golang:1.23 AS build\n${body}\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

const BUILD = 'RUN CGO_ENABLED=0 go build -o /out/app .';

ruleTester(rule, {
  valid: [
    GOOD,
    { code: GOOD, goMod: GO_MOD },
    { name: 'go.mod and go.sum copied, go mod download first', code: multi(`WORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n${BUILD}`), goMod: GO_MOD },
    { name: 'glob copy of go.mod and go.sum', code: multi(`WORKDIR /src\nCOPY go.* ./\nRUN go mod download -x\nCOPY . .\n${BUILD}`) },
    { name: 'go.mod bind-mounted for the download', code: multi(`WORKDIR /src\nRUN --mount=type=bind,source=go.mod,target=go.mod --mount=type=bind,source=go.sum,target=go.sum go mod download\nCOPY . .\n${BUILD}`) },
    { name: 'cache mount on /go/pkg/mod', code: multi(`WORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod CGO_ENABLED=0 go build -o /out/app .`), goMod: GO_MOD },
    { name: 'cache mount on GOMODCACHE', code: multi(`ENV GOMODCACHE=/cache/mod\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/cache/mod CGO_ENABLED=0 go build -o /out/app .`) },
    { name: 'bind-mounted sources, no COPY . .', code: multi('WORKDIR /src\nRUN --mount=type=bind,target=. --mount=type=cache,target=/go/pkg/mod CGO_ENABLED=0 go build -o /out/app .') },
    { name: '-mod=vendor', code: multi(`WORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -mod=vendor -o /out/app .`), goMod: GO_MOD },
    { name: '-mod vendor', code: multi(`WORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -mod vendor -o /out/app .`) },
    { name: 'GOFLAGS=-mod=vendor', code: multi(`ENV GOFLAGS=-mod=vendor\nWORKDIR /src\nCOPY . .\n${BUILD}`) },
    { name: 'go.mod requires nothing', code: multi(`WORKDIR /src\nCOPY . .\n${BUILD}`), goMod: 'module example.com/app\n\ngo 1.23\n' },
    { name: 'modules downloaded in the parent stage', code: `FROM golang:1.23 AS deps\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n\nFROM deps AS build\nCOPY . .\n${BUILD}\n\nFROM scratch\nCOPY --from=build /out/app /app\n` },
    { name: 'no Go command after the copy', code: 'FROM node:20 AS web\nWORKDIR /web\nCOPY . .\nRUN npm ci && npm run build\n\nFROM scratch\nCOPY --from=web /web/dist /dist\n' },
    { name: 'COPY of a sub folder is not the whole context', code: multi(`WORKDIR /src\nCOPY cmd/ ./cmd/\n${BUILD}`) },
    { name: 'COPY --from another stage is not the context', code: `FROM golang:1.23 AS src\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n\nFROM golang:1.23 AS build\nCOPY --from=src /src /src\nWORKDIR /src\n${BUILD}\n\nFROM scratch\nCOPY --from=build /out/app /app\n` },
  ],
  invalid: [
    {
      name: 'COPY . . then go build, go.mod known: safe fix',
      code: multi(`WORKDIR /src\nCOPY . .\n${BUILD}`),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1, endLine: 3, endColumn: 9 }],
      output: multi(`WORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n${BUILD}`),
    },
    {
      name: 'go.mod unknown: unsafe fix',
      code: multi(`WORKDIR /src\nCOPY . .\n${BUILD}`),
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: null,
      unsafeOutput: multi(`WORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n${BUILD}`),
    },
    {
      name: 'go mod download after COPY . . does not help',
      code: multi(`WORKDIR /src\nCOPY . .\nRUN go mod download\n${BUILD}`),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: multi(`WORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go mod download\n${BUILD}`),
    },
    {
      name: 'COPY . /src before WORKDIR /src: the download runs where go.mod is',
      code: multi(`COPY . /src\nWORKDIR /src\n${BUILD}`),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 2, column: 1 }],
      output: multi(`COPY go.mod go.sum /src/\nRUN cd /src && go mod download\nCOPY . /src\nWORKDIR /src\n${BUILD}`),
    },
    {
      name: 'COPY . /src after WORKDIR /src: a plain download',
      code: multi(`WORKDIR /src\nCOPY . /src\n${BUILD}`),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: multi(`WORKDIR /src\nCOPY go.mod go.sum /src/\nRUN go mod download\nCOPY . /src\n${BUILD}`),
    },
    {
      name: 'a tool installed before COPY . . did not download the modules',
      code: multi(`WORKDIR /src\nRUN go install golang.org/x/tools/cmd/stringer@v0.20.0\nCOPY . .\n${BUILD}`),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 4, column: 1 }],
      output: multi(`WORKDIR /src\nRUN go install golang.org/x/tools/cmd/stringer@v0.20.0\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n${BUILD}`),
    },
    {
      name: 'a build-cache mount is not the module cache',
      code: multi('WORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /out/app .'),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: multi('WORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: 'one cache-mounted command does not cover an uncached one',
      code: multi('WORKDIR /src\nCOPY . .\nRUN go vet ./...\nRUN --mount=type=cache,target=/go/pkg/mod CGO_ENABLED=0 go build -o /out/app .'),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: multi('WORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go vet ./...\nRUN --mount=type=cache,target=/go/pkg/mod CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: 'go run through env',
      code: multi('WORKDIR /src\nCOPY . .\nRUN env -u GOFLAGS GOOS=linux go generate ./...'),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: multi('WORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN env -u GOFLAGS GOOS=linux go generate ./...'),
    },
    {
      name: 'the build happens in a stage built FROM the one that copies',
      code: `FROM golang:1.23 AS src\nWORKDIR /src\nCOPY . .\n\nFROM src AS build\n${BUILD}\n\nFROM scratch\nCOPY --from=build /out/app /app\n`,
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: `FROM golang:1.23 AS src\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n\nFROM src AS build\n${BUILD}\n\nFROM scratch\nCOPY --from=build /out/app /app\n`,
    },
    {
      name: 'ADD . .',
      code: multi(`WORKDIR /src\nADD . .\n${BUILD}`),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: multi(`WORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nADD . .\n${BUILD}`),
    },
    {
      name: 'lower-case keywords and indentation',
      code: 'from golang:1.23 as build\n  workdir /src\n  copy --chown=1000 ./ ./\n  run go build -o /out/app .\nfrom scratch\ncopy --from=build /out/app /app\n',
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 3 }],
      output: 'from golang:1.23 as build\n  workdir /src\n  copy go.mod go.sum ./\n  run go mod download\n  copy --chown=1000 ./ ./\n  run go build -o /out/app .\nfrom scratch\ncopy --from=build /out/app /app\n',
    },
    {
      name: 'CRLF',
      code: 'FROM golang:1.23 AS build\r\nWORKDIR /src\r\nCOPY . .\r\nRUN go build -o /out/app .\r\nFROM scratch\r\nCOPY --from=build /out/app /app\r\n',
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: 'FROM golang:1.23 AS build\r\nWORKDIR /src\r\nCOPY go.mod go.sum ./\r\nRUN go mod download\r\nCOPY . .\r\nRUN go build -o /out/app .\r\nFROM scratch\r\nCOPY --from=build /out/app /app\r\n',
    },
    {
      name: 'heredoc build',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN <<EOF\nset -e\ngo build -o /out/app .\nEOF\nFROM scratch\nCOPY --from=build /out/app /app\n',
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN <<EOF\nset -e\ngo build -o /out/app .\nEOF\nFROM scratch\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'destination hidden by a variable: no fix',
      code: multi(`ARG DIR=/src\nCOPY . $DIR\nWORKDIR /src\n${BUILD}`),
      goMod: GO_MOD,
      errors: [{ messageId: 'sourcesFirst', line: 3, column: 1 }],
      output: null,
    },
  ],
});
