import rule from '../../src/rules/shell-form-without-shell';
import { GOOD, ruleTester } from '../support/rule-tester';

const BUILD = 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n';
/** Final stage on line 4, the COPY on line 5, `run` from line 6. */
const multi = (run: string, final = 'gcr.io/distroless/static-debian12:nonroot') => `${BUILD}\nFROM ${final}\nCOPY --from=build /out/app /app\n${run}\n`;
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

ruleTester(rule, {
  valid: [
    GOOD,
    multi('CMD ["/app", "--port", "8080"]', 'scratch'),
    multi('ENTRYPOINT ["/app"]\nCMD ["--port", "8080"]'),
    multi('HEALTHCHECK --interval=30s CMD ["/app", "-health"]\nENTRYPOINT ["/app"]'),
    multi('HEALTHCHECK NONE\nENTRYPOINT ["/app"]', 'scratch'),
    { name: 'alpine has a shell', code: multi('CMD /app --port 8080', 'alpine:3.20') },
    { name: 'debian has a shell', code: multi('CMD /app --port $PORT', 'debian:12-slim') },
    { name: 'single-stage golang', code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD /app --port 8080\n' },
    { name: 'distroless :debug with its busybox shell as SHELL', code: multi('SHELL ["/busybox/sh", "-c"]\nCMD /app --port $PORT', 'gcr.io/distroless/static-debian12:debug') },
    { name: 'distroless :debug-nonroot, exec form', code: multi('ENTRYPOINT ["/app"]', 'gcr.io/distroless/static-debian12:debug-nonroot') },
    { name: 'chainguard -dev images have /bin/sh', code: multi('CMD /app', 'cgr.dev/chainguard/static:latest-dev') },
    { name: 'a shell copied in', code: multi('COPY --from=busybox:1.36-musl /bin/busybox /bin/sh\nCMD /app | tee /tmp/log', 'scratch') },
    { name: 'a shell copied in after CMD: CMD runs when the container starts', code: multi('CMD /app | tee /tmp/log\nCOPY --from=busybox:1.36-musl /bin/ /bin/', 'scratch') },
    { name: 'only the last CMD counts', code: multi('CMD /app --port 8080\nCMD ["/app", "--port", "8080"]') },
    { name: 'ENTRYPOINT drops the CMD inherited from the base stage', code: `${BUILD}\nFROM scratch AS base\nCMD /app\n\nFROM base\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'shell form in a builder stage', code: `FROM golang:1.23 AS build\nRUN go build -o /out/app .\nCMD /out/app\n\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'an image we know nothing about', code: multi('CMD /app', 'registry.example.com/runtime:1') },
    { name: 'a distroless tag we do not know', code: multi('CMD /app', 'gcr.io/distroless/static-debian12:weird') },
    { name: 'FROM a variable without default', code: `ARG RUNTIME\n${multi('CMD /app', '${RUNTIME}')}` },
    { name: 'ARG-resolved alpine', code: `ARG RUNTIME=alpine:3.20\n${multi('CMD /app', '${RUNTIME}')}` },
    { name: 'no ENTRYPOINT or CMD at all (GD009 judges that)', code: multi('EXPOSE 8080', 'scratch') },
  ],
  invalid: [
    {
      name: 'plain words become exec form',
      code: multi('CMD /app --port 8080'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5, endLine: 6, endColumn: 21 }],
      output: multi('CMD ["/app", "--port", "8080"]'),
    },
    {
      name: 'ENTRYPOINT on scratch',
      code: multi('ENTRYPOINT /app serve', 'scratch'),
      errors: [{ messageId: 'shellForm', line: 6, column: 12, endColumn: 22 }],
      output: multi('ENTRYPOINT ["/app", "serve"]', 'scratch'),
    },
    {
      name: 'chainguard static',
      code: multi('CMD ./app', 'cgr.dev/chainguard/static'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: multi('CMD ["./app"]', 'cgr.dev/chainguard/static'),
    },
    {
      name: 'quoted words keep their meaning',
      code: multi(`CMD /app --name "hello world" --glob '*.go'`, 'scratch'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: multi('CMD ["/app", "--name", "hello world", "--glob", "*.go"]', 'scratch'),
    },
    {
      name: 'a leading exec is what the shell would do',
      code: multi('CMD exec /app', 'scratch'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: multi('CMD ["/app"]', 'scratch'),
    },
    {
      name: 'HEALTHCHECK CMD after its options',
      code: multi('HEALTHCHECK --interval=5s --timeout=2s CMD /app -health\nENTRYPOINT ["/app"]'),
      errors: [{ messageId: 'shellForm', line: 6, column: 44, endColumn: 56 }],
      output: multi('HEALTHCHECK --interval=5s --timeout=2s CMD ["/app", "-health"]\nENTRYPOINT ["/app"]'),
    },
    {
      name: 'a variable needs the shell: no fix',
      code: multi('CMD /app --port $PORT'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: null,
    },
    {
      name: 'a braced variable: no fix',
      code: multi('ENTRYPOINT /app --config=${CONFIG}', 'scratch'),
      errors: [{ messageId: 'shellForm', line: 6, column: 12 }],
      output: null,
    },
    {
      name: 'a pipe: no fix',
      code: multi('CMD /app | tee /tmp/log'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: null,
    },
    {
      name: '&&: no fix',
      code: multi('CMD /app migrate && /app serve'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: null,
    },
    {
      name: 'a redirection: no fix',
      code: multi('CMD /app 2>&1'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: null,
    },
    {
      name: 'an unquoted glob: no fix',
      code: multi('CMD /app /etc/app/*.yaml'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: null,
    },
    {
      name: 'a shell builtin: no fix',
      code: multi('CMD cd /srv', 'scratch'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: null,
    },
    {
      name: 'JSON with single quotes is shell form: no fix',
      code: multi("CMD ['/app', '--port', '8080']"),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: null,
    },
    {
      name: 'over several lines: no fix',
      code: multi('CMD /app \\\n    --port 8080'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5, endLine: 7, endColumn: 16 }],
      output: null,
    },
    {
      name: 'only the last CMD counts',
      code: multi('CMD ["/app"]\n# override\nCMD /app -v'),
      errors: [{ messageId: 'shellForm', line: 8, column: 5 }],
      output: multi('CMD ["/app"]\n# override\nCMD ["/app", "-v"]'),
    },
    {
      name: 'shell-form ENTRYPOINT with a CMD in force: no fix (exec form would take CMD as arguments); CMD is ignored',
      code: multi('ENTRYPOINT /app\nCMD --port 8080', 'scratch'),
      errors: [{ messageId: 'shellForm', line: 6, column: 12, endColumn: 16 }],
      output: null,
    },
    {
      name: 'shell-form CMD under an exec-form ENTRYPOINT becomes its arguments',
      code: multi('ENTRYPOINT ["/app"]\nCMD --port 8080', 'scratch'),
      errors: [{ messageId: 'shellForm', line: 7, column: 5 }],
      output: multi('ENTRYPOINT ["/app"]\nCMD ["--port", "8080"]', 'scratch'),
    },
    {
      name: 'both ENTRYPOINT and HEALTHCHECK',
      code: multi('HEALTHCHECK CMD /app -health\nENTRYPOINT /app', 'scratch'),
      errors: [
        { messageId: 'shellForm', line: 6, column: 17 },
        { messageId: 'shellForm', line: 7, column: 12 },
      ],
      output: multi('HEALTHCHECK CMD ["/app", "-health"]\nENTRYPOINT ["/app"]', 'scratch'),
    },
    {
      name: 'distroless :debug has busybox, but no /bin/sh',
      code: multi('CMD /app', 'gcr.io/distroless/static-debian12:debug'),
      errors: [{ messageId: 'shellForm', line: 6, column: 5 }],
      output: multi('CMD ["/app"]', 'gcr.io/distroless/static-debian12:debug'),
    },
    {
      name: 'a SHELL the image does not have',
      code: multi('SHELL ["/bin/bash", "-c"]\nCMD /app', 'scratch'),
      errors: [{ messageId: 'shellForm', line: 7, column: 5 }],
      output: multi('SHELL ["/bin/bash", "-c"]\nCMD ["/app"]', 'scratch'),
    },
    {
      name: 'CMD inherited from the stage the final one is built FROM',
      code: `${BUILD}\nFROM scratch AS base\nCMD /app\n\nFROM base\nCOPY --from=build /out/app /app\n`,
      errors: [{ messageId: 'shellForm', line: 5, column: 5 }],
      output: `${BUILD}\nFROM scratch AS base\nCMD ["/app"]\n\nFROM base\nCOPY --from=build /out/app /app\n`,
    },
    {
      name: 'CRLF',
      code: crlf(multi('CMD /app --port 8080', 'scratch')),
      errors: [{ messageId: 'shellForm', line: 6, column: 5, endColumn: 21 }],
      output: crlf(multi('CMD ["/app", "--port", "8080"]', 'scratch')),
    },
    {
      name: 'lower-case keywords, comments between instructions',
      code: 'from golang:1.23 as build\nrun go build -o /out/app .\n\n# runtime\nfrom scratch\n# the binary\ncopy --from=build /out/app /app\n# start it\ncmd /app\n',
      errors: [{ messageId: 'shellForm', line: 9, column: 5 }],
      output: 'from golang:1.23 as build\nrun go build -o /out/app .\n\n# runtime\nfrom scratch\n# the binary\ncopy --from=build /out/app /app\n# start it\ncmd ["/app"]\n',
    },
    {
      name: 'ARG-resolved distroless',
      code: `ARG RUNTIME=gcr.io/distroless/static-debian12\n${multi('CMD /app', '${RUNTIME}')}`,
      errors: [{ messageId: 'shellForm', line: 7, column: 5 }],
      output: `ARG RUNTIME=gcr.io/distroless/static-debian12\n${multi('CMD ["/app"]', '${RUNTIME}')}`,
    },
    {
      name: 'FROM runtime-$TARGETARCH among distroless stages',
      code: `${BUILD}\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-amd64\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\nCMD /app\n`,
      errors: [{ messageId: 'shellForm', line: 9, column: 5 }],
      output: `${BUILD}\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-amd64\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\nCMD ["/app"]\n`,
    },
  ],
});
