import rule from '../../src/rules/secret-in-arg-env';
import { GOOD, ruleTester } from '../support/rule-tester';

/** The builder of GOOD with `lines` after its FROM (line 2 on). */
const build = (lines: string) => GOOD.replace('FROM golang:1.23 AS build\n', `FROM golang:1.23 AS build\n${lines}\n`);

ruleTester(rule, {
  valid: [
    GOOD,
    build('ENV GOPRIVATE=github.com/acme/*'),
    build('ENV GOPROXY=https://proxy.golang.org,direct'),
    build('ARG TOKEN_FILE=/run/secrets/token'),
    build('ENV PUBLIC_KEY="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"'),
    build('ENV KEYCLOAK_URL=https://sso.example.com'),
    build('ENV GOFLAGS="-mod=readonly -trimpath"'),
    build('ENV GONOSUMDB=github.com/acme GOINSECURE=git.corp'),
    build('ARG AWS_ACCESS_KEY_ID'),
    build('ARG GITHUB_TOKEN_PATH=/run/secrets/gh'),
    build('ARG PASSWORD_LENGTH=16'),
    { name: 'a secret-looking word after a name on one ARG line is a name of its own, not a value', code: build('ARG GOPROXY GOPRIVATE') },
    build('ENV TOKENIZERS_PARALLELISM=false'),
    { name: 'a key fingerprint is public', code: build('ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D') },
    { name: 'a path to a credentials file', code: build('ENV GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json') },
    { name: 'ENV emptied on purpose', code: build('ENV GITHUB_TOKEN=') },
    { name: 'a user without password in a URL', code: build('ENV GOPROXY=https://ci@goproxy.corp.example') },
    { name: 'an @ in the URL path is not a user', code: build('ENV GOPROXY=https://goproxy.corp.example/@v/list') },
    { name: 'secret mount instead', code: build('RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download') },
  ],
  invalid: [
    {
      name: 'ARG GITHUB_TOKEN',
      code: build('ARG GITHUB_TOKEN'),
      errors: [{ messageId: 'secretName', line: 2, column: 5, endLine: 2, endColumn: 17 }],
      output: null,
    },
    { name: 'ENV NPM_TOKEN', code: build('ENV NPM_TOKEN=npm_abc123'), errors: [{ messageId: 'secretName', line: 2, column: 5, endColumn: 14 }], output: null },
    { name: 'ARG NETRC', code: build('ARG NETRC'), errors: [{ messageId: 'secretName', line: 2, column: 5 }], output: null },
    {
      name: 'several names on one ARG line: the second is a name, not the default of the first',
      code: build('ARG GOPRIVATE GITHUB_TOKEN VERSION=1'),
      errors: [{ messageId: 'secretName', line: 2, column: 15, endColumn: 27 }],
      output: null,
    },
    { name: 'ENV DB_PASSWORD', code: build('ENV DB_PASSWORD=hunter2'), errors: [{ messageId: 'secretName', line: 2, column: 5 }], output: null },
    { name: 'ARG AWS_SECRET_ACCESS_KEY', code: build('ARG AWS_SECRET_ACCESS_KEY'), errors: [{ messageId: 'secretName', line: 2, column: 5, endColumn: 26 }], output: null },
    { name: 'ARG API_KEY', code: build('ARG API_KEY=""'), errors: [{ messageId: 'secretName', line: 2, column: 5 }], output: null },
    { name: 'ARG SSH_KEY', code: build('ARG SSH_KEY'), errors: [{ messageId: 'secretName', line: 2, column: 5 }], output: null },
    { name: 'camelCase name', code: build('ARG githubToken'), errors: [{ messageId: 'secretName', line: 2, column: 5, endColumn: 16 }], output: null },
    { name: 'one-word name', code: build('ARG NPMTOKEN'), errors: [{ messageId: 'secretName', line: 2, column: 5 }], output: null },
    { name: 'global ARG before FROM', code: `ARG GITLAB_TOKEN\n${GOOD}`, errors: [{ messageId: 'secretName', line: 1, column: 5 }], output: null },
    {
      name: 'the ARG persisted into ENV: both reported',
      code: build('ARG GITHUB_TOKEN\nENV GITHUB_TOKEN=${GITHUB_TOKEN}'),
      errors: [
        { messageId: 'secretName', line: 2, column: 5 },
        { messageId: 'secretName', line: 3, column: 5 },
      ],
      output: null,
    },
    {
      name: 'second of several properties, legacy ENV form too',
      code: build('ENV GOPRIVATE=github.com/acme/* CI_JOB_TOKEN=abc\nENV DB_PASS hunter2'),
      errors: [
        { messageId: 'secretName', line: 2, column: 33, endColumn: 45 },
        { messageId: 'secretName', line: 3, column: 5 },
      ],
      output: null,
    },
    {
      name: 'GOPROXY with user:password@',
      code: build('ENV GOPROXY=https://ci:s3cret@goproxy.corp.example,https://proxy.golang.org,direct'),
      errors: [{ messageId: 'urlCredentials', line: 2, column: 5, endColumn: 12 }],
      output: null,
    },
    {
      name: 'credentials in the second GOPROXY entry',
      code: build('ARG GOPROXY="https://proxy.golang.org|https://${USER}:${PASS}@goproxy.corp"'),
      errors: [{ messageId: 'urlCredentials', line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'a git URL with credentials under a harmless name',
      code: build('ENV REPO_URL=https://x-access-token:ghp_abc@github.com/acme/app.git'),
      errors: [{ messageId: 'urlCredentials', line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'lower-case keywords, CRLF',
      code: 'from golang:1.23 as build\r\narg github_token\r\nenv DB_PASSWORD=x\r\nrun go build -o /out/app .\r\n',
      errors: [
        { messageId: 'secretName', line: 2, column: 5 },
        { messageId: 'secretName', line: 3, column: 5 },
      ],
      output: null,
    },
  ],
});
