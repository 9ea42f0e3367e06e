import rule from '../../src/rules/final-not-minimal';
import { GOOD, ruleTester } from '../support/rule-tester';
import { GO_MOD, prebuilt } from '../support/elsewhere';

const STATIC = 'gcr.io/distroless/static-debian12:nonroot';

ruleTester(rule, {
  valid: [
    GOOD,
    { name: 'a binary copied in, no go.mod: not known to be Go', code: prebuilt() },
    GOOD.replace(STATIC, 'scratch'),
    GOOD.replace(STATIC, 'cgr.dev/chainguard/static:latest'),
    GOOD.replace(STATIC, 'gcr.io/distroless/base-debian12:nonroot'),
    { name: 'an image we know nothing about may be minimal', code: GOOD.replace(STATIC, 'registry.example.com/base/runtime:3') },
    { name: 'not a Go Dockerfile', code: 'FROM debian:12\nRUN apt-get update\nCMD ["bash"]\n' },
    { name: 'a builder on golang is fine', code: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n' },
  ],
  invalid: [
    {
      name: 'a binary copied in, in a Go module: reported, no fix (whether the binary is static is not known)',
      code: prebuilt(),
      files: { 'go.mod': GO_MOD },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
    },
    {
      name: 'single stage: split into builder and distroless, comments and runtime ENV move along',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\n# The service.\nRUN go build -o /usr/local/bin/app ./cmd/app\n# Port of the API\nEXPOSE 8080\nENV PORT=8080\nCMD app --port 8080\n',
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, endLine: 1, endColumn: 17 }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n# The service.\nRUN CGO_ENABLED=0 go build -o /usr/local/bin/app ./cmd/app\n\nFROM gcr.io/distroless/static-debian12:nonroot\n# Port of the API\nEXPOSE 8080\nENV PORT=8080\nCOPY --from=build /usr/local/bin/app /usr/local/bin/app\nUSER 65532:65532\nCMD ["/usr/local/bin/app", "--port", "8080"]\n',
    },
    {
      name: 'single stage: ARG used by a moved LABEL is declared again; ENTRYPOINT + CMD arguments',
      code: 'ARG VERSION=dev\nFROM golang:1.23\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION\nENV APP_MODE=prod\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\nUSER nobody\nENTRYPOINT ["/out/app"]\nCMD ["--verbose"]\n',
      errors: [{ messageId: 'notMinimal', line: 2, column: 6 }],
      output: null,
      unsafeOutput:
        'ARG VERSION=dev\nFROM golang:1.23 AS build\nARG VERSION\nENV APP_MODE=prod\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION\nENV APP_MODE=prod\nCMD ["--verbose"]\nCOPY --from=build /out/app /out/app\nUSER 65532:65532\nENTRYPOINT ["/out/app"]\n',
    },
    {
      name: 'single stage: lower-case keywords, CRLF, go install found through PATH',
      code: 'from golang:1.23\r\nworkdir /src\r\ncopy . .\r\nrun go install ./cmd/hello\r\ncmd ["hello"]\r\n',
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput:
        'from golang:1.23 as build\r\nworkdir /src\r\ncopy . .\r\nrun CGO_ENABLED=0 go install ./cmd/hello\r\n\r\nfrom gcr.io/distroless/static-debian12:nonroot\r\ncopy --from=build /go/bin/hello /go/bin/hello\r\nuser 65532:65532\r\ncmd ["/go/bin/hello"]\r\n',
    },
    {
      name: 'no ENTRYPOINT or CMD: one is added for the binary',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .',
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /out/app\nUSER 65532:65532\nENTRYPOINT ["/out/app"]\n',
    },
    {
      name: 'files added after the build: no fix (what the program needs cannot be known)',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCOPY config.yaml /etc/app/\nCMD ["/out/app"]\n',
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'a CMD that needs the shell: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD /out/app | tee /log\n',
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'a CMD that runs something else: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD ["go", "run", "."]\n',
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'alpine final stage: switched, package installs and user creation dropped',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /bin/server .\n\nFROM alpine:latest AS final\n# certificates and time zones\nRUN apk --update add ca-certificates tzdata && update-ca-certificates\nARG UID=10001\nRUN adduser --disabled-password --gecos "" --home "/nonexistent" \\\n    --shell "/sbin/nologin" --no-create-home --uid "${UID}" appuser\nUSER appuser\nCOPY --from=build /bin/server /bin/\nEXPOSE 8080\nENTRYPOINT [ "/bin/server" ]\n',
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /bin/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot AS final\n# certificates and time zones\nUSER 65532:65532\nCOPY --from=build /bin/server /bin/\nEXPOSE 8080\nENTRYPOINT [ "/bin/server" ]\n',
    },
    {
      name: 'debian final with a deliberate cgo binary: distroless base (glibc)',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /out/app .\n\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /out/app /app\nUSER 1000\nCMD /app\n',
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /out/app .\n\nFROM gcr.io/distroless/base-debian12:nonroot\nCOPY --from=build /out/app /app\nUSER 1000\nCMD ["/app"]\n',
    },
    {
      name: 'alpine final with a musl cgo binary linked statically: distroless static, cgo kept',
      code: 'FROM golang:1.23-alpine AS build\nRUN apk add --no-cache gcc musl-dev\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -ldflags \'-extldflags "-static"\' -o /out/app .\n\nFROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      errors: [{ messageId: 'notMinimal', line: 7, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23-alpine AS build\nRUN apk add --no-cache gcc musl-dev\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -ldflags \'-extldflags "-static"\' -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'single stage, cgo on but linked statically: split into distroless static, cgo left as it is',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -ldflags "-extldflags -static" -o /usr/local/bin/app .\nCMD ["/usr/local/bin/app"]\n',
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -ldflags "-extldflags -static" -o /usr/local/bin/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /usr/local/bin/app /usr/local/bin/app\nUSER 65532:65532\nCMD ["/usr/local/bin/app"]\n',
    },
    {
      name: 'final stage that installs other packages and checks health with curl: no fix',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY --from=build /out/app /app\nHEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1\nENTRYPOINT ["/app"]\n',
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: null,
    },
  ],
});
