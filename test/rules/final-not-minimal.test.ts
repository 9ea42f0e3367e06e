import rule from '../../src/rules/final-not-minimal';
import { GOOD, ruleTester } from '../support/rule-tester';
import { GO_MOD, prebuilt } from '../support/elsewhere';

const STATIC = 'gcr.io/distroless/static-debian12:nonroot';
/** A Go module with nothing but Go sources and build files: the split carries nothing over. */
const GO_ONLY = { 'go.mod': 'module example.com/app\n\ngo 1.23\n', 'go.sum': '', 'main.go': '', 'main_test.go': '', 'cmd/app/main.go': '', 'README.md': '', Dockerfile: '', '.git/HEAD': '' };
/** A web service: templates, static files, translations beside Go sources, and files the build alone uses. */
const WEB = {
  ...GO_ONLY,
  'templates/index.html': '', 'templates/admin/list.html': '', 'static/app.css': '', 'static/vendor/jquery.js': '',
  'web/handlers.go': '', 'web/i18n/en.json': '', 'vendor/modules.txt': '', 'vendor/example.org/lib/lib.go': '',
  'config.yaml': '', 'Makefile': '', 'testdata/golden.txt': '', '.dockerignore': '*.md\nsecrets/\n', 'secrets/key.pem': '',
};
/** A builder (lines 1-4) for the switch cases, as written and as fixed. */
const BUILD_ONLY = 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/server .\n';
const BUILD_FIXED = BUILD_ONLY.replace('RUN go build', 'RUN CGO_ENABLED=0 go build');
const WEB_SERVICE = 'FROM golang:1.23\nWORKDIR /app\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o server .\n';
const WEB_BUILDER = 'FROM golang:1.23 AS build\nWORKDIR /app\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o server .\n';

