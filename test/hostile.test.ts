import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { lintText } from '../src/lint';
import { fixText } from '../src/fix';
import { decodeDockerfile } from '../src/parse/decode';
import { discover } from '../src/node/discover';
import { tempDir } from './support/tmp';

/**
 * Whatever it is given, golint-docker answers: no exception, no hang (jest's timeout is the
 * guard, not a speed assertion; speed lives in `npm run bench`), and --fix never makes a file
 * parse worse than it did.
 */
const examplesDir = path.resolve(__dirname, '../examples');
const examples = fs.readdirSync(examplesDir).filter((d) => fs.existsSync(path.join(examplesDir, d, 'Dockerfile'))).map((d) => fs.readFileSync(path.join(examplesDir, d, 'Dockerfile'), 'utf8'));

/** Lint and fix must return; a fixed file must lint whenever its input did. */
function survives(text: string): void {
  const lint = lintText(text);
  for (const unsafe of [false, true]) {
    const fixed = fixText(text, { unsafe });
    expect(fixed.ok).toBe(lint.ok);
    if (fixed.ok) expect(lintText(fixed.output).ok).toBe(true);
  }
}

describe('mutations of the examples', () => {
  it('truncated at every line and every 7th character', () => {
    for (const text of examples) {
      const lines = text.split('\n');
      for (let i = 0; i <= lines.length; i++) survives(lines.slice(0, i).join('\n'));
      for (let i = 0; i < text.length; i += 7) survives(text.slice(0, i));
    }
  });

  it('with quotes, brackets and backslashes deleted or doubled', () => {
    for (const text of examples) {
      for (const ch of ['"', "'", '[', ']', '\\', '{', '}', '$', '`']) {
        survives(text.split(ch).join(''));
        survives(text.split(ch).join(ch + ch));
      }
    }
  });

  it('with random characters inserted (seeded)', () => {
    const alphabet = ['\\', '\n', '"', "'", '<<EOF\n', '$(', '${', '#', ' ', '\r\n', '`', '[', '&&', ';', '|', '\t', '=', '-', 'go build ', 'FROM ', 'COPY --from=0 '];
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...alphabet)), { maxLength: 12 }), (text, inserts) => {
        let t = text;
        for (const [at, s] of inserts) {
          const i = at % (t.length + 1);
          t = t.slice(0, i) + s + t.slice(i);
        }
        survives(t);
      }),
      { numRuns: 400, seed: 3 },
    );
  });

  it('with arbitrary unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (junk) => survives('FROM golang:1.23\nRUN ' + junk + '\n' + junk)), { numRuns: 300, seed: 5 });
  });
});

