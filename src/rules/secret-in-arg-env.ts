import { Arg, Env } from 'dockerfile-ast';
import { spanOf } from '../parse/source';
import { defineRule } from './types';

/** Name parts that mark a credential (compared per `_`-separated word, case-insensitively). */
const SECRET_WORDS = new Set(['token', 'secret', 'password', 'passwd', 'pwd', 'pass', 'apikey', 'credential', 'credentials', 'netrc', 'privatekey']);
/** Words before KEY that make it a credential (API_KEY, ACCESS_KEY, PRIVATE_KEY, SECRET_KEY). */
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'secret', 'signing', 'encryption', 'client', 'master']);
/** Words that mark a name as a pointer to a secret, not the secret itself. */
const NOT_SECRET = new Set(['file', 'path', 'dir', 'url', 'name', 'id', 'type', 'mode', 'env', 'public', 'length', 'endpoint', 'header']);

export default defineRule<'secretName' | 'urlCredentials'>({
  meta: {
    code: 'GD016',
    name: 'secret-in-arg-env',
    severity: 'warning',
    tags: ['security'],
    docs: {
      summary: 'A credential passed through ARG or ENV (`GITHUB_TOKEN`, `NETRC`, `*_PASSWORD`, a URL with a password).',
      why:
        'Go builds of private modules need a token (GOPRIVATE repositories, a .netrc), and the easy way is `ARG GITHUB_TOKEN`. But ENV values are stored in the image config, and ARG values used by a RUN are recorded in the image history: anyone who can pull the image can read them with `docker history --no-trunc` or `docker inspect`. BuildKit secret mounts give the RUN the value without writing it anywhere: `RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download`, built with `docker build --secret id=netrc,src=$HOME/.netrc`.',
      bad: 'FROM golang:1.23 AS build\nARG GITHUB_TOKEN\nENV GOPRIVATE=github.com/acme/*\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/" && go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nENV GOPRIVATE=github.com/acme/*\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'No automatic fix: the secret has to be passed to the build in a new way (`--secret`), which the Dockerfile alone cannot change.',
    },
    messages: {
      secretName: '{{keyword}} {{name}} looks like a credential: its value is kept in the image {{where}}; pass it with RUN --mount=type=secret,id={{id}} instead',
      urlCredentials: '{{keyword}} {{name}} holds a URL with a user and password: it is kept in the image {{where}}; use RUN --mount=type=secret (e.g. a .netrc) instead',
    },
  },
  *check({ file }) {
    for (const ins of file.dockerfile.getInstructions()) {
      if (!(ins instanceof Arg) && !(ins instanceof Env)) continue;
      const keyword = ins.getKeyword();
      const where = keyword === 'ENV' ? 'config (docker inspect)' : 'history (docker history)';
      for (const p of ins.getProperties()) {
        const name = p.getName();
        const span = spanOf(file, p.getNameRange());
        const data = { keyword, name, where, id: name.toLowerCase().replace(/_/g, '-') };
        if (looksLikeSecret(name)) yield { messageId: 'secretName', ...span, data };
        else if (hasUrlCredentials(p.getValue() ?? '')) yield { messageId: 'urlCredentials', ...span, data };
      }
    }
  },
});

export function looksLikeSecret(name: string): boolean {
  const words = name.toLowerCase().split(/[_\-.]/).filter(Boolean);
  if (words.some((w) => NOT_SECRET.has(w))) return false;
  for (let i = 0; i < words.length; i++) {
    if (SECRET_WORDS.has(words[i])) return true;
    if (words[i] === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1])) return true;
    if (words[i] === 'auth' && i === words.length - 1) return true;
  }
  return false;
}

/** `scheme://user:password@host`: a password in a GOPROXY or git URL. */
function hasUrlCredentials(value: string): boolean {
  for (let i = value.indexOf('://'); i !== -1; i = value.indexOf('://', i + 3)) {
    const rest = value.slice(i + 3);
    const at = rest.indexOf('@');
    const slash = rest.indexOf('/');
    if (at === -1 || (slash !== -1 && slash < at)) continue;
    if (rest.slice(0, at).includes(':')) return true;
  }
  return false;
}
