import rule from '../../src/rules/run-without-shell';
import { GOOD, ruleTester } from '../support/rule-tester';

const BUILD = 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n';
/** Final stage on line 4, `body` from line 5. */
const multi = (body: string, final = 'gcr.io/distroless/static-debian12:nonroot') => `${BUILD}\nFROM ${final}\n${body}\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

ruleTester(rule, {
  valid: [
    GOOD,
    { name: 'RUN in a golang builder stage', code: multi('USER 65532:65532') },
    { name: 'exec-form RUN does not need a shell', code: multi('RUN ["/busybox/mkdir", "-p", "/data"]', 'gcr.io/distroless/static-debian12:debug') },
    { name: 'exec-form RUN on scratch', code: multi('COPY --from=build /out/app /migrate\nRUN ["/migrate", "--init"]', 'scratch') },
    { name: 'alpine has /bin/sh', code: multi('RUN apk add --no-cache tzdata', 'alpine:3.20') },
    { name: 'debian has /bin/sh', code: multi('RUN <<EOF\napt-get update\napt-get install -y ca-certificates\nEOF', 'debian:12-slim') },
    { name: 'chainguard -dev has /bin/sh', code: multi('RUN mkdir /data', 'cgr.dev/chainguard/static:latest-dev') },
    { name: 'distroless :debug with SHELL set to its busybox', code: multi('SHELL ["/busybox/sh", "-c"]\nRUN mkdir -p /data', 'gcr.io/distroless/static-debian12:debug') },
    { name: 'SHELL inherited from the stage it is built FROM', code: `${BUILD}\nFROM gcr.io/distroless/static-debian12:debug AS base\nSHELL ["/busybox/sh", "-c"]\n\nFROM base\nRUN mkdir -p /data\n` },
    { name: 'a shell copied in before the RUN', code: multi('COPY --from=busybox:1.36-musl /bin/busybox /bin/sh\nRUN mkdir -p /data', 'scratch') },
    { name: 'a folder of tools copied in before the RUN', code: multi('COPY --from=busybox:1.36-musl /bin /bin\nRUN mkdir -p /data', 'scratch') },
    { name: 'an image we know nothing about', code: multi('RUN mkdir /data', 'registry.example.com/runtime:1') },
    { name: 'FROM a variable without default', code: `ARG RUNTIME\n${multi('RUN mkdir /data', '${RUNTIME}')}` },
    { name: 'ARG-resolved alpine', code: `ARG RUNTIME=alpine:3.20\n${multi('RUN mkdir /data', '${RUNTIME}')}` },
    { name: 'a distroless tag we do not know', code: multi('RUN mkdir /data', 'gcr.io/distroless/static-debian12:weird') },
  ],
  invalid: [
    {
      name: 'shell-form RUN on distroless',
      code: multi('RUN mkdir -p /data'),
      errors: [{ messageId: 'noShell', line: 5, column: 1, endLine: 5, endColumn: 4 }],
      output: null,
    },
    {
      name: 'shell-form RUN on scratch',
      code: multi('RUN mkdir -p /data', 'scratch'),
      errors: [{ messageId: 'noShell', line: 5, column: 1 }],
      output: null,
    },
    {
      name: 'heredoc RUN',
      code: multi('RUN <<EOF\nmkdir -p /data\nchown 65532 /data\nEOF'),
      errors: [{ messageId: 'noShell', line: 5, column: 1 }],
      output: null,
    },
    {
      name: 'RUN with flags on chainguard static',
      code: multi('RUN --mount=type=cache,target=/tmp touch /tmp/x', 'cgr.dev/chainguard/static'),
      errors: [{ messageId: 'noShell', line: 5, column: 1 }],
      output: null,
    },
    {
      name: 'every shell-form RUN of the stage',
      code: multi('RUN mkdir /data\nRUN ["/bin/true"]\nRUN chown 65532 /data', 'scratch'),
      errors: [
        { messageId: 'noShell', line: 5, column: 1 },
        { messageId: 'noShell', line: 7, column: 1 },
      ],
      output: null,
    },
    {
      name: 'distroless :debug has busybox, but not at /bin/sh',
      code: multi('RUN mkdir -p /data', 'gcr.io/distroless/static-debian12:debug'),
      errors: [{ messageId: 'noShell', line: 5, column: 1 }],
      output: null,
    },
    {
      name: 'a shell copied in after the RUN is too late',
      code: multi('RUN mkdir -p /data\nCOPY --from=busybox:1.36-musl /bin/busybox /bin/sh', 'scratch'),
      errors: [{ messageId: 'noShell', line: 5, column: 1 }],
      output: null,
    },
    {
      name: 'SHELL naming a shell the image lacks',
      code: multi('SHELL ["/bin/bash", "-c"]\nRUN mkdir -p /data', 'scratch'),
      errors: [{ messageId: 'noShell', line: 6, column: 1 }],
      output: null,
    },
    {
      name: 'a stage built FROM a distroless stage',
      code: `${BUILD}\nFROM gcr.io/distroless/static-debian12 AS base\n\nFROM base\nRUN mkdir /data\n`,
      errors: [{ messageId: 'noShell', line: 7, column: 1 }],
      output: null,
    },
    {
      name: 'an intermediate scratch stage fails the build too',
      code: `${BUILD}\nFROM scratch AS assets\nRUN mkdir /assets\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=assets /assets /assets\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'noShell', line: 5, column: 1 }],
      output: null,
    },
    {
      name: 'CRLF, lower-case keywords, comments between instructions',
      code: 'from golang:1.23 as build\r\nrun go build -o /out/app .\r\n\r\nfrom scratch\r\n# data folder\r\nrun mkdir /data\r\ncopy --from=build /out/app /app\r\nentrypoint ["/app"]\r\n',
      errors: [{ messageId: 'noShell', line: 6, column: 1, endColumn: 4 }],
      output: null,
    },
    {
      name: 'ARG-resolved distroless',
      code: `ARG RUNTIME=gcr.io/distroless/static-debian12:nonroot\n${multi('RUN mkdir /data', '${RUNTIME}')}`,
      errors: [{ messageId: 'noShell', line: 6, column: 1 }],
      output: null,
    },
    {
      name: 'FROM runtime-$TARGETARCH among distroless stages',
      code: `${BUILD}\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-amd64\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nRUN mkdir /data\n`,
      errors: [{ messageId: 'noShell', line: 8, column: 1 }],
      output: null,
    },
  ],
});
