import { lintText, MAX_FINDINGS, type Finding } from '../../src/lint';
import { applyFixes, fixText } from '../../src/fix';
import { formatText } from '../../src/formatters/text';

/**
 * A hostile Dockerfile must not make the analysis slow or crash it: every walk over what the file
 * describes (stages, copies, words, variables) is linear or bounded, and never recursive in the
 * input's depth. Budgets are generous (tens of times what the input takes) and the inputs are the
 * smallest that show each problem.
 */
function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

function codes(text: string): string[] {
  const r = lintText(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.findings.map((f) => f.code);
}

describe('whether a build ships: a search over stages and copies', () => {
  it('a DAG of COPY --from edges between 34 stages (every stage copies from every earlier one) is linear', () => {
    const lines = ['FROM golang:1.23 AS s0', 'RUN go build -o /a .'];
    for (let i = 1; i < 34; i++) {
      lines.push(`FROM scratch AS s${i}`);
      for (let j = 0; j < i; j++) lines.push(`COPY --from=s${j} /a /a`);
    }
    lines.push('FROM scratch');
    const { value, ms } = timed(() => lintText(lines.join('\n') + '\n'));
    expect(value.ok).toBe(true);
    // The build reaches no COPY into the final stage: nothing of it ships.
    if (value.ok) expect(value.model.goBuilds[0].shipped).toBe(false);
    expect(ms).toBeLessThan(10_000); // a guard against the exponential walk (which never ends here), not a speed target
  });

  it('a binary carried through twelve stages still reaches the final image (no depth limit)', () => {
    const lines = ['FROM golang:1.23 AS s0', 'RUN go build -o /a .'];
    for (let i = 1; i <= 12; i++) lines.push(`FROM alpine:3.20 AS s${i}`, `COPY --from=s${i - 1} /a /a`);
    lines.push('FROM gcr.io/distroless/static-debian12:nonroot', 'COPY --from=s12 /a /a', 'ENTRYPOINT ["/a"]');
    expect(codes(lines.join('\n') + '\n')).toEqual(['GD001', 'GD002', 'GD010']);
  });

  it('stages that copy from a stage built on another: each place is visited once', () => {
    // Each stage is built FROM the previous one and also copies from it: two edges per stage.
    const lines = ['FROM golang:1.23 AS s0', 'RUN go build -o /a .'];
    for (let i = 1; i < 400; i++) lines.push(`FROM s${i - 1} AS s${i}`, `COPY --from=s${i - 1} /a /b`);
    lines.push('FROM scratch');
    const { value, ms } = timed(() => lintText(lines.join('\n') + '\n'));
    expect(value.ok).toBe(true);
    expect(ms).toBeLessThan(10_000); // a guard against the exponential walk (which never ends here), not a speed target
  });
});

describe('commands that wrap commands', () => {
  it.each([
    ['time', 'time '],
    ['env', 'env '],
    ['env with settings', 'env A=1 '],
    ['nice -n1', 'nice -n1 '],
  ])('%s repeated 30,000 times before go build is one pass, not a recursion', (_name, wrapper) => {
    const text = `FROM golang:1.23\nRUN ${wrapper.repeat(30_000)}go build -o /a .\n`;
    const { value, ms } = timed(() => lintText(text));
    expect(value.ok).toBe(true);
    if (value.ok) expect(value.model.goBuilds).toHaveLength(1);
    expect(ms).toBeLessThan(10_000); // a guard against a recursion or a quadratic walk, not a speed target
  });

  it('env settings still apply to the go command after wrappers', () => {
    const r = lintText('FROM golang:1.23 AS b\nRUN time env CGO_ENABLED=0 nice -n1 go build -trimpath -ldflags="-s -w" -o /a .\nFROM scratch\nCOPY --from=b /a /a\nENTRYPOINT ["/a"]\n');
    expect(r.ok && r.model.goBuilds[0].shipped).toBe(true);
    expect(r.ok && r.findings.map((f) => f.code)).not.toContain('GD001');
  });

  it('nested ${U:-...} defaults thousands deep in FROM, WORKDIR, ENV and RUN are no error', () => {
    const deep = '${U:-'.repeat(3000) + 'x' + '}'.repeat(3000);
    for (const text of [
      `ARG U\nFROM ${deep}\n`,
      `FROM golang:1.23\nWORKDIR ${deep}\n`,
      `FROM golang:1.23\nENV A=${deep}\nRUN CGO_ENABLED=${deep} go build -o ${deep} .\n`,
    ]) {
      expect(lintText(text).ok).toBe(true);
      expect(fixText(text, { unsafe: true }).ok).toBe(true);
    }
  });
});

describe('image references as BuildKit reads them', () => {
  const trusted = { options: { trustedRegistries: ['gcr.io'] } };
  const untrusted = (text: string) => {
    const r = lintText(text, trusted);
    if (!r.ok) throw new Error(r.error.message);
    return r.findings.filter((f) => f.code === 'GD018').map((f) => `${f.line}:${f.column} ${f.message.split(' comes from')[0]}`);
  };

  it.each([
    ['a line continuation inside the image name', 'FROM evil.exa\\\nmple/alpine:3\n', ['1:6 evil.example/alpine:3']],
    ['a continuation with CRLF and a comment line inside', 'FROM evil.exa\\\r\n# note\r\nmple/alpine:3\r\n', ['1:6 evil.example/alpine:3']],
    ['a quoted image', 'FROM "evil.example/alpine:3"\n', ['1:6 evil.example/alpine:3']],
    ['an escaped character', 'FROM evil\\.example/alpine:3\n', ['1:6 evil.example/alpine:3']],
    ['COPY --from in quotes', 'FROM gcr.io/distroless/static\nCOPY --from="evil.example/tools:1" /t /t\n', ['2:13 evil.example/tools:1']],
    ['COPY --from in single quotes with a backslash', "FROM gcr.io/distroless/static\nCOPY --from='evil.example/tools:1' /t /t\nCOPY --from=evil\\.example/tools:2 /t /t\n", ['2:13 evil.example/tools:1', '3:13 evil.example/tools:2']],
    ['COPY --from split over lines', 'FROM gcr.io/distroless/static\nCOPY --from=evil.exa\\\nmple/tools:1 /t /t\n', ['2:13 evil.example/tools:1']],
    ['RUN --mount from= in quotes', 'FROM gcr.io/distroless/static\nRUN --mount=type=bind,from="evil.example/z:1",target=/x true\n', ['2:28 evil.example/z:1']],
    ['RUN --mount with a quoted whole value', 'FROM gcr.io/distroless/static\nRUN --mount="type=bind,from=evil.example/z:1" true\n', ['2:29 evil.example/z:1']],
  ])('%s is seen', (_name, text, expected) => {
    expect(untrusted(text)).toEqual(expected);
  });

  it('every rule sees the real image: a quoted or split final image is known', () => {
    const ok = 'FROM golang:1.23 AS b\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /a .\nFROM "gcr.io/distroless/static-debian12:nonroot"\nCOPY --from=b /a /a\nENTRYPOINT ["/a"]\n';
    expect(codes(ok)).toEqual([]);
    expect(codes(ok.replace('"gcr.io/distroless/static-debian12:nonroot"', 'gcr.io/distroless/static-deb\\\nian12:nonroot'))).toEqual([]);
    // The same text naming alpine is judged as alpine.
    expect(codes(ok.replace('"gcr.io/distroless/static-debian12:nonroot"', '"alpine:3.20"'))).toContain('GD003');
  });

  it('a quoted stage name in COPY --from names the stage', () => {
    const r = lintText('FROM golang:1.23 AS b\nRUN go build -o /a .\nFROM scratch\nCOPY --from="b" /a /a\nENTRYPOINT ["/a"]\n');
    expect(r.ok && r.model.goBuilds[0].shipped).toBe(true);
  });
});

describe('what one file can produce is bounded', () => {
  it(`a file with more than ${MAX_FINDINGS} findings reports the first ${MAX_FINDINGS} and says it was cut`, () => {
    const text = 'FROM alpine\n'.repeat(MAX_FINDINGS + 200);
    const r = lintText(text);
    expect(r.ok && r.findings.length).toBe(MAX_FINDINGS);
    expect(r.ok && r.truncated).toBe(true);
    expect(r.ok && r.findings[MAX_FINDINGS - 1].line).toBe(MAX_FINDINGS);
    const fixed = fixText(text);
    expect(fixed.ok && fixed.truncated).toBe(true);
  });

  it('a file under the cap is not marked', () => {
    const r = lintText('FROM alpine\n'.repeat(10));
    expect(r.ok && r.truncated).toBeUndefined();
  });

  it('the text format and the fix loop take arrays larger than a call can spread (150,000 items)', () => {
    const finding = (i: number): Finding => ({ code: 'GD013', rule: 'unpinned-image', severity: 'warning', messageId: 'm', message: 'x', start: i, end: i + 1, line: i + 1, column: 1, endLine: i + 1, endColumn: 2 });
    const many = Array.from({ length: 150_000 }, (_, i) => finding(i));
    expect(formatText([{ path: 'Dockerfile', findings: many }], { color: false })).toContain('150000 problems');
    const edits = Array.from({ length: 150_000 }, (_, i) => ({ start: i, end: i + 1, text: 'y' }));
    const one = { ...finding(0), fix: { title: 't', applicability: 'safe' as const, edits } };
    expect(applyFixes('x'.repeat(150_000), [one]).text).toBe('y'.repeat(150_000));
  });
});
