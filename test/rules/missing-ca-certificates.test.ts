import rule from '../../src/rules/missing-ca-certificates';
import { GOOD, ruleTester } from '../support/rule-tester';
import { GO_MOD, prebuilt } from '../support/elsewhere';

const BUILD = 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n';
const BUNDLE = 'COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/';
/** Final stage on line 4, `body` from line 5. */
const multi = (body: string, final = 'scratch') => `${BUILD}\nFROM ${final}\n${body}\nENTRYPOINT ["/app"]\n`;
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

ruleTester(rule, {
  valid: [
    GOOD,
    { name: 'scratch with a binary copied in, no go.mod', code: prebuilt('scratch', 'COPY bin/app /app', 'ENTRYPOINT ["/app"]') },
    { name: 'an export stage (scratch, files gathered at its root) runs nothing', code: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM scratch AS artifacts\nCOPY --from=build /out/app /app\n' },
    { name: 'an export stage picked by target OS through a FROM chain runs nothing', code: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM scratch AS bin-unix\nCOPY --from=build /out/app /\n\nFROM bin-unix AS bin-linux\nFROM bin-unix AS bin-darwin\n\nFROM scratch AS bin-windows\nCOPY --from=build /out/app /app.exe\n\nFROM bin-$TARGETOS AS bin\n' },
    multi(`${BUNDLE}\nCOPY --from=build /out/app /app`),
    { name: 'the bundle copied under another name', code: multi('COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt\nCOPY --from=build /out/app /app') },
    { name: 'the whole trust store folder', code: multi('COPY --from=build /etc/ssl/certs /etc/ssl/certs\nCOPY --from=build /out/app /app') },
    { name: 'a bundle from the context', code: multi('COPY certs/corp-ca.pem /etc/ssl/certs/ca-certificates.crt\nCOPY --from=build /out/app /app') },
    { name: 'the builder\'s whole file system', code: multi('COPY --from=build / /') },
    { name: 'a root file system folder may hold them', code: multi('COPY --from=build /rootfs/ /') },
    { name: 'SSL_CERT_FILE points elsewhere', code: multi('ENV SSL_CERT_FILE=/certs/ca.pem\nCOPY certs/ca.pem /certs/ca.pem\nCOPY --from=build /out/app /app') },
    { name: 'SSL_CERT_FILE alone', code: multi('ENV SSL_CERT_FILE=/run/secrets/ca.pem\nCOPY --from=build /out/app /app') },
    { name: 'distroless ships them', code: multi('COPY --from=build /out/app /app', 'gcr.io/distroless/static-debian12:nonroot') },
    { name: 'chainguard static ships them', code: multi('COPY --from=build /out/app /app', 'cgr.dev/chainguard/static') },
    { name: 'alpine ships them', code: multi('COPY --from=build /out/app /app', 'alpine:3.20') },
    { name: 'debian with ca-certificates installed', code: multi('RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /out/app /app', 'debian:12-slim') },
    { name: 'debian: curl, wget or git bring ca-certificates as a recommendation apt installs', code: multi('RUN apt-get update && apt-get install -y git curl && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /out/app /app', 'debian:12-slim') },
    { name: 'debian: python3-pip depends on ca-certificates', code: multi('RUN apt-get update && apt-get install -y --no-install-recommends python3-pip\nCOPY --from=build /out/app /app', 'debian:12-slim') },
    { name: 'debian with a pinned ca-certificates', code: multi('RUN apt-get update && apt-get install -y ca-certificates=20230311\nCOPY --from=build /out/app /app', 'debian:12-slim') },
    { name: 'ubuntu, installed in a heredoc', code: multi('RUN <<EOF\napt-get update\napt-get install -y ca-certificates\nEOF\nCOPY --from=build /out/app /app', 'ubuntu:24.04') },
    { name: 'installed in the stage the final one is built FROM', code: `${BUILD}\nFROM debian:12-slim AS base\nRUN apt-get update && apt-get install -y ca-certificates\n\nFROM base\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'the bundle copied in the stage the final one is built FROM', code: `${BUILD}\nFROM scratch AS base\n${BUNDLE}\n\nFROM base\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'an image we know nothing about', code: multi('COPY --from=build /out/app /app', 'registry.example.com/runtime:1') },
    { name: 'not a Go Dockerfile', code: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n' },
    { name: 'ARG-resolved distroless', code: `ARG RUNTIME=gcr.io/distroless/static-debian12\n${multi('COPY --from=build /out/app /app', '${RUNTIME}')}` },
    {
      name: 'FROM runtime-$TARGETARCH: every candidate has the bundle',
      code: `${BUILD}\nFROM scratch AS runtime-amd64\n${BUNDLE}\nFROM scratch AS runtime-arm64\n${BUNDLE}\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
    },
  ],
  invalid: [
    {
      name: 'scratch with a binary copied in, in a Go module: reported (no builder stage to copy the bundle from)',
      code: prebuilt('scratch', 'COPY bin/app /app', 'ENTRYPOINT ["/app"]'),
      files: { 'go.mod': GO_MOD },
      errors: [{ messageId: 'missing', line: 1, column: 6 }],
      output: null,
    },
    {
      name: 'scratch without the bundle: copy it right after FROM',
      code: multi('COPY --from=build /out/app /app'),
      errors: [{ messageId: 'missing', line: 4, column: 6, endLine: 4, endColumn: 13 }],
      output: multi(`${BUNDLE}\nCOPY --from=build /out/app /app`),
    },
    {
      name: 'copying the binary to / does not bring certificates',
      code: multi('COPY --from=build /out/app /'),
      errors: [{ messageId: 'missing', line: 4, column: 6 }],
      output: multi(`${BUNDLE}\nCOPY --from=build /out/app /`),
    },
    {
      name: 'the builder named as written',
      code: 'FROM golang:1.23 AS Builder\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=builder /out/app /app\n',
      errors: [{ messageId: 'missing', line: 3, column: 6 }],
      output: 'FROM golang:1.23 AS Builder\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=Builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=builder /out/app /app\n',
    },
    {
      name: 'an unnamed builder is referred to by index',
      code: 'FROM golang:1.23\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=0 /out/app /app\n',
      errors: [{ messageId: 'missing', line: 3, column: 6 }],
      output: 'FROM golang:1.23\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=0 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=0 /out/app /app\n',
    },
    {
      name: 'the stage that builds the shipped binary, not a tool stage',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM golang:1.23-alpine AS tools\nRUN go install example.com/tool@v1.0.0\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'missing', line: 5, column: 6 }],
      output: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM golang:1.23-alpine AS tools\nRUN go install example.com/tool@v1.0.0\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'the final FROM line ends the file',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch',
      errors: [{ messageId: 'missing', line: 3, column: 6 }],
      output: `FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch\n${BUNDLE}`,
    },
    {
      name: 'debian-slim without ca-certificates: no fix',
      code: multi('COPY --from=build /out/app /app', 'debian:12-slim'),
      errors: [{ messageId: 'missing', line: 4, column: 6, endColumn: 20 }],
      output: null,
    },
    {
      name: 'debian-slim installing curl without recommendations',
      code: multi('RUN apt-get update && apt-get install -y --no-install-recommends curl\nCOPY --from=build /out/app /app', 'debian:12-slim'),
      errors: [{ messageId: 'missing', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'debian-slim installing other packages',
      code: multi('RUN apt-get update && apt-get install -y tzdata\nCOPY --from=build /out/app /app', 'debian:12-slim'),
      errors: [{ messageId: 'missing', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'ubuntu',
      code: multi('COPY --from=build /out/app /app', 'ubuntu:24.04'),
      errors: [{ messageId: 'missing', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'busybox',
      code: multi('COPY --from=build /out/app /app', 'busybox:1.36-musl'),
      errors: [{ messageId: 'missing', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'final FROM a scratch stage: reported at the final FROM, fixed there',
      code: `${BUILD}\nFROM scratch AS base\nCOPY --from=build /out/app /app\n\nFROM base\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'missing', line: 7, column: 6 }],
      output: `${BUILD}\nFROM scratch AS base\nCOPY --from=build /out/app /app\n\nFROM base\n${BUNDLE}\nENTRYPOINT ["/app"]\n`,
    },
    {
      name: 'CRLF',
      code: crlf(multi('COPY --from=build /out/app /app')),
      errors: [{ messageId: 'missing', line: 4, column: 6 }],
      output: crlf(multi(`${BUNDLE}\nCOPY --from=build /out/app /app`)),
    },
    {
      name: 'lower-case keywords, comments between instructions',
      code: 'from golang:1.23 as build\nrun go build -o /out/app .\n\n# runtime\nfrom scratch\n# the binary\ncopy --from=build /out/app /app\nentrypoint ["/app"]\n',
      errors: [{ messageId: 'missing', line: 5, column: 6 }],
      output: 'from golang:1.23 as build\nrun go build -o /out/app .\n\n# runtime\nfrom scratch\ncopy --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n# the binary\ncopy --from=build /out/app /app\nentrypoint ["/app"]\n',
    },
    {
      name: 'ARG-resolved scratch',
      code: `ARG RUNTIME=scratch\n${multi('COPY --from=build /out/app /app', '${RUNTIME}')}`,
      errors: [{ messageId: 'missing', line: 5, column: 6 }],
      output: `ARG RUNTIME=scratch\n${multi(`${BUNDLE}\nCOPY --from=build /out/app /app`, '${RUNTIME}')}`,
    },
    {
      name: 'FROM runtime-$TARGETARCH among scratch stages',
      code: `${BUILD}\nFROM scratch AS runtime-amd64\nFROM scratch AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\n`,
      errors: [{ messageId: 'missing', line: 7, column: 6, endColumn: 25 }],
      output: `${BUILD}\nFROM scratch AS runtime-amd64\nFROM scratch AS runtime-arm64\n\nFROM runtime-$TARGETARCH\n${BUNDLE}\nCOPY --from=build /out/app /app\n`,
    },
  ],
});
