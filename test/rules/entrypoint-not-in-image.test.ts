import rule from '../../src/rules/entrypoint-not-in-image';
import { GOOD, ruleTester } from '../support/rule-tester';

const BUILD = 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/server .\n';
/** Final stage on line 4, `body` from line 5. */
const multi = (body: string, final = 'gcr.io/distroless/static-debian12:nonroot') => `${BUILD}\nFROM ${final}\n${body}\n`;
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

ruleTester(rule, {
  valid: [
    GOOD,
    multi('COPY --from=build /out/server /server\nENTRYPOINT ["/server"]'),
    { name: 'an export stage: scratch gathering files at its root (docker build --output)', code: multi('COPY --from=build /out/ /', 'scratch') },
    { name: 'an export stage: scratch gathering files into .', code: multi('COPY --from=build /out/server .', 'scratch') },
    { name: 'an export stage with a MAINTAINER line', code: `${BUILD}\nFROM scratch\nMAINTAINER someone\nCOPY --from=build /out/server /\n` },
    { name: 'an export stage named binaries', code: `${BUILD}\nFROM scratch AS binaries\nCOPY --from=build /out/server /server\n` },
    { name: 'an export stage named builder-exporter (a part of the name says so)', code: `${BUILD}\nFROM scratch AS builder-exporter\nARG CACHE_BUSTER=0\nCOPY --from=build /out /dist\n` },
    { name: 'an export stage named ci-artifacts', code: `${BUILD}\nFROM scratch AS ci-artifacts\nCOPY --from=build /out/server /server\n` },
    { name: 'an export stage picked by name further up', code: `${BUILD}\nFROM scratch AS binary-linux\nCOPY --from=build /out/server /server\nFROM binary-linux\n` },
    { name: 'an export stage named bin', code: `${BUILD}\nFROM scratch AS bin\nCOPY --from=build /out/server /server\n` },
    { name: 'an export stage picked by target OS through a FROM chain (bin-$TARGETOS -> bin-unix -> scratch)', code: `${BUILD}\nFROM scratch AS bin-unix\nCOPY --from=build /out/server /\n\nFROM bin-unix AS bin-linux\nFROM bin-unix AS bin-darwin\n\nFROM scratch AS bin-windows\nCOPY --from=build /out/server /server.exe\n\nFROM bin-\${TARGETOS} AS bin\n` },
    {
      name: 'files picked by target OS among stages for other systems, whatever their names',
      code: `${BUILD}\nFROM scratch AS app-linux\nCOPY --from=build /out/server /server\nFROM scratch AS app-windows\nCOPY --from=build /out/server /server.exe\n\nFROM app-$TARGETOS\n`,
    },
    multi('COPY --from=build /out/server /server\nENTRYPOINT ["/server"]\nCMD ["--port", "8080"]', 'scratch'),
    multi('COPY --from=build /out/server /\nCMD ["/server"]', 'scratch'),
    { name: 'relative to WORKDIR', code: multi('WORKDIR /srv\nCOPY --from=b /x/server .\nCMD ["./server"]').replace('AS build', 'AS b') },
    { name: 'looked up on PATH', code: multi('COPY --from=build /out/server /usr/local/bin/\nENTRYPOINT ["server"]') },
    { name: 'looked up on a PATH set by ENV', code: multi('ENV PATH=/app\nCOPY --from=build /out/server /app/\nENTRYPOINT ["server"]', 'scratch') },
    { name: 'a folder copy cannot be seen into', code: multi('COPY --from=build /out/ /app/\nENTRYPOINT ["/app/server"]') },
    { name: 'a folder copied to /', code: multi('COPY --from=build /rootfs /\nENTRYPOINT ["/bin/server"]', 'scratch') },
    { name: 'copied from the context', code: multi('COPY server /server\nENTRYPOINT ["/server"]', 'scratch') },
    { name: 'a glob may match it', code: multi('COPY --from=build /out/serv* /\nENTRYPOINT ["/server"]', 'scratch') },
    { name: 'ADD of a URL', code: multi('ADD https://example.com/releases/tool /tool\nENTRYPOINT ["/tool"]', 'scratch') },
    { name: 'ADD of an archive may unpack it', code: multi('ADD server.tar.gz /\nENTRYPOINT ["/server"]', 'scratch') },
    { name: 'a variable in the destination', code: multi('ARG DEST\nCOPY --from=build /out/server ${DEST}\nENTRYPOINT ["/server"]', 'scratch') },
    { name: 'a variable in the program', code: multi('COPY --from=build /out/server /server\nENTRYPOINT ["${APP}"]', 'scratch') },
    { name: 'copied in the stage the final one is built FROM', code: `${BUILD}\nFROM scratch AS base\nCOPY --from=build /out/server /server\n\nFROM base\nENTRYPOINT ["/server"]\n` },
    { name: 'ENTRYPOINT inherited from a base stage', code: `${BUILD}\nFROM scratch AS base\nENTRYPOINT ["/server"]\n\nFROM base\nCOPY --from=build /out/server /server\n` },
    { name: 'shell form is GD006\'s finding', code: multi('COPY --from=build /out/server /server\nENTRYPOINT /app', 'scratch') },
    { name: 'images with a shell are not judged', code: multi('ENTRYPOINT ["/app"]', 'alpine:3.20') },
    { name: 'distroless :debug has a shell', code: multi('ENTRYPOINT ["/app"]', 'gcr.io/distroless/static-debian12:debug') },
    { name: 'no command on an image that has one (distroless java)', code: multi('COPY --from=build /out/server /server', 'gcr.io/distroless/java17-debian12') },
    { name: 'no command on an image we know nothing about', code: multi('COPY --from=build /out/server /server', 'registry.example.com/runtime:1') },
    {
      name: 'FROM runtime-$TARGETARCH: one candidate holds the binary',
      code: `${BUILD}\nFROM scratch AS runtime-amd64\nCOPY --from=build /out/server /server\nFROM scratch AS runtime-arm64\nCOPY --from=build /out/server /server\n\nFROM runtime-$TARGETARCH\nENTRYPOINT ["/server"]\n`,
    },
  ],
  invalid: [
    {
      name: 'the binary is copied elsewhere',
      code: multi('COPY --from=build /out/server /server\nENTRYPOINT ["/app"]'),
      errors: [{ messageId: 'notCopied', line: 6, column: 12, endLine: 6, endColumn: 20 }],
      output: null,
    },
    {
      name: 'CMD with a relative path against another WORKDIR',
      code: multi('COPY --from=build /out/server /server\nWORKDIR /srv\nCMD ["./server"]', 'scratch'),
      errors: [{ messageId: 'notCopied', line: 7, column: 5 }],
      output: null,
    },
    {
      name: 'a bare name not on PATH',
      code: multi('COPY --from=build /out/server /server\nENTRYPOINT ["server"]', 'scratch'),
      errors: [{ messageId: 'notCopied', line: 6, column: 12 }],
      output: null,
    },
    {
      name: 'the binary went into a folder of that name',
      code: multi('COPY --from=build /out/server /app/\nENTRYPOINT ["/app"]', 'scratch'),
      errors: [{ messageId: 'notCopied', line: 6, column: 12 }],
      output: null,
    },
    {
      name: 'ENTRYPOINT wins over CMD',
      code: multi('COPY --from=build /out/server /server\nENTRYPOINT ["/srv/server"]\nCMD ["/server"]', 'cgr.dev/chainguard/static'),
      errors: [{ messageId: 'notCopied', line: 6, column: 12 }],
      output: null,
    },
    {
      name: 'no ENTRYPOINT or CMD on scratch',
      code: multi('COPY --from=build /out/server /server', 'scratch'),
      errors: [{ messageId: 'noCommand', line: 4, column: 6, endLine: 4, endColumn: 13 }],
      output: null,
    },
    {
      name: 'no ENTRYPOINT or CMD on distroless static',
      code: multi('COPY --from=build /out/server /server'),
      errors: [{ messageId: 'noCommand', line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'CRLF',
      code: crlf(multi('COPY --from=build /out/server /server\nENTRYPOINT ["/app"]', 'scratch')),
      errors: [{ messageId: 'notCopied', line: 6, column: 12, endColumn: 20 }],
      output: null,
    },
    {
      name: 'lower-case keywords, comments between instructions',
      code: 'from golang:1.23 as build\nrun go build -o /out/server .\n\nfrom scratch\n# the binary\ncopy --from=build /out/server /server\n# start it\nentrypoint ["/app"]\n',
      errors: [{ messageId: 'notCopied', line: 8, column: 12 }],
      output: null,
    },
    {
      name: 'ARG-resolved distroless',
      code: `ARG RUNTIME=gcr.io/distroless/static-debian12:nonroot\n${multi('COPY --from=build /out/server /server\nENTRYPOINT ["/app"]', '${RUNTIME}')}`,
      errors: [{ messageId: 'notCopied', line: 7, column: 12 }],
      output: null,
    },
    {
      name: 'FROM runtime-$TARGETARCH: no candidate holds it',
      code: `${BUILD}\nFROM scratch AS runtime-amd64\nFROM scratch AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/server /server\nENTRYPOINT ["/app"]\n`,
      errors: [{ messageId: 'notCopied', line: 9, column: 12 }],
      output: null,
    },
    {
      name: 'FROM runtime-$TARGETARCH without any command',
      code: `${BUILD}\nFROM scratch AS runtime-amd64\nFROM scratch AS runtime-arm64\n\nFROM runtime-$TARGETARCH\nCOPY --from=build /out/server /server\n`,
      errors: [{ messageId: 'noCommand', line: 7, column: 6, endColumn: 25 }],
      output: null,
    },
  ],
});
