import { fixText } from '../../src/fix';
import { decodeDockerfile } from '../../src/parse/decode';

/**
 * Files far larger or deeper than real ones: golint-docker answers without an exception or a hang
 * (jest's timeout is the guard; speed lives in `npm run bench` and test/hostile/analysis.test.ts).
 * Apart from test/hostile.test.ts so that the two run side by side.
 */
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

