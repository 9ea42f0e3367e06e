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
