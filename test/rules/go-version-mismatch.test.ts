import rule from '../../src/rules/go-version-mismatch';
import { GOOD, ruleTester } from '../support/rule-tester';

const goMod = (version: string) => `module example.com/app\n\ngo ${version}\n\nrequire github.com/google/uuid v1.6.0\n`;
const DIGEST = 'sha256:2bcae7a7a8d7bd4d6b0a4ba1b3e9e1c9c5d6f8f3e2c1b0a9f8e7d6c5b4a3f2e1';

/** A builder on `builder` (line 1), copied into a distroless final image. */
const df = (builder: string, run = 'RUN CGO_ENABLED=0 go build -o /out/app .') =>
  `FROM ${builder} AS build\nWORKDIR /src\nCOPY . .\n${run}\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

ruleTester(rule, {
  valid: [
    { name: 'no go.mod: nothing to compare', code: df('golang:1.20') },
    { name: 'golang:1.23 floats to the newest 1.23.x', code: GOOD, goMod: goMod('1.23.4') },
    { code: df('golang:1.23'), goMod: goMod('1.23') },
    { code: df('golang:1.24-alpine'), goMod: goMod('1.23.1') },
    { code: df('golang:1.23.4-bookworm'), goMod: goMod('1.23.4') },
    { name: 'golang:1 floats to the newest 1.x', code: df('golang:1'), goMod: goMod('1.23.1') },
    { name: 'no version in the tag (GD013 reports that)', code: df('golang:alpine'), goMod: goMod('1.23.1') },
    { name: 'ARG default new enough', code: `ARG GO_VERSION=1.23\n${df('golang:${GO_VERSION}')}`, goMod: goMod('1.23.1') },
    { name: 'build argument without default', code: `ARG GO_VERSION\n${df('golang:${GO_VERSION}')}`, goMod: goMod('1.23.1') },
    { name: 'an old golang stage that runs no Go command', code: 'FROM golang:1.20 AS gofmt\nFROM scratch\nCOPY --from=gofmt /usr/local/go/bin/gofmt /gofmt\n', goMod: goMod('1.23.1') },
    { name: 'GOTOOLCHAIN=auto downloads the toolchain go.mod asks for', code: df('golang:1.22', 'ENV GOTOOLCHAIN=auto\nRUN go build -o /out/app .'), goMod: goMod('1.23.1') },
    { name: 'GOTOOLCHAIN naming a new enough toolchain', code: df('golang:1.22', 'ENV GOTOOLCHAIN=go1.23.4\nRUN go build -o /out/app .'), goMod: goMod('1.23.1') },
    { name: 'not a golang image', code: df('debian:12', 'RUN apt-get install -y golang && go build -o /out/app .'), goMod: goMod('1.23.1') },
  ],
  invalid: [
    {
      name: 'golang:1.22 vs go 1.23.1',
      code: df('golang:1.22'),
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6, endLine: 1, endColumn: 17 }],
      output: null,
      unsafeOutput: df('golang:1.23'),
    },
    {
      name: 'keeps the -alpine suffix',
      code: df('golang:1.21-alpine3.20'),
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6, endColumn: 28 }],
      output: null,
      unsafeOutput: df('golang:1.23-alpine3.20'),
    },
    {
      name: 'patch-pinned tag older than go.mod: raised to the exact version',
      code: df('golang:1.23.1'),
      goMod: goMod('1.23.4'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6 }],
      output: null,
      unsafeOutput: df('golang:1.23.4'),
    },
    {
      name: 'patch-pinned with a suffix',
      code: df('golang:1.22.5-bookworm'),
      goMod: goMod('1.23'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6 }],
      output: null,
      unsafeOutput: df('golang:1.23-bookworm'),
    },
    {
      name: 'the version comes from an ARG default: the default is raised',
      code: `ARG GO_VERSION=1.21\n${df('golang:${GO_VERSION}')}`,
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 2, column: 6, endColumn: 26 }],
      output: null,
      unsafeOutput: `ARG GO_VERSION=1.23\n${df('golang:${GO_VERSION}')}`,
    },
    {
      name: 'quoted ARG default with a suffix in FROM',
      code: `ARG GO_VERSION="1.21"\n${df('golang:$GO_VERSION-alpine')}`,
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 2, column: 6 }],
      output: null,
      unsafeOutput: `ARG GO_VERSION="1.23"\n${df('golang:$GO_VERSION-alpine')}`,
    },
    {
      name: 'ARG whose name is a prefix of another is not confused',
      code: `ARG GO=1.23\nARG GO_VERSION=1.21\n${df('golang:${GO_VERSION}')}`,
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 3, column: 6 }],
      output: null,
      unsafeOutput: `ARG GO=1.23\nARG GO_VERSION=1.23\n${df('golang:${GO_VERSION}')}`,
    },
    {
      name: 'pinned by digest: the tag alone cannot be raised',
      code: df(`golang:1.22@${DIGEST}`),
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6 }],
      output: null,
    },
    {
      name: 'Go runs in a stage built FROM the old one',
      code: 'FROM golang:1.22 AS base\nWORKDIR /src\n\nFROM base AS build\nCOPY . .\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\n',
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23 AS base\nWORKDIR /src\n\nFROM base AS build\nCOPY . .\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'GOTOOLCHAIN=local (as the image sets it)',
      code: df('golang:1.22', 'ENV GOTOOLCHAIN=local\nRUN go build -o /out/app .'),
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6 }],
      output: null,
      unsafeOutput: df('golang:1.23', 'ENV GOTOOLCHAIN=local\nRUN go build -o /out/app .'),
    },
    {
      name: 'GOTOOLCHAIN naming a toolchain still too old',
      code: df('golang:1.22', 'ENV GOTOOLCHAIN=go1.22.5\nRUN go build -o /out/app .'),
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6 }],
      output: null,
      unsafeOutput: df('golang:1.23', 'ENV GOTOOLCHAIN=go1.22.5\nRUN go build -o /out/app .'),
    },
    {
      name: 'go mod download alone fails too; heredoc',
      code: 'FROM golang:1.22 AS deps\nCOPY go.mod go.sum ./\nRUN <<EOF\ngo mod download\nEOF\n',
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23 AS deps\nCOPY go.mod go.sum ./\nRUN <<EOF\ngo mod download\nEOF\n',
    },
    {
      name: 'lower-case keywords, CRLF',
      code: 'from golang:1.22 as build\r\nrun go build -o /out/app .\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\n',
      goMod: goMod('1.23.1'),
      errors: [{ messageId: 'tooOld', line: 1, column: 6 }],
      output: null,
      unsafeOutput: 'from golang:1.23 as build\r\nrun go build -o /out/app .\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\n',
    },
  ],
});
