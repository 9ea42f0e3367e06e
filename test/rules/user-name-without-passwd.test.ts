import rule from '../../src/rules/user-name-without-passwd';
import { GOOD, ruleTester } from '../support/rule-tester';

const BUILD = 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n';
/** Final stage on line 4, the COPY on line 5, `user` from line 6. */
const multi = (user: string, final = 'scratch') => `${BUILD}\nFROM ${final}\nCOPY --from=build /out/app /app\n${user}\nENTRYPOINT ["/app"]\n`;
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

ruleTester(rule, {
  valid: [
    GOOD,
    multi('USER 65532:65532'),
    multi('USER 1000:1000'),
    multi('USER 1000'),
    { name: 'no USER at all', code: multi('EXPOSE 8080') },
    { name: 'nonroot on distroless', code: multi('USER nonroot', 'gcr.io/distroless/static-debian12') },
    { name: 'nonroot:nonroot on distroless', code: multi('USER nonroot:nonroot', 'gcr.io/distroless/static-debian12') },
    { name: 'nobody on distroless', code: multi('USER nobody', 'gcr.io/distroless/base-debian12') },
    { name: 'root on distroless', code: multi('USER root', 'gcr.io/distroless/static-debian12:nonroot') },
    { name: 'nonroot on chainguard static', code: multi('USER nonroot', 'cgr.dev/chainguard/static') },
    { name: 'names resolve on alpine', code: multi('RUN adduser -D app\nUSER app', 'alpine:3.20') },
    { name: 'an /etc/passwd copied in', code: multi('COPY --from=build /etc/passwd /etc/passwd\nUSER app') },
    { name: '/etc/passwd and /etc/group copied into /etc/', code: multi('COPY --from=build /etc/passwd /etc/group /etc/\nUSER app:app') },
    { name: 'an /etc/passwd written by a heredoc', code: multi('COPY <<EOF /etc/passwd\napp:x:10001:10001::/:/sbin/nologin\nEOF\nUSER app') },
    { name: 'a root file system folder copied in may hold /etc/passwd', code: multi('COPY --from=build /rootfs/ /\nUSER app') },
    { name: 'an /etc/passwd copied into distroless', code: multi('COPY passwd /etc/passwd\nUSER app', 'gcr.io/distroless/static-debian12') },
    { name: 'USER ${NAME} with an unknown value', code: multi('ARG NAME\nUSER ${NAME}') },
    { name: 'USER inherited from a stage with its own /etc/passwd', code: `${BUILD}\nFROM scratch AS base\nCOPY --from=build /etc/passwd /etc/passwd\nUSER app\n\nFROM base\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'an image we know nothing about', code: multi('USER app', 'registry.example.com/runtime:1') },
    { name: '--chown with numbers', code: multi('COPY --from=build --chown=65532:65532 /out/ /data/') },
    { name: '--chown=nonroot:nonroot on distroless', code: multi('COPY --from=build --chown=nonroot:nonroot /out/ /data/\nUSER nonroot', 'gcr.io/distroless/static-debian12:nonroot') },
    { name: '--chown after /etc/passwd and /etc/group are copied in', code: multi('COPY --from=build /etc/passwd /etc/group /etc/\nCOPY --from=build --chown=app:app /out/ /data/\nUSER app') },
    { name: '--chown with a variable without default', code: multi('ARG OWNER\nCOPY --from=build --chown=$OWNER /out/ /data/') },
    { name: '--chown on alpine, where adduser made the user', code: multi('RUN adduser -D app\nCOPY --from=build --chown=app:app /out/ /data/\nUSER app', 'alpine:3.20') },
    { name: '--chown in the builder is resolved by the builder', code: `FROM golang:1.23 AS build\nCOPY --chown=nobody:nogroup . /src\nRUN CGO_ENABLED=0 go build -o /out/app /src\n\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n` },
    { name: 'a USER in the builder is the builder\'s business', code: `FROM golang:1.23 AS build\nUSER app\nRUN go build -o /tmp/app .\n\nFROM scratch\nCOPY --from=build /tmp/app /app\nENTRYPOINT ["/app"]\n` },
  ],
  invalid: [
    {
      name: 'a name on scratch',
      code: multi('USER app'),
      errors: [{ messageId: 'noPasswd', line: 6, column: 1, endLine: 6, endColumn: 9 }],
      output: multi('USER 65532:65532'),
    },
    {
      name: 'nonroot means nothing on scratch',
      code: multi('USER nonroot'),
      errors: [{ messageId: 'noPasswd', line: 6, column: 1 }],
      output: multi('USER 65532:65532'),
    },
    {
      name: 'root on scratch keeps uid 0',
      code: multi('USER root'),
      errors: [{ messageId: 'noPasswd', line: 6, column: 1 }],
      output: multi('USER 0:0'),
    },
    {
      name: 'a numeric user with a named group keeps its uid',
      code: multi('USER 1000:app'),
      errors: [{ messageId: 'noPasswd', line: 6, column: 1 }],
      output: multi('USER 1000:1000'),
    },
    {
      name: 'nobody:nogroup on scratch',
      code: multi('USER nobody:nogroup'),
      errors: [{ messageId: 'noPasswd', line: 6, column: 1 }],
      output: multi('USER 65534:65534'),
    },
    {
      name: 'a name from an ARG default',
      code: multi('ARG APP_USER=app\nUSER ${APP_USER}'),
      errors: [{ messageId: 'noPasswd', line: 7, column: 1 }],
      output: multi('ARG APP_USER=app\nUSER 65532:65532'),
    },
    {
      name: 'an unknown user on distroless',
      code: multi('USER app', 'gcr.io/distroless/static-debian12'),
      errors: [{ messageId: 'unknownUser', line: 6, column: 1, endColumn: 9 }],
      output: multi('USER 65532:65532', 'gcr.io/distroless/static-debian12'),
    },
    {
      name: 'an unknown group on distroless',
      code: multi('USER nonroot:app', 'gcr.io/distroless/static-debian12:nonroot'),
      errors: [{ messageId: 'unknownUser', line: 6, column: 1 }],
      output: multi('USER 65532:65532', 'gcr.io/distroless/static-debian12:nonroot'),
    },
    {
      name: 'an unknown user on chainguard static',
      code: multi('USER appuser', 'cgr.dev/chainguard/static:latest'),
      errors: [{ messageId: 'unknownUser', line: 6, column: 1 }],
      output: multi('USER 65532:65532', 'cgr.dev/chainguard/static:latest'),
    },
    {
      name: 'copying the binary to / does not bring an /etc/passwd',
      code: multi('COPY --from=build /out/app /\nUSER app'),
      errors: [{ messageId: 'noPasswd', line: 7, column: 1 }],
      output: multi('COPY --from=build /out/app /\nUSER 65532:65532'),
    },
    {
      name: 'a /etc/passwd in the builder stage only',
      code: `FROM golang:1.23 AS build\nRUN useradd app && go build -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\nUSER app\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'noPasswd', line: 6, column: 1 }],
      output: `FROM golang:1.23 AS build\nRUN useradd app && go build -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n`,
    },
    {
      name: 'USER inherited from the stage the final one is built FROM',
      code: `${BUILD}\nFROM scratch AS base\nUSER app\n\nFROM base\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'noPasswd', line: 5, column: 1 }],
      output: `${BUILD}\nFROM scratch AS base\nUSER 65532:65532\n\nFROM base\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
    },
    {
      name: 'CRLF',
      code: crlf(multi('USER app')),
      errors: [{ messageId: 'noPasswd', line: 6, column: 1 }],
      output: crlf(multi('USER 65532:65532')),
    },
    {
      name: 'lower-case keywords, comments between instructions',
      code: 'from golang:1.23 as build\nrun go build -o /out/app .\n\nfrom scratch\ncopy --from=build /out/app /app\n# run unprivileged\nuser app\nentrypoint ["/app"]\n',
      errors: [{ messageId: 'noPasswd', line: 7, column: 1 }],
      output: 'from golang:1.23 as build\nrun go build -o /out/app .\n\nfrom scratch\ncopy --from=build /out/app /app\n# run unprivileged\nuser 65532:65532\nentrypoint ["/app"]\n',
    },
    {
      name: 'COPY --chown=app:app on scratch, USER app: both become 65532',
      code: multi('COPY --from=build --chown=app:app /out/ /data/\nUSER app'),
      errors: [
        { messageId: 'chownNoPasswd', line: 6, column: 27, endColumn: 34 },
        { messageId: 'noPasswd', line: 7, column: 1 },
      ],
      output: multi('COPY --from=build --chown=65532:65532 /out/ /data/\nUSER 65532:65532'),
    },
    {
      name: 'ADD --chown=app on scratch, running as root: the files may be anyone\'s',
      code: multi('ADD --chown=app config.yaml /etc/app/'),
      errors: [{ messageId: 'chownNoPasswd', line: 6, column: 13 }],
      output: multi('ADD --chown=65532:65532 config.yaml /etc/app/'),
    },
    {
      name: '--chown=app with USER 1000: which ids the files need cannot be told, no fix',
      code: multi('COPY --from=build --chown=app /out/ /data/\nUSER 1000:1000'),
      errors: [{ messageId: 'chownNoPasswd', line: 6, column: 27 }],
      output: null,
    },
    {
      name: '--chown=1000:app: the group has no /etc/group on scratch',
      code: multi('COPY --from=build --chown=1000:app /out/ /data/\nUSER 1000'),
      errors: [{ messageId: 'chownNoPasswd', line: 6, column: 27 }],
      output: multi('COPY --from=build --chown=1000:1000 /out/ /data/\nUSER 1000'),
    },
    {
      name: '/etc/passwd copied in after the --chown copy comes too late for it',
      code: multi('COPY --from=build --chown=app:app /out/ /data/\nCOPY --from=build /etc/passwd /etc/group /etc/\nUSER app'),
      errors: [{ messageId: 'chownNoPasswd', line: 6, column: 27 }],
      output: multi('COPY --from=build --chown=65532:65532 /out/ /data/\nCOPY --from=build /etc/passwd /etc/group /etc/\nUSER app'),
    },
    {
      name: '--chown=app:app on distroless:nonroot (runs as 65532)',
      code: multi('COPY --from=build --chown=app:app /out/ /data/', 'gcr.io/distroless/static-debian12:nonroot'),
      errors: [{ messageId: 'chownUnknown', line: 6, column: 27 }],
      output: multi('COPY --from=build --chown=65532:65532 /out/ /data/', 'gcr.io/distroless/static-debian12:nonroot'),
    },
    {
      name: '--chown=nonroot:app on distroless: the group is unknown',
      code: multi('COPY --from=build --chown=nonroot:app /out/ /data/\nUSER nonroot', 'gcr.io/distroless/static-debian12'),
      errors: [{ messageId: 'chownUnknown', line: 6, column: 27 }],
      output: multi('COPY --from=build --chown=65532:65532 /out/ /data/\nUSER nonroot', 'gcr.io/distroless/static-debian12'),
    },
    {
      name: '--chown from an ARG default, in a stage the final one is built FROM',
      code: `${BUILD}\nFROM scratch AS base\nARG OWNER=app\nCOPY --from=build --chown=\${OWNER} /out/app /app\n\nFROM base\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'chownNoPasswd', line: 6, column: 27 }],
      output: `${BUILD}\nFROM scratch AS base\nARG OWNER=app\nCOPY --from=build --chown=65532:65532 /out/app /app\n\nFROM base\nENTRYPOINT ["/app"]\n`,
    },
    {
      name: 'ARG-resolved distroless',
      code: `ARG RUNTIME=gcr.io/distroless/static-debian12\n${multi('USER app', '${RUNTIME}')}`,
      errors: [{ messageId: 'unknownUser', line: 7, column: 1 }],
      output: `ARG RUNTIME=gcr.io/distroless/static-debian12\n${multi('USER 65532:65532', '${RUNTIME}')}`,
    },
    {
      name: 'FROM runtime-$TARGETARCH among scratch stages',
      code: `${BUILD}\nFROM scratch AS runtime-amd64\nFROM scratch AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\nUSER app\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'noPasswd', line: 9, column: 1 }],
      output: `${BUILD}\nFROM scratch AS runtime-amd64\nFROM scratch AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n`,
    },
  ],
});
