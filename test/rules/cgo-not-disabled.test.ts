import rule from '../../src/rules/cgo-not-disabled';
import { GOOD, ruleTester } from '../support/rule-tester';

const multi = (run: string, final = 'gcr.io/distroless/static-debian12:nonroot') =>
  `FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n${run}\n\nFROM ${final}\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

ruleTester(rule, {
  valid: [
    GOOD,
    multi('RUN CGO_ENABLED=0 go build -o /out/app .'),
    multi('RUN env CGO_ENABLED=0 GOOS=linux go build -o /out/app .'),
    multi('ENV CGO_ENABLED=0\nRUN go build -o /out/app .'),
    multi('RUN export CGO_ENABLED=0 && go build -o /out/app .'),
    multi('RUN go env -w CGO_ENABLED=0\nRUN go build -o /out/app .'),
    { name: 'explicit cgo on distroless base (glibc) is respected', code: multi('RUN CGO_ENABLED=1 go build -o /out/app .', 'gcr.io/distroless/base-debian12:nonroot') },
    { name: 'builder-only tool is not shipped', code: multi('RUN go install golang.org/x/tools/cmd/stringer@v0.20.0\nRUN CGO_ENABLED=0 go build -o /out/app .') },
    { name: 'golang:alpine has no C compiler: cgo is off by itself', code: multi('RUN go build -o /out/app .').replace('golang:1.23', 'golang:1.23-alpine') },
    { name: 'variable hides the value', code: multi('ARG CGO\nRUN CGO_ENABLED=$CGO go build -o /out/app .') },
    { name: 'CGO_LDFLAGS set: cgo on purpose, and the final image has glibc', code: multi('RUN CGO_LDFLAGS="-Wl,-z,relro,-z,now" go build -buildmode=pie -o /out/app .', 'gcr.io/distroless/base-debian12:nonroot') },
    { name: 'CC in ENV: cgo on purpose, final debian', code: multi('ENV CC=gcc\nRUN go build -o /out/app .', 'debian:12-slim') },
    { name: 'a cross build (GOARCH=386) has cgo off by default', code: multi('RUN GOOS=linux GOARCH=386 go build -o /out/app .', 'scratch') },
    { name: 'a cross build (GOARCH=arm, GOARM=7) has cgo off by default', code: multi('ENV GOARCH=arm GOARM=7\nRUN go build -o /out/app .') },
    { name: 'a build for another OS has cgo off by default', code: multi('RUN GOOS=windows go build -o /out/app .') },
    { name: 'single stage: go build of a pattern only checks that it compiles', code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go vet ./... && go build ./...\nRUN CGO_ENABLED=0 go build -o /app .\nCMD ["/app"]\n' },
    { name: 'single stage: go build of several packages writes nothing', code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build ./cmd/a ./cmd/b\nRUN CGO_ENABLED=0 go build -o /app ./cmd/a\nCMD ["/app"]\n' },
    { name: 'single stage: go install std installs no program', code: 'FROM golang:1.23\nRUN for p in linux/arm64 linux/amd64; do GOOS=${p%/*} GOARCH=${p##*/} go install std; done\n' },
    { name: 'cgo on, linked statically (-extldflags "-static"), on scratch', code: multi(`RUN go build -ldflags '-linkmode external -extldflags "-static"' -o /out/app .`, 'scratch') },
    { name: 'explicit cgo, musl, linked statically, on scratch', code: multi(`RUN apk add --no-cache gcc musl-dev\nRUN CGO_ENABLED=1 go build -ldflags='-s -w -extldflags "-static -lm"' -o /out/app .`, 'scratch').replace('golang:1.23', 'golang:1.23-alpine') },
    { name: 'linked statically, -extldflags=-static spelling', code: multi('RUN go build -ldflags=-extldflags=-static -o /out/app .') },
    { name: 'linked statically, GOFLAGS', code: multi(`ENV GOFLAGS="-ldflags=-extldflags=-static"\nRUN go build -o /out/app .`) },
    { name: 'heredoc', code: `FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN <<EOF\nset -e\nexport CGO_ENABLED=0\ngo build -o /out/app .\nEOF\n\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n` },
  ],
  invalid: [
    {
      name: 'CGO_LDFLAGS set but the final image has no libc: still an error',
      code: multi('RUN CGO_LDFLAGS="-Wl,-z,relro" go build -o /out/app .'),
      errors: [{ messageId: 'noLibc', line: 4, column: 32 }],
      output: multi('RUN CGO_LDFLAGS="-Wl,-z,relro" CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: 'a variable before -o may hold flags: the build still ships',
      code: multi('ARG GO_ARGS\nRUN go build $GO_ARGS -o /out/app'),
      errors: [{ messageId: 'noLibc', line: 5, column: 5 }],
      output: multi('ARG GO_ARGS\nRUN CGO_ENABLED=0 go build $GO_ARGS -o /out/app'),
    },
    {
      name: 'other -extldflags do not link statically',
      code: multi(`RUN go build -ldflags '-extldflags "-Wl,--as-needed"' -o /out/app .`),
      errors: [{ messageId: 'noLibc', line: 4, column: 5 }],
      output: multi(`RUN CGO_ENABLED=0 go build -ldflags '-extldflags "-Wl,--as-needed"' -o /out/app .`),
    },
    {
      name: 'plain go build into distroless static',
      code: multi('RUN go build -o /out/app .'),
      errors: [{ messageId: 'noLibc', line: 4, column: 5, endLine: 4, endColumn: 13 }],
      output: multi('RUN CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: 'keeps other env prefixes (GOARCH=amd64 may be a native build: cgo may be on)',
      code: multi('RUN GOOS=linux GOARCH=amd64 go build -o /out/app .'),
      errors: [{ messageId: 'noLibc', line: 4, column: 29 }],
      output: multi('RUN GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: 'lower-case name does not count',
      code: multi('RUN cgo_enabled=0 go build -o /out/app .'),
      errors: [{ messageId: 'misspelled', line: 4, column: 5 }],
      output: multi('RUN CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: 'CGO_ENABLE typo in ENV',
      code: multi('ENV CGO_ENABLE=0\nRUN go build -o /out/app .'),
      errors: [{ messageId: 'misspelled', line: 4, column: 5 }],
      output: multi('ENV CGO_ENABLED=0\nRUN go build -o /out/app .'),
    },
    {
      name: 'shell variable not exported',
      code: multi('RUN CGO_ENABLED=0; go build -o /out/app .'),
      errors: [{ messageId: 'notExported', line: 4, column: 5 }],
      output: multi('RUN export CGO_ENABLED=0; go build -o /out/app .'),
    },
    {
      name: 'explicit cgo on scratch',
      code: multi('RUN CGO_ENABLED=1 go build -o /out/app .', 'scratch'),
      errors: [{ messageId: 'explicitIncompatible', line: 4, column: 19 }],
      output: null,
    },
    {
      name: 'glibc binary on alpine',
      code: multi('RUN go build -o /out/app .', 'alpine:3.20'),
      errors: [{ messageId: 'libcMismatch', line: 4, column: 5 }],
      output: multi('RUN CGO_ENABLED=0 go build -o /out/app .', 'alpine:3.20'),
    },
    {
      name: 'debian final: works, but dynamic (unsafe fix)',
      code: multi('RUN go build -o /out/app .', 'debian:12-slim'),
      errors: [{ messageId: 'implicit', line: 4, column: 5 }],
      output: null,
      unsafeOutput: multi('RUN CGO_ENABLED=0 go build -o /out/app .', 'debian:12-slim'),
    },
    {
      name: 'copied through an intermediate stage',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20 AS pack\nCOPY --from=build /out/app /pack/app\nFROM scratch\nCOPY --from=pack /pack/ /\nENTRYPOINT ["/app"]\n',
      errors: [{ messageId: 'noLibc', line: 2, column: 5 }],
      output: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM alpine:3.20 AS pack\nCOPY --from=build /out/app /pack/app\nFROM scratch\nCOPY --from=pack /pack/ /\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'continuation with a comment inside, CRLF',
      code: 'FROM golang:1.23 AS build\r\nRUN --mount=type=cache,target=/root/.cache/go-build \\\r\n    # static please\r\n    go build \\\r\n      -o /out/app .\r\nFROM scratch\r\nCOPY --from=build /out/app /app\r\nENTRYPOINT ["/app"]\r\n',
      errors: [{ messageId: 'noLibc', line: 4, column: 5 }],
      output: 'FROM golang:1.23 AS build\r\nRUN --mount=type=cache,target=/root/.cache/go-build \\\r\n    # static please\r\n    CGO_ENABLED=0 go build \\\r\n      -o /out/app .\r\nFROM scratch\r\nCOPY --from=build /out/app /app\r\nENTRYPOINT ["/app"]\r\n',
    },
  ],
});
