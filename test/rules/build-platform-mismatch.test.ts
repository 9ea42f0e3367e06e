import rule from '../../src/rules/build-platform-mismatch';
import { GOOD, ruleTester } from '../support/rule-tester';

const BUILD_FROM = 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build';
const FINAL = '\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';

/** A builder on the build platform: `lines` after its FROM (line 2 on), then the final stage. */
const cross = (lines: string, from = BUILD_FROM) => `${from}\n${lines}\n${FINAL}`;

ruleTester(rule, {
  valid: [
    GOOD,
    cross('ARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .'),
    cross('ARG TARGETARCH\nRUN CGO_ENABLED=0 GOARCH=${TARGETARCH} go build -o /out/app .'),
    cross('ARG TARGETOS\nARG TARGETARCH\nENV GOOS=$TARGETOS GOARCH=$TARGETARCH\nRUN CGO_ENABLED=0 go build -o /out/app .'),
    cross('ARG TARGETARCH\nRUN export GOARCH=$TARGETARCH && CGO_ENABLED=0 go build -o /out/app .'),
    cross('ARG TARGETARCH\nRUN go env -w GOARCH=$TARGETARCH\nRUN CGO_ENABLED=0 go build -o /out/app .'),
    { name: 'GOARCH as a build argument whose default is TARGETARCH', code: cross('ARG TARGETARCH\nARG GOARCH=${TARGETARCH}\nRUN CGO_ENABLED=0 go build -o /out/app .') },
    { name: 'GOARCH from TARGETPLATFORM, worked out at build time', code: cross('ARG TARGETPLATFORM\nRUN GOARCH=$(echo $TARGETPLATFORM | cut -d/ -f2) CGO_ENABLED=0 go build -o /out/app .') },
    { name: 'a GOARCH of its own is a choice, not an oversight', code: cross('RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -o /out/app .') },
    { name: 'xx-go sets GOOS and GOARCH itself', code: cross('COPY --from=tonistiigi/xx:1.5.0 / /\nARG TARGETPLATFORM\nRUN CGO_ENABLED=0 xx-go build -o /out/app .') },
    { name: 'after xx-go --wrap, go is xx-go', code: cross('COPY --from=tonistiigi/xx:1.5.0 / /\nARG TARGETPLATFORM\nRUN xx-go --wrap\nRUN CGO_ENABLED=0 go build -o /out/app .') },
    { name: 'a tool built for the build machine does not ship', code: cross('ARG TARGETOS TARGETARCH\nRUN go install golang.org/x/tools/cmd/stringer@v0.20.0\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .') },
    { name: 'built on the target platform', code: cross('RUN CGO_ENABLED=0 go build -o /out/app .', 'FROM --platform=$TARGETPLATFORM golang:1.23 AS build') },
    { name: 'no --platform: built on the target platform (emulated)', code: cross('RUN CGO_ENABLED=0 go build -o /out/app .', 'FROM golang:1.23 AS build') },
    { name: 'a fixed platform is a choice', code: cross('RUN CGO_ENABLED=0 go build -o /out/app .', 'FROM --platform=linux/amd64 golang:1.23 AS build') },
    { name: 'a GOOS of another system is a release artifact, not the image\'s binary', code: cross('RUN CGO_ENABLED=0 GOOS=darwin go build -o /out/app .') },
    {
      name: 'a builder image picked by the target platform (a per-target cross toolchain) may set GOARCH itself',
      code: cross('RUN CGO_ENABLED=0 go build -o /out/app .', 'FROM --platform=$BUILDPLATFORM example/cross:1.23-${TARGETARCH} AS build'),
    },
    {
      name: 'the same, picked through global ARG defaults',
      code: `ARG DASHED=\${TARGETPLATFORM/\\//-}\nARG TOOLCHAIN=\${DASHED/arm\\/v7/arm-7}\n${cross('RUN CGO_ENABLED=0 go build -o /out/app .', 'FROM --platform=${BUILDPLATFORM} example/cross:1.23-${TOOLCHAIN} AS build')}`,
    },
    {
      name: 'a script whose builds set GOARCH, or build for other systems',
      code: `${BUILD_FROM}\nWORKDIR /src\nCOPY . .\nRUN ./scripts/build\n\nFROM scratch\nCOPY --from=build /src/bin/ /\nENTRYPOINT ["/app-amd64"]\n`,
      files: { 'scripts/build': '#!/bin/sh\nset -e\nCGO_ENABLED=0 GOARCH=amd64 go build -o bin/app-amd64 .\nCGO_ENABLED=0 GOARCH=arm64 go build -o bin/app-arm64 .\nif [ "$CROSS" = true ]; then\n    GOOS=darwin go build -o bin/app-darwin .\n    GOOS=windows go build -o bin/app-windows .\nfi\n' },
    },
    {
      name: 'the final image is built for the build machine too',
      code: `${BUILD_FROM}\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM --platform=$BUILDPLATFORM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
    },
  ],
  invalid: [
    {
      name: 'no GOOS/GOARCH: declares the platform arguments and builds for the target',
      code: cross('WORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -o /out/app .'),
      errors: [{ messageId: 'buildMachineBinary', line: 4, column: 19, endColumn: 27 }],
      output: cross('ARG TARGETOS TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -o /out/app .'),
    },
    {
      name: '${BUILDPLATFORM}, ARGs declared but not used: only the prefix',
      code: cross('ARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 go build -o /out/app .', 'FROM --platform=${BUILDPLATFORM} golang:1.23 AS build'),
      errors: [{ messageId: 'buildMachineBinary', line: 3, column: 19 }],
      output: cross('ARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .', 'FROM --platform=${BUILDPLATFORM} golang:1.23 AS build'),
    },
    {
      name: '${BUILDPLATFORM:-linux/amd64} is the build platform too',
      code: cross('RUN CGO_ENABLED=0 go build -o /out/app .', 'FROM --platform=${BUILDPLATFORM:-linux/amd64} golang:1.23 AS build'),
      errors: [{ messageId: 'buildMachineBinary', line: 2, column: 19 }],
      output: cross('ARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .', 'FROM --platform=${BUILDPLATFORM:-linux/amd64} golang:1.23 AS build'),
    },
    {
      name: '$BUILDOS/$BUILDARCH is the build platform too',
      code: cross('RUN CGO_ENABLED=0 go build -o /out/app .', 'FROM --platform=$BUILDOS/$BUILDARCH golang:1.23 AS build'),
      errors: [{ messageId: 'buildMachineBinary', line: 2, column: 19 }],
      output: cross('ARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .', 'FROM --platform=$BUILDOS/$BUILDARCH golang:1.23 AS build'),
    },
    {
      name: 'GOOS=linux without GOARCH: only GOARCH is added',
      code: cross('RUN CGO_ENABLED=0 GOOS=linux go build -o /out/app .'),
      errors: [{ messageId: 'buildMachineBinary', line: 2, column: 30 }],
      output: cross('ARG TARGETARCH\nRUN CGO_ENABLED=0 GOOS=linux GOARCH=$TARGETARCH go build -o /out/app .'),
    },
    {
      name: 'GOARCH=$TARGETARCH without ARG TARGETARCH is empty: the ARG is declared',
      code: cross('RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .'),
      errors: [{ messageId: 'undeclaredTarget', line: 2, column: 34, endColumn: 52 }],
      output: cross('ARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .'),
    },
    {
      name: 'ARG TARGETARCH declared after the RUN does not count',
      code: cross('RUN CGO_ENABLED=0 GOARCH=$TARGETARCH go build -o /out/app .\nARG TARGETARCH'),
      errors: [{ messageId: 'undeclaredTarget', line: 2, column: 19 }],
      output: cross('ARG TARGETARCH\nRUN CGO_ENABLED=0 GOARCH=$TARGETARCH go build -o /out/app .\nARG TARGETARCH'),
    },
    {
      name: 'a stage built FROM a build-platform stage runs there too: the ARG goes into the stage of the RUN',
      code: `FROM --platform=$BUILDPLATFORM golang:1.23 AS base\nWORKDIR /src\n\nFROM base AS build\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n${FINAL}`,
      errors: [{ messageId: 'buildMachineBinary', line: 6, column: 19 }],
      output: `FROM --platform=$BUILDPLATFORM golang:1.23 AS base\nWORKDIR /src\n\nFROM base AS build\nARG TARGETOS TARGETARCH\nCOPY . .\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n${FINAL}`,
    },
    {
      name: 'a continued RUN with a cache mount, in lower case, with CRLF',
      code: 'from --platform=$BUILDPLATFORM golang:1.23 as build\r\nrun --mount=type=cache,target=/root/.cache/go-build \\\r\n    CGO_ENABLED=0 go build -o /out/app .\r\n\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\nentrypoint ["/app"]\r\n',
      errors: [{ messageId: 'buildMachineBinary', line: 3, column: 19 }],
      output: 'from --platform=$BUILDPLATFORM golang:1.23 as build\r\narg TARGETOS TARGETARCH\r\nrun --mount=type=cache,target=/root/.cache/go-build \\\r\n    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\r\n\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\nentrypoint ["/app"]\r\n',
    },
    {
      name: 'exec-form RUN: no shell expands $TARGETARCH, no fix',
      code: cross('ENV CGO_ENABLED=0\nRUN ["go", "build", "-o", "/out/app", "."]'),
      errors: [{ messageId: 'buildMachineBinary', line: 3, column: 6 }],
      output: null,
    },
    {
      name: 'cgo on purpose: a cross build needs a C cross compiler, no fix',
      code: cross('RUN CGO_ENABLED=1 go build -o /out/app .', BUILD_FROM).replace('static-debian12', 'base-debian12'),
      errors: [{ messageId: 'buildMachineBinary', line: 2, column: 19 }],
      output: null,
    },
    {
      name: 'the go command in a script the RUN runs: reported there, with no fix (the Dockerfile\'s text is not the script\'s)',
      code: `${BUILD_FROM}\nWORKDIR /src\nCOPY . .\nRUN curl -fsSL "https://example.com/dl/tool_v1.2.3_linux_amd64.tar.gz" | tar -xz -C /usr/local/bin && ./scripts/build\n\nFROM scratch\nCOPY --from=build /src/bin/app /app\nENTRYPOINT ["/app"]\n`,
      files: { 'scripts/build': '#!/bin/sh\nset -e\nmkdir -p bin\nCGO_ENABLED=0 go build -o bin/app .\n' },
      errors: [{ messageId: 'buildMachineBinary', file: 'scripts/build', line: 4, column: 15, endColumn: 23, fixTitle: null, message: 'not fixed automatically: the go command is in scripts/build' }],
      output: null,
    },
    {
      name: 'a curl URL before the go command on the same line: only the go command gets the prefix',
      code: cross('RUN curl -fsSL "https://example.com/dl/kustomize_v5.5.0_linux_amd64.tar.gz" | tar -xz -C /usr/local/bin && CGO_ENABLED=0 go build -o /out/app .'),
      errors: [{ messageId: 'buildMachineBinary', line: 2, column: 122, endColumn: 130 }],
      output: cross('ARG TARGETOS TARGETARCH\nRUN curl -fsSL "https://example.com/dl/kustomize_v5.5.0_linux_amd64.tar.gz" | tar -xz -C /usr/local/bin && CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .'),
    },
    {
      name: 'two shipped builds on one line: each go command gets its own prefix',
      code: `${BUILD_FROM}\nRUN CGO_ENABLED=0 go build -o /out/app ./cmd/app && CGO_ENABLED=0 go build -o /out/cli ./cmd/cli\n\nFROM scratch\nCOPY --from=build /out/ /bin/\nENTRYPOINT ["/bin/app"]\n`,
      errors: [
        { messageId: 'buildMachineBinary', line: 2, column: 19 },
        { messageId: 'buildMachineBinary', line: 2, column: 67 },
      ],
      output: `${BUILD_FROM}\nARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app && CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/cli ./cmd/cli\n\nFROM scratch\nCOPY --from=build /out/ /bin/\nENTRYPOINT ["/bin/app"]\n`,
    },
    {
      name: 'the go command runs through a wrapper: a prefix after it would be the command it runs, no fix',
      code: cross('RUN CGO_ENABLED=0 time go build -o /out/app .'),
      errors: [{ messageId: 'buildMachineBinary', line: 2, column: 24, fixTitle: null, message: 'not fixed automatically: the go command runs through `time`' }],
      output: null,
    },
    {
      name: 'after env and its assignments the prefix is still one of env\'s',
      code: cross('RUN env CGO_ENABLED=0 go build -o /out/app .'),
      errors: [{ messageId: 'buildMachineBinary', line: 2, column: 23 }],
      output: cross('ARG TARGETOS TARGETARCH\nRUN env CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .'),
    },
    {
      name: 'two shipped builds in one stage: one ARG line for both',
      code: `${BUILD_FROM}\nRUN CGO_ENABLED=0 go build -o /out/app ./cmd/app\nRUN CGO_ENABLED=0 go build -o /out/cli ./cmd/cli\n\nFROM scratch\nCOPY --from=build /out/ /bin/\nENTRYPOINT ["/bin/app"]\n`,
      errors: [
        { messageId: 'buildMachineBinary', line: 2, column: 19 },
        { messageId: 'buildMachineBinary', line: 3, column: 19 },
      ],
      output: `${BUILD_FROM}\nARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/cli ./cmd/cli\n\nFROM scratch\nCOPY --from=build /out/ /bin/\nENTRYPOINT ["/bin/app"]\n`,
    },
  ],
});
