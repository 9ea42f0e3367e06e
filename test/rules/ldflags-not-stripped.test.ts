import rule from '../../src/rules/ldflags-not-stripped';
import { GOOD, ruleTester } from '../support/rule-tester';

/** A builder stage whose 4th line is `run`, copied into a distroless final image. */
const multi = (run: string, builder = 'golang:1.23') =>
  `FROM ${builder} AS build\nWORKDIR /src\nCOPY . .\n${run}\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

ruleTester(rule, {
  valid: [
    GOOD,
    multi('RUN CGO_ENABLED=0 go build -ldflags "-s -w" -o /out/app .'),
    multi('ARG V\nRUN go build -ldflags="-w -s -X main.v=${V}" -o /out/app .'),
    { name: '-s alone implies -w since Go 1.22', code: multi('RUN go build -ldflags=-s -o /out/app .') },
    { name: 'golang without a version is current Go: -s implies -w', code: multi('RUN go build -ldflags=-s -o /out/app .', 'golang:bookworm') },
    multi('RUN go build --ldflags="-s -w" -o /out/app .'),
    multi("RUN go build -ldflags='-s -w' -o /out/app ."),
    multi('RUN go build -ldflags "-s=true -w=1" -o /out/app .'),
    { name: 'double-dash linker flags', code: multi('RUN go build -ldflags "--s --w" -o /out/app .', 'golang:1.21') },
    { name: 'explicit -w=0 keeps DWARF on purpose', code: multi('RUN go build -ldflags "-s -w=0" -o /out/app .', 'golang:1.21') },
    { name: 'explicit -s=false keeps the symbol table on purpose', code: multi('RUN go build -ldflags "-s=false -w" -o /out/app .') },
    { name: 'GOFLAGS -ldflags=-s on Go 1.23', code: multi('ENV GOFLAGS="-ldflags=-s -trimpath"\nRUN go build -o /out/app .') },
    { name: 'ldflags from an ARG default', code: multi('ARG LDFLAGS="-s -w"\nRUN go build -ldflags "$LDFLAGS" -o /out/app .') },
    { name: 'ldflags from an ARG default, -ldflags= spelling', code: multi('ARG LDFLAGS="-s -w"\nRUN go build -ldflags=$LDFLAGS -o /out/app .') },
    { name: 'ldflags from a build arg without default: unknown', code: multi('ARG LDFLAGS\nRUN go build -ldflags "${LDFLAGS}" -o /out/app .') },
    { name: 'unknown build arg among known flags: unknown', code: multi('ARG EXTRA\nRUN go build -ldflags "-X main.v=1 $EXTRA" -o /out/app .') },
    { name: 'GOFLAGS from a build arg without default: unknown', code: multi('ARG GOFLAGS\nRUN go build -o /out/app .') },
    { name: 'command line -ldflags wins over GOFLAGS', code: multi('ENV GOFLAGS=-ldflags=-X=main.v=1\nRUN go build -ldflags="-s -w" -o /out/app .') },
    { name: 'tool built in the builder and never copied', code: multi('RUN go install golang.org/x/tools/cmd/stringer@v0.20.0\nRUN go build -ldflags="-s -w" -o /out/app .') },
    { name: 'binary not copied: the final stage copies another file', code: multi('RUN go build -o /out/tool ./cmd/tool\nRUN go build -ldflags="-s -w" -o /out/app .') },
    { name: 'test stage never reaches the final image', code: 'FROM golang:1.23 AS test\nCOPY . .\nRUN go build ./...\n\nFROM golang:1.23 AS build\nCOPY . .\nRUN go build -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\n' },
    { name: 'heredoc', code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN <<EOF\nset -e\ngo build -ldflags="-s -w" -o /out/app .\nEOF\n\nFROM scratch\nCOPY --from=build /out/app /app\n' },
    { name: 'lower-case keywords', code: 'from golang:1.23 as build\nworkdir /src\ncopy . .\nrun go build -ldflags "-s -w" -o /out/app .\nfrom scratch\ncopy --from=build /out/app /app\n' },
    { name: 'continuation with a comment line inside the value', code: multi('RUN go build \\\n    # strip\n    -ldflags="-s -w" \\\n    -o /out/app .') },
  ],
  invalid: [
    {
      name: 'no -ldflags at all',
      code: multi('RUN CGO_ENABLED=0 go build -trimpath -o /out/app .'),
      errors: [{ messageId: 'missing', line: 4, column: 19, endLine: 4, endColumn: 27 }],
      output: multi('RUN CGO_ENABLED=0 go build -ldflags="-s -w" -trimpath -o /out/app .'),
    },
    {
      name: '-X only, double quotes, keeps ${VERSION}',
      code: multi('ARG VERSION\nRUN go build -ldflags "-X main.version=${VERSION}" -o /out/app .'),
      errors: [{ messageId: 'partial', line: 5, column: 14, endLine: 5, endColumn: 51 }],
      output: multi('ARG VERSION\nRUN go build -ldflags "-s -w -X main.version=${VERSION}" -o /out/app .'),
    },
    {
      name: '-X only, single quotes',
      code: multi("RUN go build -ldflags '-X main.version=1' -o /out/app ."),
      errors: [{ messageId: 'partial', line: 4, column: 14 }],
      output: multi("RUN go build -ldflags '-s -w -X main.version=1' -o /out/app ."),
    },
    {
      name: '-ldflags= with a quoted value',
      code: multi('RUN go build -ldflags="-X main.version=1" -o /out/app .'),
      errors: [{ messageId: 'partial', line: 4, column: 14, endLine: 4, endColumn: 42 }],
      output: multi('RUN go build -ldflags="-s -w -X main.version=1" -o /out/app .'),
    },
    {
      name: 'the whole flag quoted',
      code: multi('RUN go build "-ldflags=-X main.version=1" -o /out/app .'),
      errors: [{ messageId: 'partial', line: 4, column: 14 }],
      output: multi('RUN go build "-ldflags=-s -w -X main.version=1" -o /out/app .'),
    },
    {
      name: '-ldflags=-s on Go 1.21: -s does not imply -w yet',
      code: multi('RUN go build -ldflags=-s -o /out/app .', 'golang:1.21'),
      errors: [{ messageId: 'partial', line: 4, column: 14, endLine: 4, endColumn: 25 }],
      output: multi('RUN go build -ldflags="-w -s" -o /out/app .', 'golang:1.21'),
    },
    {
      name: '-ldflags=-s on golang:alpine3.16, which stopped at Go 1.20.4',
      code: multi('RUN go build -ldflags=-s -o /out/app .', 'golang:alpine3.16'),
      errors: [{ messageId: 'partial', line: 4, column: 14 }],
      output: multi('RUN go build -ldflags="-w -s" -o /out/app .', 'golang:alpine3.16'),
    },
    {
      name: '-w only',
      code: multi('RUN go build -ldflags "-w" -o /out/app .'),
      errors: [{ messageId: 'partial', line: 4, column: 14 }],
      output: multi('RUN go build -ldflags "-s -w" -o /out/app .'),
    },
    {
      name: '--ldflags spelling',
      code: multi('RUN go build --ldflags "-X main.v=1" -o /out/app .'),
      errors: [{ messageId: 'partial', line: 4, column: 14 }],
      output: multi('RUN go build --ldflags "-s -w -X main.v=1" -o /out/app .'),
    },
    {
      name: 'empty -ldflags=',
      code: multi('RUN go build -ldflags= -o /out/app .'),
      errors: [{ messageId: 'partial', line: 4, column: 14 }],
      output: multi('RUN go build -ldflags="-s -w" -o /out/app .'),
    },
    {
      name: 'GOFLAGS without -ldflags',
      code: multi('ENV GOFLAGS=-trimpath\nRUN go build -o /out/app .'),
      errors: [{ messageId: 'missing', line: 5, column: 5 }],
      output: multi('ENV GOFLAGS=-trimpath\nRUN go build -ldflags="-s -w" -o /out/app .'),
    },
    {
      name: 'GOFLAGS -ldflags=-s on Go 1.21: reported, no fix (the value lives in GOFLAGS)',
      code: multi('ENV GOFLAGS="-ldflags=-s -trimpath"\nRUN go build -o /out/app .', 'golang:1.21'),
      errors: [{ messageId: 'partial', line: 5, column: 5, endLine: 5, endColumn: 13 }],
      output: null,
    },
    {
      name: 'go install into /go/bin, copied to the final image',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go install ./cmd/app\n\nFROM scratch\nCOPY --from=build /go/bin/app /app\n',
      errors: [{ messageId: 'missing', line: 4, column: 5, endColumn: 15 }],
      output: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go install -ldflags="-s -w" ./cmd/app\n\nFROM scratch\nCOPY --from=build /go/bin/app /app\n',
    },
    {
      name: 'heredoc body',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN <<EOF\nset -e\nCGO_ENABLED=0 go build -o /out/app .\nEOF\n\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'missing', line: 6, column: 15 }],
      output: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN <<EOF\nset -e\nCGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app .\nEOF\n\nFROM scratch\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'continuation with a comment line, value on a later line',
      code: multi('RUN go build \\\n    # version stamp\n    -ldflags "-X main.v=1" \\\n    -o /out/app .'),
      errors: [{ messageId: 'partial', line: 6, column: 5 }],
      output: multi('RUN go build \\\n    # version stamp\n    -ldflags "-s -w -X main.v=1" \\\n    -o /out/app .'),
    },
    {
      name: 'value spanning a continuation',
      code: multi('RUN go build -ldflags "-X main.v=1 \\\n    -X main.c=2" -o /out/app .'),
      errors: [{ messageId: 'partial', line: 4, column: 14, endLine: 5, endColumn: 17 }],
      output: multi('RUN go build -ldflags "-s -w -X main.v=1 \\\n    -X main.c=2" -o /out/app .'),
    },
    {
      name: 'CRLF file keeps CRLF',
      code: 'FROM golang:1.23 AS build\r\nWORKDIR /src\r\nCOPY . .\r\nRUN go build \\\r\n    -o /out/app .\r\nFROM scratch\r\nCOPY --from=build /out/app /app\r\n',
      errors: [{ messageId: 'missing', line: 4, column: 5 }],
      output: 'FROM golang:1.23 AS build\r\nWORKDIR /src\r\nCOPY . .\r\nRUN go build -ldflags="-s -w" \\\r\n    -o /out/app .\r\nFROM scratch\r\nCOPY --from=build /out/app /app\r\n',
    },
    {
      name: 'lower-case keywords',
      code: 'from golang:1.23 as build\nworkdir /src\ncopy . .\nrun go build -o /out/app .\nfrom scratch\ncopy --from=build /out/app /app\n',
      errors: [{ messageId: 'missing', line: 4, column: 5 }],
      output: 'from golang:1.23 as build\nworkdir /src\ncopy . .\nrun go build -ldflags="-s -w" -o /out/app .\nfrom scratch\ncopy --from=build /out/app /app\n',
    },
    {
      name: 'the final stage is the builder',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN env GOOS=linux go build -o /usr/local/bin/app .\nENTRYPOINT ["app"]\n',
      errors: [{ messageId: 'missing', line: 4, column: 20 }],
      output: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN env GOOS=linux go build -ldflags="-s -w" -o /usr/local/bin/app .\nENTRYPOINT ["app"]\n',
    },
    {
      name: 'xx-go cross-compiling wrapper',
      code: multi('RUN xx-go build -ldflags "-w" -o /out/app .'),
      errors: [{ messageId: 'partial', line: 4, column: 17, endColumn: 30 }],
      output: multi('RUN xx-go build -ldflags "-s -w" -o /out/app .'),
    },
    {
      name: 'explicit -s=false is kept, -w is still missing',
      code: multi('RUN go build -ldflags "-s=false" -o /out/app .'),
      errors: [{ messageId: 'partial', line: 4, column: 14 }],
      output: multi('RUN go build -ldflags "-w -s=false" -o /out/app .'),
    },
    {
      name: 'mixed quoting cannot be edited safely: reported without fix',
      code: multi('RUN go build -ldflags "-X main.a=1"\' -X main.b=2\' -o /out/app .'),
      errors: [{ messageId: 'partial', line: 4, column: 14 }],
      output: null,
    },
    {
      name: 'two shipped builds in one RUN',
      code: 'FROM golang:1.23 AS build\nCOPY . .\nRUN go build -o /out/a ./cmd/a && go build -ldflags=-w -o /out/b ./cmd/b\nFROM scratch\nCOPY --from=build /out/ /bin/\n',
      errors: [
        { messageId: 'missing', line: 3, column: 5 },
        { messageId: 'partial', line: 3, column: 44, endColumn: 55 },
      ],
      output: 'FROM golang:1.23 AS build\nCOPY . .\nRUN go build -ldflags="-s -w" -o /out/a ./cmd/a && go build -ldflags="-s -w" -o /out/b ./cmd/b\nFROM scratch\nCOPY --from=build /out/ /bin/\n',
    },
  ],
});
