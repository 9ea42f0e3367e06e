import rule from '../../src/rules/debug-image-in-final';
import { GOOD, ruleTester } from '../support/rule-tester';
import { GO_MOD, prebuilt } from '../support/elsewhere';

const BUILD = 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n';
/** Final stage on line 4, `body` from line 5. */
const multi = (final: string, body = 'COPY --from=build /out/app /app\nENTRYPOINT ["/app"]') => `${BUILD}\nFROM ${final}\n${body}\n`;
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const DEBUG_NONROOT = 'gcr.io/distroless/static-debian12:debug-nonroot';
const NONROOT = 'gcr.io/distroless/static-debian12:nonroot';

ruleTester(rule, {
  valid: [
    GOOD,
    { name: 'a distroless debug image with a binary copied in, no go.mod', code: prebuilt('gcr.io/distroless/static-debian12:debug', 'COPY bin/app /app', 'ENTRYPOINT ["/app"]') },
    multi('gcr.io/distroless/static-debian12'),
    multi('gcr.io/distroless/static-debian12:nonroot-amd64'),
    multi('cgr.dev/chainguard/static:latest'),
    multi('scratch'),
    { name: ':debug in a builder stage', code: `FROM gcr.io/distroless/static-debian12:debug AS certs\n${BUILD}\nFROM ${NONROOT}\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'chainguard -dev as the builder', code: `FROM cgr.dev/chainguard/go:latest-dev AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM cgr.dev/chainguard/static\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'not a Go Dockerfile', code: `FROM ${DEBUG_NONROOT}\nCOPY app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'ARG-resolved :nonroot', code: `ARG RUNTIME=${NONROOT}\n${multi('${RUNTIME}')}` },
    { name: 'FROM a variable without default', code: `ARG RUNTIME\n${multi('${RUNTIME}')}` },
  ],
  invalid: [
    {
      name: 'a distroless debug image with a binary copied in, in a Go module',
      code: prebuilt('gcr.io/distroless/static-debian12:debug', 'COPY bin/app /app', 'ENTRYPOINT ["/app"]'),
      files: { 'go.mod': GO_MOD },
      errors: [{ messageId: 'debugImage', line: 1, column: 6 }],
      output: null,
      unsafeOutput: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY bin/app /app\nENTRYPOINT ["/app"]\n',
    },
    {
      name: ':debug-nonroot -> :nonroot',
      code: multi(DEBUG_NONROOT),
      errors: [{ messageId: 'debugImage', line: 4, column: 6, endLine: 4, endColumn: 53 }],
      output: null,
      unsafeOutput: multi(NONROOT),
    },
    {
      name: ':debug -> :nonroot',
      code: multi('gcr.io/distroless/static-debian12:debug'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6, endColumn: 45 }],
      output: null,
      unsafeOutput: multi(NONROOT),
    },
    {
      name: 'arch suffix stays',
      code: multi('gcr.io/distroless/base-debian12:debug-nonroot-arm64'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
      unsafeOutput: multi('gcr.io/distroless/base-debian12:nonroot-arm64'),
    },
    {
      name: ':debug-amd64 -> :nonroot-amd64',
      code: multi('gcr.io/distroless/cc-debian12:debug-amd64'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
      unsafeOutput: multi('gcr.io/distroless/cc-debian12:nonroot-amd64'),
    },
    {
      name: 'chainguard -dev -> same tag without -dev',
      code: multi('cgr.dev/chainguard/static:latest-dev'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
      unsafeOutput: multi('cgr.dev/chainguard/static:latest'),
    },
    {
      name: 'chainguard glibc-dynamic -dev',
      code: multi('cgr.dev/chainguard/glibc-dynamic:latest-dev'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
      unsafeOutput: multi('cgr.dev/chainguard/glibc-dynamic:latest'),
    },
    {
      name: 'pinned by digest: the digest names the debug image, no fix',
      code: multi(`${DEBUG_NONROOT}@sha256:${'a'.repeat(64)}`),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'a RUN uses the shell: no fix',
      code: multi(DEBUG_NONROOT, 'SHELL ["/busybox/sh", "-c"]\nRUN mkdir -p /data\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'shell-form ENTRYPOINT uses the shell: no fix',
      code: multi(DEBUG_NONROOT, 'COPY --from=build /out/app /app\nENTRYPOINT /app --port $PORT'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'exec form that starts busybox sh: no fix',
      code: multi(DEBUG_NONROOT, 'COPY --from=build /out/app /app\nENTRYPOINT ["/busybox/sh", "-c", "/app --port $PORT"]'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'shell-form HEALTHCHECK uses the shell: no fix',
      code: multi(DEBUG_NONROOT, 'COPY --from=build /out/app /app\nHEALTHCHECK CMD wget -q -O- http://localhost:8080/health\nENTRYPOINT ["/app"]'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'HEALTHCHECK NONE does not use the shell',
      code: multi(DEBUG_NONROOT, 'COPY --from=build /out/app /app\nHEALTHCHECK NONE\nENTRYPOINT ["/app"]'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
      unsafeOutput: multi(NONROOT, 'COPY --from=build /out/app /app\nHEALTHCHECK NONE\nENTRYPOINT ["/app"]'),
    },
    {
      name: 'no ENTRYPOINT: the image\'s own /busybox/sh runs the CMD, no fix',
      code: multi(DEBUG_NONROOT, 'COPY --from=build /out/app /app\nCMD ["/app"]'),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'a stage the final one is built FROM: reported where the image is named',
      code: `${BUILD}\nFROM ${DEBUG_NONROOT} AS runtime\n\nFROM runtime\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD}\nFROM ${NONROOT} AS runtime\n\nFROM runtime\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
    },
    {
      name: 'ARG-resolved: the ARG default is fixed',
      code: `ARG RUNTIME=${DEBUG_NONROOT}\n${multi('${RUNTIME}')}`,
      errors: [{ messageId: 'debugImage', line: 5, column: 6, endColumn: 16 }],
      output: null,
      unsafeOutput: `ARG RUNTIME=${NONROOT}\n${multi('${RUNTIME}')}`,
    },
    {
      name: 'ARG-resolved from a list of names on one line: the default is fixed',
      code: `ARG GO_VERSION RUNTIME=${DEBUG_NONROOT}\n${multi('${RUNTIME}')}`,
      errors: [{ messageId: 'debugImage', line: 5, column: 6, endColumn: 16 }],
      output: null,
      unsafeOutput: `ARG GO_VERSION RUNTIME=${NONROOT}\n${multi('${RUNTIME}')}`,
    },
    {
      name: 'ARG used by another FROM too: no fix',
      code: `ARG RUNTIME=${DEBUG_NONROOT}\nFROM \${RUNTIME} AS debug\n${multi('$RUNTIME')}`,
      errors: [{ messageId: 'debugImage', line: 6, column: 6, endColumn: 14 }],
      output: null,
    },
    {
      name: 'CRLF',
      code: crlf(multi(DEBUG_NONROOT)),
      errors: [{ messageId: 'debugImage', line: 4, column: 6 }],
      output: null,
      unsafeOutput: crlf(multi(NONROOT)),
    },
    {
      name: 'lower-case keywords, comments between instructions',
      code: `from golang:1.23 as build\nrun go build -o /out/app .\n\n# runtime\nfrom ${DEBUG_NONROOT}\n# the binary\ncopy --from=build /out/app /app\nentrypoint ["/app"]\n`,
      errors: [{ messageId: 'debugImage', line: 5, column: 6 }],
      output: null,
      unsafeOutput: `from golang:1.23 as build\nrun go build -o /out/app .\n\n# runtime\nfrom ${NONROOT}\n# the binary\ncopy --from=build /out/app /app\nentrypoint ["/app"]\n`,
    },
    {
      name: 'FROM runtime-$TARGETARCH: one debug candidate among two',
      code: `${BUILD}\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-amd64\nFROM gcr.io/distroless/static-debian12:debug-nonroot AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'debugImage', line: 5, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD}\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-amd64\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
    },
    {
      name: 'FROM runtime-$TARGETARCH: each debug candidate',
      code: `${BUILD}\nFROM gcr.io/distroless/static-debian12:debug-nonroot-amd64 AS runtime-amd64\nFROM gcr.io/distroless/static-debian12:debug-nonroot-arm64 AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
      errors: [
        { messageId: 'debugImage', line: 4, column: 6 },
        { messageId: 'debugImage', line: 5, column: 6 },
      ],
      output: null,
      unsafeOutput: `${BUILD}\nFROM gcr.io/distroless/static-debian12:nonroot-amd64 AS runtime-amd64\nFROM gcr.io/distroless/static-debian12:nonroot-arm64 AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
    },
  ],
});