ruleTester(rule, {
  valid: [
    GOOD,
    { name: 'a binary copied in, no go.mod: not known to be Go', code: prebuilt() },
    GOOD.replace(STATIC, 'scratch'),
    GOOD.replace(STATIC, 'cgr.dev/chainguard/static:latest'),
    GOOD.replace(STATIC, 'gcr.io/distroless/base-debian12:nonroot'),
    { name: 'an image we know nothing about may be minimal', code: GOOD.replace(STATIC, 'registry.example.com/base/runtime:3') },
    { name: 'not a Go Dockerfile', code: 'FROM debian:12\nRUN apt-get update\nCMD ["bash"]\n' },
    { name: 'a builder on golang is fine', code: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n' },
  ],
  invalid: [
    {
      name: 'a binary copied in, in a Go module: reported, no fix (whether the binary is static is not known)',
      code: prebuilt(),
      files: { 'go.mod': GO_MOD },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
    },
    {
      name: 'single stage: split into builder and distroless, comments and runtime ENV move along',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\n# The service.\nRUN go build -o /usr/local/bin/app ./cmd/app\n# Port of the API\nEXPOSE 8080\nENV PORT=8080\nCMD app --port 8080\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, endLine: 1, endColumn: 17, fixTitle: `Split into a build stage and a ${STATIC} final stage, giving /src to uid 65532` }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n# The service.\nRUN CGO_ENABLED=0 go build -o /usr/local/bin/app ./cmd/app\nRUN mkdir -p /tmp/empty\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /tmp/empty /src\nWORKDIR /src\n# Port of the API\nEXPOSE 8080\nENV PORT=8080\nCOPY --from=build /usr/local/bin/app /usr/local/bin/app\nUSER 65532:65532\nCMD ["/usr/local/bin/app", "--port", "8080"]\n',
    },
    {
      name: 'single stage: ARG used by a moved LABEL is declared again; ENTRYPOINT + CMD arguments',
      code: 'ARG VERSION=dev\nFROM golang:1.23\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION\nENV APP_MODE=prod\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\nUSER nobody\nENTRYPOINT ["/out/app"]\nCMD ["--verbose"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 2, column: 6 }],
      output: null,
      unsafeOutput:
        'ARG VERSION=dev\nFROM golang:1.23 AS build\nARG VERSION\nENV APP_MODE=prod\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nARG VERSION\nWORKDIR /src\nLABEL org.opencontainers.image.version=$VERSION\nENV APP_MODE=prod\nCMD ["--verbose"]\nCOPY --from=build /out/app /out/app\nUSER 65532:65532\nENTRYPOINT ["/out/app"]\n',
    },
    {
      name: 'single stage: lower-case keywords, CRLF, go install found through PATH',
      code: 'from golang:1.23\r\nworkdir /src\r\ncopy . .\r\nrun go install ./cmd/hello\r\ncmd ["hello"]\r\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput:
        'from golang:1.23 as build\r\nworkdir /src\r\ncopy . .\r\nrun CGO_ENABLED=0 go install ./cmd/hello\r\nrun mkdir -p /tmp/empty\r\n\r\nfrom gcr.io/distroless/static-debian12:nonroot\r\ncopy --from=build --chown=65532:65532 /tmp/empty /src\r\nworkdir /src\r\ncopy --from=build /go/bin/hello /go/bin/hello\r\nuser 65532:65532\r\ncmd ["/go/bin/hello"]\r\n',
    },
    {
      name: 'no ENTRYPOINT or CMD: one is added for the binary',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\nRUN mkdir -p /tmp/empty\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /tmp/empty /src\nWORKDIR /src\nCOPY --from=build /out/app /out/app\nUSER 65532:65532\nENTRYPOINT ["/out/app"]\n',
    },
    {
      name: 'files copied after the build are carried over, at the paths the image had them',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCOPY config.yaml /etc/app/\nCMD ["/out/app"]\n',
      files: { ...GO_ONLY, 'config.yaml': '' },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\nRUN mkdir -p /tmp/empty\nCOPY config.yaml /etc/app/\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /tmp/empty /src\nCOPY --from=build --chown=65532:65532 /etc/app/config.yaml /etc/app/config.yaml\nCOPY --from=build --chown=65532:65532 /src/config.yaml /src/config.yaml\nWORKDIR /src\nCOPY --from=build /out/app /out/app\nUSER 65532:65532\nCMD ["/out/app"]\n',
    },
    {
      name: 'a CMD that needs the shell: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD /out/app | tee /log\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: CMD does not run the built binary /out/app as plain words' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'a CMD that runs something else: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD ["go", "run", "."]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: CMD does not run the built binary /out/app as plain words', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    // The single-stage split carries over what the program may read at run time (class 4).
    {
      name: 'split: templates, static files, translations and config in the WORKDIR are carried over; sources, tests, VCS, build files and what .dockerignore excludes are not',
      code: `${WEB_SERVICE}EXPOSE 8080\nCMD ["./server", "-templates", "./templates"]\n`,
      files: WEB,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, fixTitle: `Split into a build stage and a ${STATIC} final stage, carrying over config.yaml, static, templates, i18n, giving /app to uid 65532` }],
      output: null,
      unsafeOutput:
        `${WEB_BUILDER.replace('FROM golang:1.23 AS build', 'FROM golang:1.23 AS build')}RUN mkdir -p /tmp/empty\n\nFROM ${STATIC}\n` +
        'COPY --from=build --chown=65532:65532 /tmp/empty /app\n' +
        'COPY --from=build --chown=65532:65532 /app/static /app/static\nCOPY --from=build --chown=65532:65532 /app/templates /app/templates\n' +
        'COPY --from=build --chown=65532:65532 /app/web/i18n /app/web/i18n\nCOPY --from=build --chown=65532:65532 /app/config.yaml /app/config.yaml\n' +
        'WORKDIR /app\nEXPOSE 8080\nCOPY --from=build /app/server /app/server\nUSER 65532:65532\nCMD ["/app/server", "-templates", "./templates"]\n',
    },
    {
      name: 'split: files of one folder go in one COPY; a glob source is listed',
      code: 'FROM golang:1.23\nWORKDIR /srv\nCOPY *.go go.mod ./\nCOPY *.html *.json ./\nRUN go build -o /usr/local/bin/site .\nEXPOSE 8080\nENTRYPOINT ["site"]\n',
      files: { ...GO_ONLY, 'index.html': '', 'about.html': '', 'feed.json': '', 'notes.txt': '' },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, fixTitle: `Split into a build stage and a ${STATIC} final stage, carrying over about.html, feed.json, index.html, giving /srv to uid 65532` }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nWORKDIR /srv\nCOPY *.go go.mod ./\nCOPY *.html *.json ./\nRUN CGO_ENABLED=0 go build -o /usr/local/bin/site .\nRUN mkdir -p /tmp/empty\n\n' +
        `FROM ${STATIC}\nCOPY --from=build --chown=65532:65532 /tmp/empty /srv\nCOPY --from=build --chown=65532:65532 /srv/about.html /srv/feed.json /srv/index.html /srv/\n` +
        'WORKDIR /srv\nEXPOSE 8080\nCOPY --from=build /usr/local/bin/site /usr/local/bin/site\nUSER 65532:65532\nENTRYPOINT ["/usr/local/bin/site"]\n',
    },
    {
      name: 'split: GOPATH-era (no go.mod, no WORKDIR): the process stays in /go, files come from the GOPATH source folder',
      code: 'FROM golang:1.23\nENV GO111MODULE=off\nCOPY . /go/src/github.com/example/legacy\nRUN go install github.com/example/legacy\nCMD ["legacy"]\n',
      files: { 'main.go': '', 'views/home.tmpl': '', 'Gopkg.toml': '', 'Gopkg.lock': '' },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nENV GO111MODULE=off\nCOPY . /go/src/github.com/example/legacy\nRUN CGO_ENABLED=0 go install github.com/example/legacy\nRUN mkdir -p /tmp/empty\n\n' +
        `FROM ${STATIC}\nCOPY --from=build --chown=65532:65532 /tmp/empty /go\nCOPY --from=build --chown=65532:65532 /go/src/github.com/example/legacy/views /go/src/github.com/example/legacy/views\n` +
        'WORKDIR /go\nCOPY --from=build /go/bin/legacy /go/bin/legacy\nUSER 65532:65532\nCMD ["/go/bin/legacy"]\n',
    },
    {
      name: 'split: a data folder made after the build is given to the new user; a folder the build made for its output is not',
      code: 'FROM golang:1.23\nRUN mkdir -p /out\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app . && mkdir -p /var/lib/app\nUSER root\nENTRYPOINT ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nRUN mkdir -p /out\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app . && mkdir -p /var/lib/app\nRUN mkdir -p /tmp/empty\n\n' +
        `FROM ${STATIC}\nCOPY --from=build --chown=65532:65532 /tmp/empty /src\nCOPY --from=build --chown=65532:65532 /tmp/empty /var/lib/app\n` +
        'WORKDIR /src\nCOPY --from=build /out/app /out/app\nUSER 65532:65532\nENTRYPOINT ["/out/app"]\n',
    },
    {
      name: 'split: a HEALTHCHECK that runs the binary in exec form moves along',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nUSER 1000\nHEALTHCHECK CMD ["app", "-health"]\nCMD ["app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /usr/local/bin/app .\n\n' +
        `FROM ${STATIC}\nWORKDIR /src\nHEALTHCHECK CMD ["app", "-health"]\nCOPY --from=build /usr/local/bin/app /usr/local/bin/app\nUSER 65532:65532\nCMD ["/usr/local/bin/app"]\n`,
    },
    // ...and is not offered where it cannot tell what the program reads, or what it writes.
    {
      name: 'split: no build context to look at (standard input): no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: the build context cannot be seen, so what the image holds besides the binary is not known', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: a COPY source missing from the context (or excluded by .dockerignore): no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nCOPY assets/ ./assets/\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: { ...GO_ONLY, 'assets/logo.png': '', '.dockerignore': 'assets\n' },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: COPY assets/: no such file in the build context (or .dockerignore excludes it)' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: a RUN that writes files no one can list (make, a script): no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN make assets && go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: `make` in a RUN may write files the program reads, which cannot be listed' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: packages the program may use at run time: no fix',
      code: 'FROM golang:1.23\nRUN apt-get update && apt-get install -y --no-install-recommends ffmpeg git\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: the image installs ffmpeg, which the program may use at run time and distroless does not have' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: with cgo on, -dev packages bring libraries the binary links: no fix',
      code: 'FROM golang:1.23\nRUN apt-get update && apt-get install -y libsqlite3-dev\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: the image installs libsqlite3-dev, which the program may use at run time and distroless does not have' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: ADD of an archive: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nADD assets.tar.gz ./public/\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: { ...GO_ONLY, 'assets.tar.gz': '' },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: ADD assets.tar.gz unpacks an archive whose contents cannot be listed' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: files from another image: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nCOPY --from=migrate/migrate:v4.17.0 /usr/local/bin/migrate /usr/local/bin/\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: COPY --from=migrate/migrate:v4.17.0 brings files from another image, which the program may use' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: a variable in a COPY source: no fix',
      code: 'FROM golang:1.23\nARG CONFIG\nWORKDIR /src\nCOPY . .\nCOPY $CONFIG /etc/app.yaml\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: a variable hides a COPY source' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: a WORKDIR under /root: no fix',
      code: 'FROM golang:1.23\nWORKDIR /root/app\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nCMD ["app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: /root/app is under /root, which only root may enter (mode 0700)' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: a HEALTHCHECK that runs curl: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nHEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: HEALTHCHECK runs a program the final image does not have' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: several binaries: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/api ./cmd/api && go build -o /out/worker ./cmd/worker\nCMD ["/out/api"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: the stage runs 2 go builds, so which binary to ship is not known' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: more files to carry than a reviewer can read: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: { ...GO_ONLY, ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`d${i}/f.txt`, ''])), 'a.go': '' },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: the image holds 20 files and folders besides the Go sources, too many to carry over line by line' }],
      output: null,
      unsafeOutput: null,
    },
    // The switch to distroless renames what named the accounts it removes (class 5), and gives
    // the new user the folders a root process wrote (class 6).
    {
      name: 'switch: COPY --chown=app:app and USER app, after the adduser that made app is removed, name 65532',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN addgroup -S app && adduser -S -G app app\nWORKDIR /app\nCOPY --from=build --chown=app:app /out/server ./server\nCOPY --chown=app:app web ./web\nUSER app\nEXPOSE 8080\nENTRYPOINT ["./server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, fixTitle: `Use ${STATIC} for the final stage` }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}\nFROM ${STATIC}\nWORKDIR /app\nCOPY --from=build --chown=65532:65532 /out/server ./server\nCOPY --chown=65532:65532 web ./web\nUSER 65532:65532\nEXPOSE 8080\nENTRYPOINT ["./server"]\n`,
    },
    {
      name: 'switch: a uid the RUN gave the user is kept (volumes may be owned by it): USER and --chown name it',
      code: `${BUILD_ONLY}\nFROM debian:12-slim\nRUN useradd --uid 10001 --user-group --no-create-home appuser\nCOPY --from=build --chown=appuser /out/server /server\nUSER appuser\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}\nFROM ${STATIC}\nCOPY --from=build --chown=10001:10001 /out/server /server\nUSER 10001:10001\nENTRYPOINT ["/server"]\n`,
    },
    {
      name: 'switch: a kept uid whose RUN made a home: the home is made as its own and HOME names it (distroless has no passwd entry for it)',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN adduser -D -u 1000 mailhog\nCOPY --from=build /out/server /server\nUSER mailhog\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}RUN mkdir -p /tmp/empty\n\nFROM ${STATIC}\nCOPY --from=build --chown=1000:1000 /tmp/empty /home/mailhog\nCOPY --from=build /out/server /server\nENV HOME=/home/mailhog\nUSER 1000:1000\nENTRYPOINT ["/server"]\n`,
    },
    {
      name: 'switch: a numeric USER stays, and the name of the user it was made as becomes that number',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nARG UID=10001\nRUN adduser -D -u "$UID" appuser\nCOPY --from=build --chown=appuser:appuser /out/server /server\nUSER \${UID}\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}\nFROM ${STATIC}\nARG UID=10001\nCOPY --from=build --chown=10001:10001 /out/server /server\nUSER \${UID}\nENTRYPOINT ["/server"]\n`,
    },
    {
      name: 'switch: --chown naming a user distroless does not have, and no RUN made: no fix',
      code: `${BUILD_ONLY}\nFROM debian:12-slim\nCOPY --from=build --chown=www-data:www-data /out/server /server\nUSER www-data\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: COPY --chown=www-data:www-data names www-data, which distroless does not know', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: a root process on alpine with a WORKDIR: made from the builder’s empty folder as 65532',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nWORKDIR /app\nCOPY --from=build /out/server ./server\nEXPOSE 8443\nCMD ["./server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, fixTitle: `Use ${STATIC} for the final stage, and give /app to uid 65532` }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}RUN mkdir -p /tmp/empty\n\nFROM ${STATIC}\nCOPY --from=build --chown=65532:65532 /tmp/empty /app\nWORKDIR /app\nCOPY --from=build /out/server ./server\nEXPOSE 8443\nCMD ["./server"]\n`,
    },
    {
      name: 'switch: a root process with a VOLUME: no switch to a non-root base (the volume keeps what root wrote)',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nWORKDIR /app\nCOPY --from=build /out/server ./server\nVOLUME /data\nCMD ["./server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: VOLUME /data may hold data written as root by the current image (named volumes and bind mounts keep it across upgrades), which uid 65532 cannot rewrite; chown it before switching users', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: a root process on port 443: no switch to a non-root base',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nCOPY --from=build /out/server /server\nEXPOSE 443\nCMD ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: port 443 is below 1024, which a non-root process may bind only where the runtime allows it (Docker 20.10+ on a bridge network) or with CAP_NET_BIND_SERVICE', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: a compose health check runs wget in the container: the base keeps it',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nCOPY --from=build /out/server /server\nUSER 65534\nCMD ["/server"]\n`,
      files: { 'go.mod': 'module example.com/app\n\ngo 1.23\n', 'compose.yaml': 'services:\n  app:\n    build: .\n    healthcheck:\n      test: ["CMD", "wget", "--spider", "http://localhost:8080/"]\n' },
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: the health check of compose.yaml (service app) runs wget, which distroless does not have', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: a compose health check that runs the program itself does not hold it back',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nCOPY --from=build /out/server /server\nUSER 65534\nCMD ["/server"]\n`,
      files: { 'go.mod': 'module example.com/app\n\ngo 1.23\n', 'compose.yaml': 'services:\n  app:\n    build: .\n    healthcheck:\n      test: ["CMD", "/server", "-health"]\n' },
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}\nFROM ${STATIC}\nCOPY --from=build /out/server /server\nUSER 65534\nCMD ["/server"]\n`,
    },
    {
      name: 'switch: a RUN that makes a data folder and hands it over becomes a COPY of the builder\'s empty folder, as the renamed owner',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN adduser -D app && mkdir /data && chown app /data\nCOPY --from=build /out/server /server\nUSER app\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}RUN mkdir -p /tmp/empty\n\nFROM ${STATIC}\nCOPY --from=build --chown=65532:65532 /tmp/empty /data\nCOPY --from=build /out/server /server\nUSER 65532:65532\nENTRYPOINT ["/server"]\n`,
    },
    {
      name: 'switch: chown -R of a WORKDIR after COPY: the folder and the files copied into it get the owner (the uid the RUN chose)',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN addgroup -g 1000 app && adduser -D -u 1000 -G app app\nWORKDIR /app\nCOPY --from=build /out/server ./server\nCOPY web ./web\nRUN chown -R app:app /app\nUSER app\nENTRYPOINT ["./server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}RUN mkdir -p /tmp/empty\n\nFROM ${STATIC}\nCOPY --from=build --chown=1000:1000 /tmp/empty /app\nCOPY --from=build --chown=1000:1000 /tmp/empty /home/app\nWORKDIR /app\nCOPY --chown=1000:1000 --from=build /out/server ./server\nCOPY --chown=1000:1000 web ./web\nENV HOME=/home/app\nUSER 1000:1000\nENTRYPOINT ["./server"]\n`,
    },
    {
      name: 'switch: chown -R hands over the folders made inside too; a file copied into a WORKDIR leaves it a folder',
      code: `${BUILD_ONLY}\nFROM alpine:3.21\nRUN adduser -D -g '' appuser\nWORKDIR /srv\nCOPY --from=build /out/server /srv\nRUN mkdir -p /app/logs && chown -R appuser:appuser /app /srv\nUSER appuser\nENTRYPOINT ["/srv/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}RUN mkdir -p /tmp/empty\n\nFROM ${STATIC}\nCOPY --from=build --chown=65532:65532 /tmp/empty /app\nCOPY --from=build --chown=65532:65532 /tmp/empty /srv\nCOPY --from=build --chown=65532:65532 /tmp/empty /app/logs\nWORKDIR /srv\nCOPY --chown=65532:65532 --from=build /out/server /srv\nUSER 65532:65532\nENTRYPOINT ["/srv/server"]\n`,
    },
    {
      name: 'switch: chown without -R of a folder leaves the files copied into it as they were',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN adduser -D -H app\nWORKDIR /app\nCOPY --from=build /out/server /app/\nRUN chown app /app\nUSER app\nENTRYPOINT ["./server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}RUN mkdir -p /tmp/empty\n\nFROM ${STATIC}\nCOPY --from=build --chown=65532:65532 /tmp/empty /app\nWORKDIR /app\nCOPY --from=build /out/server /app/\nUSER 65532:65532\nENTRYPOINT ["./server"]\n`,
    },
    {
      name: 'switch: chown to a user distroless does not know and no RUN made: no fix',
      code: `${BUILD_ONLY}\nFROM debian:12-slim\nRUN mkdir -p /var/lib/app && chown www-data /var/lib/app\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: chown www-data names www-data, which distroless does not know' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch after GD004\'s fix: its mkdir and chown become COPY lines, distroless\'s own HOME needs nothing',
      code: `${BUILD_FIXED}\nFROM alpine:3.20\nWORKDIR /app\nCOPY --from=build /out/server ./server\nRUN mkdir -p /home/nonroot && chown 65532:65532 /app /home/nonroot\nENV HOME=/home/nonroot\nUSER 65532:65532\nENTRYPOINT ["./server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: `${BUILD_FIXED}RUN mkdir -p /tmp/empty\n\nFROM ${STATIC}\nCOPY --from=build --chown=65532:65532 /tmp/empty /app\nWORKDIR /app\nCOPY --from=build /out/server ./server\nENV HOME=/home/nonroot\nUSER 65532:65532\nENTRYPOINT ["./server"]\n`,
    },
    {
      name: 'switch: an ENTRYPOINT script: no fix',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nCOPY --from=build /out/server /server\nCOPY docker-entrypoint.sh /\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: ENTRYPOINT runs /docker-entrypoint.sh, a script that needs a shell distroless does not have' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: files in the home of the user it removes: no fix',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nRUN adduser -D -h /home/app app\nCOPY --from=build /out/server /server\nCOPY --chown=app config.yaml /home/app/.config/server/config.yaml\nUSER app\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: files are copied into the home of a user the switch removes (/home/app/.config/server/config.yaml); the distroless user\'s HOME is /home/nonroot' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: a root process with config under /root: no fix',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nCOPY --from=build /out/server /server\nCOPY config.yaml /root/.server.yaml\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: files are copied under /root (/root/.server.yaml), which uid 65532 cannot read; its HOME is /home/nonroot' }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: cgo on purpose (go.mod requires a cgo-only module) stays on, and the final image has glibc',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nCMD ["app"]\n',
      goMod: 'module example.com/app\n\ngo 1.23\n\nrequire github.com/mattn/go-sqlite3 v1.14.22\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, fixTitle: 'Split into a build stage and a gcr.io/distroless/base-debian12:nonroot final stage, giving /src to uid 65532' }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nRUN mkdir -p /tmp/empty\n\n' +
        'FROM gcr.io/distroless/base-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /tmp/empty /src\nWORKDIR /src\nCOPY --from=build /usr/local/bin/app /usr/local/bin/app\nUSER 65532:65532\nCMD ["/usr/local/bin/app"]\n',
    },
    {
      name: 'switch: cgo on purpose (go.mod) stays on: distroless base, no CGO_ENABLED=0',
      code: `${BUILD_ONLY}\nFROM debian:12-slim\nCOPY --from=build /out/server /server\nUSER 1000\nENTRYPOINT ["/server"]\n`,
      goMod: 'module example.com/app\n\ngo 1.23\n\nrequire github.com/mattn/go-sqlite3 v1.14.22\n',
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, fixTitle: 'Use gcr.io/distroless/base-debian12:nonroot for the final stage' }],
      output: null,
      unsafeOutput: `${BUILD_ONLY}\nFROM gcr.io/distroless/base-debian12:nonroot\nCOPY --from=build /out/server /server\nUSER 1000\nENTRYPOINT ["/server"]\n`,
    },
    {
      name: 'switch: -linkmode external keeps the binary dynamic with cgo off: distroless base',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -ldflags "-linkmode external" -o /out/server .\n\nFROM alpine:3.20\nCOPY --from=build /out/server /server\nUSER 1000\nENTRYPOINT ["/server"]\n',
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -ldflags "-linkmode external" -o /out/server .\n\nFROM gcr.io/distroless/base-debian12:nonroot\nCOPY --from=build /out/server /server\nUSER 1000\nENTRYPOINT ["/server"]\n',
    },
    {
      name: 'split: a WORKDIR a variable hides: no fix',
      code: 'FROM golang:1.23\nARG DIR\nWORKDIR $DIR\nCOPY . .\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: a variable hides the WORKDIR the program runs in', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: a variable hides CGO_ENABLED: no fix',
      code: 'FROM golang:1.23\nARG CGO\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=$CGO go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: a variable hides CGO_ENABLED, so which libc the binary needs is not known', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: cgo on in an alpine builder (musl): no fix',
      code: 'FROM golang:1.23-alpine\nRUN apk add --no-cache gcc musl-dev\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: cgo stays on, and the builder\'s C library is not the glibc distroless has', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: a single stage not FROM golang: no fix',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache go\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: the stage is not built FROM a golang image', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: where the binary goes is not known: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build ./...\nCMD ["/app"]\n',
      files: { 'main.go': '' },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: where go build writes the binary is not known (give it -o with an absolute path)', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: ADD of a URL: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nADD https://example.com/geo.mmdb /data/geo.mmdb\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: ADD https://example.com/geo.mmdb fetches files whose contents cannot be listed', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: a glob over folders: no fix',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nCOPY web/*/dist ./public/\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: { ...GO_ONLY, 'web/a/dist/x.js': '' },
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: COPY web/*/dist matches folders by a pattern, which is not listed', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'split: a Docker socket client: no fix',
      code: 'FROM golang:1.23\nENV DOCKER_HOST=unix:///var/run/docker.sock\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6, message: 'not fixed automatically: DOCKER_HOST points at the Docker socket, which only root and the docker group may use', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: the final stage built FROM another stage: no fix',
      code: `${BUILD_ONLY}\nFROM alpine:3.20 AS base\nRUN apk add --no-cache ca-certificates\n\nFROM base\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 9, column: 6, message: 'not fixed automatically: the final stage is not built FROM an image', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: a build argument names the final image: no fix',
      code: `ARG RUNTIME=alpine:3.20\n${BUILD_ONLY}\nFROM \${RUNTIME}\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 7, column: 6, message: 'not fixed automatically: a build argument names the final image', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: no ENTRYPOINT or CMD (the base image\'s shell runs): no fix',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nCOPY --from=build /out/server /server\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: the final stage has no ENTRYPOINT or CMD, so it runs the base image\'s shell', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: a CMD that needs a shell: no fix',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nCOPY --from=build /out/server /server\nCMD /server --port $PORT\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: CMD needs a shell (variables, pipes or several commands in shell form)', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: SHELL in the final stage: no fix',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: SHELL needs a shell', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: a COPY --chown owner a variable hides: no fix',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nARG OWNER\nCOPY --from=build --chown=$OWNER /out/server /server\nUSER 1000\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: a variable hides a COPY --chown owner', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'switch: a USER a variable hides: no fix',
      code: `${BUILD_ONLY}\nFROM alpine:3.20\nARG RUN_AS\nCOPY --from=build /out/server /server\nUSER $RUN_AS\nENTRYPOINT ["/server"]\n`,
      errors: [{ messageId: 'notMinimal', line: 6, column: 6, message: 'not fixed automatically: a variable hides the USER', fixTitle: null }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'alpine final stage: switched, package installs and user creation dropped, the uid the RUN gave kept',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /bin/server .\n\nFROM alpine:latest AS final\n# certificates and time zones\nRUN apk --update add ca-certificates tzdata && update-ca-certificates\nARG UID=10001\nRUN adduser --disabled-password --gecos "" --home "/nonexistent" \\\n    --shell "/sbin/nologin" --no-create-home --uid "${UID}" appuser\nUSER appuser\nCOPY --from=build /bin/server /bin/\nEXPOSE 8080\nENTRYPOINT [ "/bin/server" ]\n',
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput:
        'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /bin/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot AS final\n# certificates and time zones\nUSER 10001:10001\nCOPY --from=build /bin/server /bin/\nEXPOSE 8080\nENTRYPOINT [ "/bin/server" ]\n',
    },
    {
      name: 'debian final with a deliberate cgo binary: distroless base (glibc)',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /out/app .\n\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /out/app /app\nUSER 1000\nCMD /app\n',
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /out/app .\n\nFROM gcr.io/distroless/base-debian12:nonroot\nCOPY --from=build /out/app /app\nUSER 1000\nCMD ["/app"]\n',
    },
    {
      name: 'alpine final with a musl cgo binary linked statically: distroless static, cgo kept',
      code: 'FROM golang:1.23-alpine AS build\nRUN apk add --no-cache gcc musl-dev\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -ldflags \'-extldflags "-static"\' -o /out/app .\n\nFROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      errors: [{ messageId: 'notMinimal', line: 7, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23-alpine AS build\nRUN apk add --no-cache gcc musl-dev\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -ldflags \'-extldflags "-static"\' -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'single stage, cgo on but linked statically: split into distroless static, cgo left as it is',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -ldflags "-extldflags -static" -o /usr/local/bin/app .\nCMD ["/usr/local/bin/app"]\n',
      files: GO_ONLY,
      errors: [{ messageId: 'notMinimal', line: 1, column: 6 }],
      output: null,
      unsafeOutput: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -ldflags "-extldflags -static" -o /usr/local/bin/app .\nRUN mkdir -p /tmp/empty\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /tmp/empty /src\nWORKDIR /src\nCOPY --from=build /usr/local/bin/app /usr/local/bin/app\nUSER 65532:65532\nCMD ["/usr/local/bin/app"]\n',
    },
    {
      name: 'final stage that installs other packages and checks health with curl: no fix',
      code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY --from=build /out/app /app\nHEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1\nENTRYPOINT ["/app"]\n',
      errors: [{ messageId: 'notMinimal', line: 6, column: 6 }],
      output: null,
      unsafeOutput: null,
    },
  ],
});
