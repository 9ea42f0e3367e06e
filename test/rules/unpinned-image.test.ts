import rule from '../../src/rules/unpinned-image';
import { GOOD, ruleTester } from '../support/rule-tester';

const GO_MOD = 'module example.com/app\n\ngo 1.22.5\n';

/** A Dockerfile whose builder image is `builder` (line 1) and final image `final` (line 6). */
const df = (builder: string, final = 'gcr.io/distroless/static-debian12:nonroot') =>
  `FROM ${builder} AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM ${final}\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

ruleTester(rule, {
  valid: [
    GOOD,
    df('golang:1.23-alpine'),
    df('golang:1.23.4-bookworm'),
    df('golang:1'),
    { name: 'digest without tag', code: df('golang@sha256:2bcae7a7a8d7bd4d6b0a4ba1b3e9e1c9c5d6f8f3e2c1b0a9f8e7d6c5b4a3f2e1') },
    { name: 'latest with a digest is pinned', code: df('golang:latest@sha256:2bcae7a7a8d7bd4d6b0a4ba1b3e9e1c9c5d6f8f3e2c1b0a9f8e7d6c5b4a3f2e1') },
    { name: 'scratch', code: df('golang:1.23', 'scratch') },
    { name: 'stage names are not images', code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM build AS test\nRUN go test ./...\nFROM scratch\nCOPY --from=build /out/app /app\n' },
    { name: 'stage names match case-insensitively', code: 'FROM golang:1.23 AS Base\nFROM base\n' },
    { name: 'ARG-resolved tag', code: 'ARG GO=1.23\nFROM golang:${GO} AS build\nFROM scratch\n' },
    { name: 'ARG-resolved tag with a suffix', code: 'ARG GO_VERSION=1.23\nFROM golang:${GO_VERSION}-alpine AS build\nFROM scratch\n' },
    { name: 'unresolvable tag: a build argument without default', code: 'ARG GO\nFROM golang:${GO} AS build\nFROM scratch\n' },
    { name: 'unresolvable image', code: 'ARG BASE\nFROM ${BASE}\n' },
    { name: 'non-golang images may float on an OS tag', code: df('golang:1.23', 'alpine:3.20') },
    { name: 'debian codename tag', code: df('golang:1.23', 'debian:bookworm-slim') },
    { name: 'golang tip builds are not a release', code: df('golang:tip') },
    { name: 'go.mod does not matter when pinned', code: df('golang:1.21'), goMod: GO_MOD },
  ],
  invalid: [
    {
      name: 'golang without tag, go.mod unknown: no fix',
      code: df('golang'),
      errors: [{ messageId: 'noTag', line: 1, column: 6, endLine: 1, endColumn: 12 }],
      output: null,
    },
    {
      name: 'golang without tag, go.mod known: unsafe pin to its minor version',
      code: df('golang'),
      goMod: GO_MOD,
      errors: [{ messageId: 'noTag', line: 1, column: 6 }],
      output: null,
      unsafeOutput: df('golang:1.22'),
    },
    {
      name: 'golang:latest',
      code: df('golang:latest'),
      goMod: GO_MOD,
      errors: [{ messageId: 'latest', line: 1, column: 6, endColumn: 19 }],
      output: null,
      unsafeOutput: df('golang:1.22'),
    },
    {
      name: 'golang:alpine keeps its flavour',
      code: df('golang:alpine'),
      goMod: GO_MOD,
      errors: [{ messageId: 'floating', line: 1, column: 6, endColumn: 19 }],
      output: null,
      unsafeOutput: df('golang:1.22-alpine'),
    },
    {
      name: 'golang:bookworm',
      code: df('golang:bookworm'),
      goMod: GO_MOD,
      errors: [{ messageId: 'floating', line: 1, column: 6 }],
      output: null,
      unsafeOutput: df('golang:1.22-bookworm'),
    },
    {
      name: 'go line that is not a version: no fix',
      code: df('golang'),
      goMod: 'module example.com/app\n\ngo 1.x\n',
      errors: [{ messageId: 'noTag', line: 1, column: 6 }],
      output: null,
    },
    {
      name: 'golang:alpine3.20, go.mod unknown',
      code: df('golang:alpine3.20'),
      errors: [{ messageId: 'floating', line: 1, column: 6 }],
      output: null,
    },
    {
      name: 'registry-qualified golang',
      code: df('docker.io/library/golang:latest'),
      goMod: GO_MOD,
      errors: [{ messageId: 'latest', line: 1, column: 6 }],
      output: null,
      unsafeOutput: df('docker.io/library/golang:1.22'),
    },
    {
      name: 'with --platform',
      code: 'FROM --platform=$BUILDPLATFORM golang AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      goMod: GO_MOD,
      errors: [{ messageId: 'noTag', line: 1, column: 32, endColumn: 38 }],
      output: null,
      unsafeOutput: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'non-golang final image without tag: no fix',
      code: df('golang:1.23', 'alpine'),
      goMod: GO_MOD,
      errors: [{ messageId: 'noTag', line: 6, column: 6 }],
      output: null,
    },
    {
      name: 'distroless :latest',
      code: df('golang:1.23', 'gcr.io/distroless/static-debian12:latest'),
      errors: [{ messageId: 'latest', line: 6, column: 6, endColumn: 46 }],
      output: null,
    },
    {
      name: 'latest from an ARG default: reported, the fix would have to edit the ARG',
      code: 'ARG GO=latest\nFROM golang:${GO} AS build\nFROM scratch\n',
      goMod: GO_MOD,
      errors: [{ messageId: 'latest', line: 2, column: 6, endColumn: 18 }],
      output: null,
    },
    {
      name: 'both stages',
      code: df('golang', 'debian'),
      goMod: GO_MOD,
      errors: [
        { messageId: 'noTag', line: 1, column: 6 },
        { messageId: 'noTag', line: 6, column: 6 },
      ],
      output: null,
      unsafeOutput: df('golang:1.22', 'debian'),
    },
    {
      name: 'lower-case keywords, CRLF',
      code: 'from golang:alpine as build\r\nrun go build -o /out/app .\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\n',
      goMod: GO_MOD,
      errors: [{ messageId: 'floating', line: 1, column: 6 }],
      output: null,
      unsafeOutput: 'from golang:1.22-alpine as build\r\nrun go build -o /out/app .\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\n',
    },
  ],
});