describe('pathological files', () => {
  // Each is linted and fixed (with unsafe fixes) once: fixText lints first and last, and returns
  // ok only when the file and its fixed text both lint. `valid`: a builder would take the file, so
  // golint-docker must lint it (an internal error, such as a stack overflow, fails the case).
  const cases: Array<[string, boolean, () => string]> = [
    // Sizes well past the depth at which a recursion per line or per stage overflows the stack (about 11,000).
    ['40,000 continuation lines', true, () => 'FROM golang:1.23\nRUN go build \\\n' + '  -v \\\n'.repeat(40_000) + '  -o /app .\n'],
    ['40,000 comment lines inside a continuation', true, () => 'FROM golang:1.23\nRUN go build \\\n' + '# c\n'.repeat(40_000) + '  -o /app .\n'],
    ['a 1 MB single line', true, () => 'FROM golang:1.23\nRUN echo ' + 'a'.repeat(1024 * 1024) + '\n'],
    ['a 1 MB image name', true, () => 'FROM ' + 'a'.repeat(1024 * 1024) + '\n'],
    ['a 1 MB variable name in ENV', true, () => 'FROM golang:1.23\nENV ' + 'CGO_'.repeat(250_000) + '=1\nRUN go build .\n'],
    ['an unterminated heredoc', false, () => 'FROM golang:1.23\nRUN <<EOF\n' + 'go build .\n'.repeat(10_000)],
    ['20,000 stages, each built FROM the one before', true, () => 'FROM golang:1.23 AS s0\n' + Array.from({ length: 20_000 }, (_, i) => `FROM s${i} AS s${i + 1}\nCOPY --from=s${i} /a /a\n`).join('')],
    ['a long chain of copies', true, () => 'FROM golang:1.23 AS s0\nRUN go build -o /a .\n' + Array.from({ length: 2_000 }, (_, i) => `FROM scratch AS s${i + 1}\nCOPY --from=s${i} /a /a\n`).join('')],
    ['nested command substitutions', true, () => 'FROM golang:1.23\nRUN ' + '$('.repeat(50_000) + 'go build' + ')'.repeat(50_000) + '\n'],
    ['200,000 quotes', true, () => 'FROM golang:1.23\nRUN go build -ldflags=' + '"'.repeat(200_000) + '\n'],
    ['adversarial flags', true, () => 'FROM golang:1.23\nRUN go build ' + '-ldflags=-s '.repeat(20_000) + '-o /a .\n'],
    ['a final stage picking among 5,000 platform stages', true, () => 'FROM golang:1.23 AS build\nRUN go build -o /a .\n' + Array.from({ length: 5_000 }, (_, i) => `FROM gcr.io/distroless/static${i % 2 ? ':nonroot' : ''} AS runtime-a${i}\n`).join('') + 'FROM runtime-${TARGETARCH}\nCOPY --from=build /a /a\n'],
    ['a final stage picking among 8 platforms, each different', true, () => 'FROM golang:1.23 AS build\nRUN go build -o /a .\n' + Array.from({ length: 8 }, (_, i) => `FROM ${['alpine:3.20', 'gcr.io/distroless/static:nonroot', 'debian:12', 'scratch'][i % 4]} AS runtime-a${i}\n`).join('') + 'FROM runtime-${TARGETARCH}\nCOPY --from=build /a /a\n'],
    ['only comments', false, () => '# just\n# comments\n'],
    ['a BOM', true, () => '\uFEFFFROM golang:1.23\nRUN go build -o /app .\n'],
    ['# escape=` with backtick continuations', true, () => '# escape=`\nFROM golang:1.23\nRUN go build `\n    -o C:\\app.exe .\n'],
    ['CR-only line endings', true, () => 'FROM golang:1.23\rRUN go build -o /app .\rCMD ["/app"]\r'],
    ['lines of 10,000 ARGs in FROM', true, () => Array.from({ length: 10_000 }, (_, i) => `ARG A${i}=\${A${i - 1}}x`).join('\n') + '\nFROM golang:${A9999}\n'],
  ];
  it.each(cases)('%s', (_name, valid, make) => {
    const fixed = fixText(make(), { unsafe: true });
    if (!fixed.ok && valid) throw new Error(fixed.error.message);
    expect(fixed.ok).toBe(valid);
  });

  const bytes: Array<[string, Uint8Array, string]> = [
    ['NUL bytes', Buffer.from('FROM scratch\n\0\0\0'), 'binary file (NUL byte); not a Dockerfile'],
    ['invalid UTF-8', Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xc3, 0x28, 0x0a]), 'invalid UTF-8; save the file as UTF-8'],
    ['overlong UTF-8', Buffer.from([0x46, 0xc0, 0xaf]), 'invalid UTF-8; save the file as UTF-8'],
    ['UTF-16', Buffer.from('\ufeffFROM scratch', 'utf16le'), 'file is UTF-16; save it as UTF-8'],
    ['truncated multibyte sequence', Buffer.from([0x46, 0xe2, 0x82]), 'invalid UTF-8; save the file as UTF-8'],
  ];
  it.each(bytes)('%s is refused with a clear message', (_name, input, message) => {
    const d = decodeDockerfile(input);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toBe(message);
  });

  it('valid UTF-8 of every length passes the decoder', () => {
    const d = decodeDockerfile(Buffer.from('FROM scratch # é € 𝄞 \u{10ffff}\n', 'utf8'));
    expect(d.ok).toBe(true);
  });
});

describe('folder trees', () => {
  function tree(): string {
    const dir = tempDir('golint-docker-tree-');
    fs.mkdirSync(path.join(dir, 'svc/a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'svc/Dockerfile'), 'FROM scratch\n');
    fs.symlinkSync('..', path.join(dir, 'svc/a/loop'));
    fs.symlinkSync(dir, path.join(dir, 'svc/a/root'));
    const outside = tempDir('golint-docker-outside-');
    fs.writeFileSync(path.join(outside, 'Dockerfile'), 'FROM scratch\n');
    fs.symlinkSync(outside, path.join(dir, 'svc/outside-dir'));
    fs.symlinkSync(path.join(outside, 'Dockerfile'), path.join(dir, 'svc/Dockerfile.outside'));
    fs.symlinkSync(path.join(dir, 'svc/Dockerfile'), path.join(dir, 'svc/a/Dockerfile.inside'));
    fs.symlinkSync(path.join(dir, 'missing'), path.join(dir, 'svc/a/Dockerfile.dangling'));
    fs.mkdirSync(path.join(dir, 'svc/Dockerfile.d'));
    return dir;
  }

  it('does not follow symbolic link loops or links out of the tree', () => {
    const dir = tree();
    const found = discover([dir]);
    expect(found.files.map((f) => path.relative(dir, f)).sort()).toEqual(['svc/Dockerfile', 'svc/a/Dockerfile.inside']);
    expect(found.errors).toEqual([]);
  });

  it('walks 4,000 files', () => {
    const dir = tempDir('golint-docker-many-');
    for (let i = 0; i < 100; i++) {
      fs.mkdirSync(path.join(dir, `d${i}`));
      for (let j = 0; j < 40; j++) fs.writeFileSync(path.join(dir, `d${i}`, j % 2 ? `Dockerfile.${j}` : `notes-${j}.txt`), 'FROM scratch\n');
    }
    expect(discover([dir]).files).toHaveLength(2000);
  });
});
