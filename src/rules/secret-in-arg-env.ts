import { Arg, Env } from '../parse/ast';
import { spanOf } from '../parse/source';
import { defineRule, type Report } from './types';

/** Name parts that mark a credential (compared per word, case-insensitively). */
const SECRET_WORDS = new Set(['token', 'secret', 'password', 'passwd', 'pwd', 'pass', 'apikey', 'credential', 'credentials', 'netrc', 'privatekey']);
/** Endings that mark a credential in a name written as one word (NPMTOKEN, DBPASSWORD). */
const SECRET_SUFFIXES = ['token', 'secret', 'password', 'passwd', 'apikey'];
/** Words before KEY that make it a credential (API_KEY, ACCESS_KEY, PRIVATE_KEY, SSH_KEY). */
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'secret', 'signing', 'encryption', 'client', 'master', 'ssh', 'deploy', 'license', 'auth']);
/** Words that mark a name as a pointer to a secret or a setting about it, not the secret itself. */
const NOT_SECRET = new Set(['file', 'path', 'dir', 'url', 'name', 'id', 'type', 'mode', 'env', 'public', 'length', 'endpoint', 'header', 'ttl', 'timeout']);

type MessageId = 'secretName' | 'urlCredentials';

export default defineRule<MessageId>({
  meta: {
    code: 'GD016',
    name: 'secret-in-arg-env',
    severity: 'warning',
    precision: 'medium',
    securitySeverity: 8.0,
    tags: ['security'],
    docs: {
      summary: 'A credential passed through ARG or ENV (`GITHUB_TOKEN`, `NETRC`, `*_PASSWORD`, a URL with a password).',
      why:
        'Go builds of private modules need a token (GOPRIVATE repositories, a .netrc), and the easy way is `ARG GITHUB_TOKEN`. But ENV values are stored in the image config, and ARG values used by a RUN are recorded in the image history: anyone who can pull the image can read them with `docker history --no-trunc` or `docker inspect`. BuildKit secret mounts give the RUN the value without writing it anywhere: `RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download`, built with `docker build --secret id=netrc,src=$HOME/.netrc`. Names are matched per word (`GITHUB_TOKEN`, `githubToken`, `NPMTOKEN`); not reported when the value is a file path (`GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/key.json`) or an ENV emptied on purpose (`ENV GITHUB_TOKEN=`), nor for names of pointers and settings (`TOKEN_FILE`, `KEYCLOAK_URL`, `PUBLIC_KEY`).',
      bad: 'FROM golang:1.23 AS build\nARG GITHUB_TOKEN\nENV GOPRIVATE=github.com/acme/*\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/" && go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nENV GOPRIVATE=github.com/acme/*\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'No automatic fix: the secret has to be passed to the build in a new way (`--secret`), which the Dockerfile alone cannot change.',
    },
    messages: {
      secretName: '{{keyword}} {{name}} looks like a credential: its value is kept in the image {{where}}; pass it with RUN --mount=type=secret,id={{id}} instead',
      urlCredentials: '{{keyword}} {{name}} holds a URL with a user and password: it is kept in the image {{where}}; use RUN --mount=type=secret (e.g. a .netrc) instead',
    },
  },
  check({ file }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    for (const ins of file.dockerfile.getInstructions()) {
      if (!(ins instanceof Arg) && !(ins instanceof Env)) continue;
      const keyword = ins instanceof Env ? 'ENV' : 'ARG';
      const where = keyword === 'ENV' ? 'config (docker inspect)' : 'history (docker history)';
      for (const p of ins.getProperties()) {
        const name = p.getName();
        const value = p.getValue();
        const secret = looksLikeSecret(name) && !harmlessValue(keyword, value);
        if (!secret && !hasUrlCredentials(value ?? '')) continue;
        const span = spanOf(file, p.getNameRange());
        const data = { keyword, name, where, id: nameWords(name).join('-') };
        reports.push({ messageId: secret ? 'secretName' : 'urlCredentials', ...span, data });
      }
    }
    return reports;
  },
});

/** The words of a name, lower-cased: split at `_`, `-`, `.` and camelCase humps (githubToken). */
function nameWords(name: string): string[] {
  const words: string[] = [];
  let cur = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '_' || c === '-' || c === '.') {
      if (cur) words.push(cur);
      cur = '';
      continue;
    }
    const prev = name[i - 1] ?? '';
    const hump = c >= 'A' && c <= 'Z' && ((prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9'));
    if (hump && cur) {
      words.push(cur);
      cur = '';
    }
    cur += c.toLowerCase();
  }
  if (cur) words.push(cur);
  return words;
}

/** Every credential name above holds one of these, lower-cased: tested before the name is split into words. */
const SECRET_HINTS = ['token', 'secret', 'pass', 'pwd', 'key', 'credential', 'netrc', 'auth'];

export function looksLikeSecret(name: string): boolean {
  const lower = name.toLowerCase();
  let hinted = false;
  for (const hint of SECRET_HINTS) if (lower.includes(hint)) hinted = true;
  if (!hinted) return false;
  const words = nameWords(name);
  if (words.some((w) => NOT_SECRET.has(w))) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (SECRET_WORDS.has(w) || SECRET_SUFFIXES.some((s) => w.length > s.length && w.endsWith(s))) return true;
    if (w === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1])) return true;
    if (w === 'auth' && i === words.length - 1) return true;
  }
  return false;
}

/**
 * Values that keep no secret: a file path (`/run/secrets/token`, as GOOGLE_APPLICATION_CREDENTIALS
 * holds), or an ENV emptied on purpose (`ENV GITHUB_TOKEN=` clears an inherited one).
 */
function harmlessValue(keyword: 'ARG' | 'ENV', value: string | null): boolean {
  if (value === null) return false;
  if (keyword === 'ENV' && value === '') return true;
  return value.startsWith('/') && !value.includes(' ') && !value.includes('$');
}

/** `scheme://user:password@host`: a password in a GOPROXY or git URL (GOPROXY lists split at `,` and `|`). */
function hasUrlCredentials(value: string): boolean {
  for (let i = value.indexOf('://'); i !== -1; i = value.indexOf('://', i + 3)) {
    let end = i + 3;
    while (end < value.length && !AUTHORITY_END.has(value[end])) end++;
    const authority = value.slice(i + 3, end);
    const at = authority.lastIndexOf('@');
    if (at !== -1 && authority.slice(0, at).includes(':')) return true;
  }
  return false;
}

/** Characters that end the `user:password@host` part of a URL. */
const AUTHORITY_END = new Set(['/', '?', '#', ',', '|', ' ', '\t']);
