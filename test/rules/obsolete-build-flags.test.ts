import rule from '../../src/rules/obsolete-build-flags';
import { GOOD, ruleTester } from '../support/rule-tester';

/** A builder stage whose 4th line is `run`, copied into a distroless final image. */
const multi = (run: string) =>
  `FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n${run}\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

ruleTester(rule, {
  valid: [
    { name: 'Go 1.9: -a -installsuffix cgo still keep the standard library static', code: 'FROM golang:1.9 AS build\nCOPY . /go/src/app\nRUN cd /go/src/app && CGO_ENABLED=0 go build -a -installsuffix cgo -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n' },
    GOOD,
    { name: 'cgo on by default: -extldflags -static links statically', code: multi('RUN go build -a -installsuffix cgo -ldflags \'-extldflags "-static"\' -o /out/app .') },
    { name: 'explicit cgo on', code: multi('RUN CGO_ENABLED=1 go build -a -ldflags \'-linkmode external -extldflags "-static"\' -o /out/app .') },
    { name: 'cgo hidden by a build arg', code: multi('ARG CGO\nRUN CGO_ENABLED=$CGO go build -a -o /out/app .') },
    { name: 'other -extldflags are not "-static"', code: multi('RUN CGO_ENABLED=0 go build -ldflags "-extldflags -static-pie" -o /out/app .') },
    { name: '-a as a package path after the flags is not a flag', code: multi('RUN CGO_ENABLED=0 go build -o /out/app ./a') },
    { name: 'a -tags value that is not -a', code: multi('RUN CGO_ENABLED=0 go build -tags a -o /out/app .') },
    { name: 'not a go build', code: multi('RUN CGO_ENABLED=0 go vet -a ./...\nRUN CGO_ENABLED=0 go build -o /out/app .') },
    { name: 'GOFLAGS -extldflags: nothing on the command line to remove', code: multi('ENV CGO_ENABLED=0 GOFLAGS=-ldflags=-extldflags=-static\nRUN go build -o /out/app .') },
  ],
  invalid: [
    {
      name: '-a with cgo off',
      code: multi('RUN CGO_ENABLED=0 go build -a -o /out/app .'),
      errors: [{ messageId: 'forceRebuild', line: 4, column: 28, endLine: 4, endColumn: 30 }],
      output: multi('RUN CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: '-installsuffix cgo',
      code: multi('ENV CGO_ENABLED=0\nRUN go build -installsuffix cgo -o /out/app .'),
      errors: [{ messageId: 'installSuffix', line: 5, column: 14, endLine: 5, endColumn: 32 }],
      output: multi('ENV CGO_ENABLED=0\nRUN go build -o /out/app .'),
    },
    {
      name: '-installsuffix=cgo',
      code: multi('RUN CGO_ENABLED=0 go build -installsuffix=cgo -o /out/app .'),
      errors: [{ messageId: 'installSuffix', line: 4, column: 28, endColumn: 46 }],
      output: multi('RUN CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: 'the classic recipe: -a -installsuffix cgo and -extldflags "-static"',
      code: multi('RUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -ldflags \'-s -w -extldflags "-static"\' -o /out/app .'),
      errors: [
        { messageId: 'forceRebuild', line: 4, column: 39 },
        { messageId: 'installSuffix', line: 4, column: 42 },
        { messageId: 'extStatic', line: 4, column: 77, endLine: 4, endColumn: 98 },
      ],
      output: multi("RUN CGO_ENABLED=0 GOOS=linux go build -ldflags '-s -w' -o /out/app ."),
    },
    {
      name: '-extldflags first in the value: the rest of -ldflags stays',
      code: multi('RUN CGO_ENABLED=0 go build -ldflags "-extldflags \'-static\' -s -w -X main.v=1" -o /out/app .'),
      errors: [{ messageId: 'extStatic', line: 4, column: 38, endColumn: 59 }],
      output: multi('RUN CGO_ENABLED=0 go build -ldflags "-s -w -X main.v=1" -o /out/app .'),
    },
    {
      name: '-extldflags=-static inside -ldflags=',
      code: multi('RUN CGO_ENABLED=0 go build -ldflags="-s -w -extldflags=-static" -o /out/app .'),
      errors: [{ messageId: 'extStatic', line: 4, column: 44, endColumn: 63 }],
      output: multi('RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app .'),
    },
    {
      name: 'escaped double quotes',
      code: multi('RUN CGO_ENABLED=0 go build -ldflags "-w -s -extldflags \\"-static\\"" -o /out/app .'),
      errors: [{ messageId: 'extStatic', line: 4, column: 44 }],
      output: multi('RUN CGO_ENABLED=0 go build -ldflags "-w -s" -o /out/app .'),
    },
    {
      name: 'nothing else in -ldflags: the whole flag goes',
      code: multi('RUN CGO_ENABLED=0 go build -ldflags \'-extldflags "-static"\' -o /out/app .'),
      errors: [{ messageId: 'extStatic', line: 4, column: 38 }],
      output: multi('RUN CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: 'nothing else in -ldflags=: the whole flag goes',
      code: multi('RUN CGO_ENABLED=0 go build -ldflags=-extldflags=-static -o /out/app .'),
      errors: [{ messageId: 'extStatic', line: 4, column: 37 }],
      output: multi('RUN CGO_ENABLED=0 go build -o /out/app .'),
    },
    {
      name: 'written another way: reported without a fix',
      code: multi('RUN CGO_ENABLED=0 go build -ldflags "-s -extldflags -static -X a=b -extldflags -static" -o /out/app .'),
      errors: [{ messageId: 'extStatic', line: 4, column: 37, endColumn: 88 }],
      output: null,
    },
    {
      name: 'flags alone on continuation lines: their lines go',
      code: multi('RUN CGO_ENABLED=0 go build \\\n    -a \\\n    -installsuffix cgo \\\n    -o /out/app .'),
      errors: [
        { messageId: 'forceRebuild', line: 5, column: 5 },
        { messageId: 'installSuffix', line: 6, column: 5, endLine: 6, endColumn: 23 },
      ],
      output: multi('RUN CGO_ENABLED=0 go build \\\n    -o /out/app .'),
    },
    {
      name: 'flag alone on the last continuation line: the escape before it goes too',
      code: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /app \\\n    -a\nFROM scratch\nCOPY --from=build /app /app\n',
      errors: [{ messageId: 'forceRebuild', line: 3, column: 5 }],
      output: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /app\nFROM scratch\nCOPY --from=build /app /app\n',
    },
    {
      name: 'last continuation line after a comment line, CRLF: the comment stays',
      code: 'FROM golang:1.23 AS build\r\nRUN CGO_ENABLED=0 go build -o /app \\\r\n    # fast\r\n    -installsuffix cgo\r\nFROM scratch\r\nCOPY --from=build /app /app\r\n',
      errors: [{ messageId: 'installSuffix', line: 4, column: 5, endColumn: 23 }],
      output: 'FROM golang:1.23 AS build\r\nRUN CGO_ENABLED=0 go build -o /app\r\n    # fast\r\nFROM scratch\r\nCOPY --from=build /app /app\r\n',
    },
    {
      name: 'backtick escape character: the line goes too',
      code: '# escape=`\nFROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build `\n    -a `\n    -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'forceRebuild', line: 4, column: 5 }],
      output: '# escape=`\nFROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build `\n    -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'not shipped: still rebuilds everything',
      code: 'FROM golang:1.23 AS tools\nRUN CGO_ENABLED=0 go install -a golang.org/x/tools/cmd/stringer@v0.20.0\nFROM scratch\nCOPY --from=tools /etc/passwd /etc/passwd\n',
      errors: [{ messageId: 'forceRebuild', line: 2, column: 30 }],
      output: 'FROM golang:1.23 AS tools\nRUN CGO_ENABLED=0 go install golang.org/x/tools/cmd/stringer@v0.20.0\nFROM scratch\nCOPY --from=tools /etc/passwd /etc/passwd\n',
    },
    {
      name: 'cgo off with go env -w',
      code: multi('RUN go env -w CGO_ENABLED=0\nRUN go build -a -o /out/app .'),
      errors: [{ messageId: 'forceRebuild', line: 5, column: 14 }],
      output: multi('RUN go env -w CGO_ENABLED=0\nRUN go build -o /out/app .'),
    },
    {
      name: 'heredoc',
      code: 'FROM golang:1.23 AS build\nRUN <<EOF\nexport CGO_ENABLED=0\ngo build -a -o /out/app .\nEOF\nFROM scratch\nCOPY --from=build /out/app /app\n',
      errors: [{ messageId: 'forceRebuild', line: 4, column: 10 }],
      output: 'FROM golang:1.23 AS build\nRUN <<EOF\nexport CGO_ENABLED=0\ngo build -o /out/app .\nEOF\nFROM scratch\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'CRLF, lower-case keywords',
      code: 'from golang:1.23 as build\r\nrun CGO_ENABLED=0 go build \\\r\n    -a \\\r\n    -o /out/app .\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\n',
      errors: [{ messageId: 'forceRebuild', line: 3, column: 5 }],
      output: 'from golang:1.23 as build\r\nrun CGO_ENABLED=0 go build \\\r\n    -o /out/app .\r\nfrom scratch\r\ncopy --from=build /out/app /app\r\n',
    },
  ],
});
