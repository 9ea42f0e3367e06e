import * as fs from 'fs';
import * as path from 'path';
import { discover } from '../../src/node/discover';
import { indexedMatcher, MAX_WILDCARD_PATTERNS } from '../../src/node/gitignore';
import { unifiedDiff } from '../../src/formatters/diff';
import { tempDir } from '../support/tmp';

/**
 * Inputs a repository can make as large as it likes: each is bounded, or handled in time that
 * grows linearly with it. Budgets are tens of times what the inputs take.
 */
function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

describe('.gitignore', () => {
  function tree(gitignore: string, dirs: string[]): string {
    const root = tempDir('golint-docker-sizes-');
    fs.mkdirSync(path.join(root, '.git'));
    fs.writeFileSync(path.join(root, '.gitignore'), gitignore);
    for (const d of dirs) {
      fs.mkdirSync(path.join(root, d), { recursive: true });
      fs.writeFileSync(path.join(root, d, 'Dockerfile'), 'FROM scratch\n');
    }
    return root;
  }

  it('100,000 literal patterns cost what a few do, and still apply', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `build${i}/`);
    const dirs = Array.from({ length: 40 }, (_, i) => `svc${i}/sub`).concat(['build77/x', 'build99999']);
    const root = tree(lines.join('\n') + '\n', dirs);
    const { value, ms } = timed(() => discover([root]));
    expect(value.files).toHaveLength(40);
    expect(value.notes).toEqual([]);
    expect(ms).toBeLessThan(5000);
  });

  it(`more than ${MAX_WILDCARD_PATTERNS} patterns with wildcards are not applied, and the run says so`, () => {
    const lines = Array.from({ length: MAX_WILDCARD_PATTERNS + 1 }, (_, i) => `*tmp${i}*`);
    const root = tree(lines.join('\n') + '\nsvc/\n', ['svc']);
    const found = discover([root]);
    expect(found.files.map((f) => path.relative(root, f))).toEqual(['svc/Dockerfile']);
    expect(found.notes).toEqual([{ path: path.join(root, '.gitignore'), message: `${MAX_WILDCARD_PATTERNS + 1} patterns with wildcards, over the ${MAX_WILDCARD_PATTERNS} golint-docker applies; its patterns are not applied` }]);
  });

  it.each([
    ['a literal pattern after a wildcard one re-includes', 'build*/\n!buildx\n', 'buildx/', false],
    ['a wildcard after a literal one excludes again', '!keep\n*\n', 'keep', true],
    ['a literal folder pattern does not match a file', 'out/\n', 'out', false],
    ['an anchored literal path', '/docs/site\n', 'docs/site/', true],
    ['an anchored literal path elsewhere', '/docs/site\n', 'x/docs/site/', false],
    ['a literal pattern matches a parent', 'gen\n', 'a/gen/Dockerfile', true],
    ['literal patterns compare without case, as the ignore package does', 'Build\n', 'build/', true],
  ])('the index keeps the order and meaning of patterns: %s', (_name, text, rel, ignored) => {
    const m = indexedMatcher(text);
    if (typeof m === 'string') throw new Error(m);
    expect(m.test(rel).ignored).toBe(ignored);
  });
});

describe('--diff', () => {
  /** Apply a unified diff to `before` (enough of patch(1) to check what the diff says). */
  function apply(before: string, diff: string): string {
    const a = before.split(/(?<=\n)/);
    const out: string[] = [];
    let at = 0;
    const lines = diff.split('\n');
    for (let i = 2; i < lines.length; i++) {
      const h = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(lines[i]);
      if (!h) continue;
      const start = Number(h[2]) === 0 ? Number(h[1]) : Number(h[1]) - 1;
      while (at < start) out.push(a[at++]);
      for (i++; i < lines.length && !lines[i].startsWith('@@'); i++) {
        const [op, text] = [lines[i][0], lines[i].slice(1)];
        if (op === ' ' || op === '-') {
          expect(a[at]).toBe(text + '\n');
          at++;
        }
        if (op === ' ' || op === '+') out.push(text + '\n');
      }
      i--;
    }
    while (at < a.length) out.push(a[at++]);
    return out.join('');
  }

  it('of a 500 KB file with every other line changed takes linear time, and says exactly what changed', () => {
    const lines = Array.from({ length: 12_000 }, (_, i) => `RUN go build -o /out/app${i} ./cmd/app${i}\n`);
    const before = 'FROM golang:1.23 AS build\n' + lines.join('');
    const after = 'FROM golang:1.23 AS build\n' + lines.map((l, i) => (i % 2 ? l.replace('RUN go build', 'RUN CGO_ENABLED=0 go build -trimpath') : l)).join('') + 'USER 65532\n';
    const { value, ms } = timed(() => unifiedDiff('Dockerfile', before, after));
    expect(ms).toBeLessThan(3000);
    expect(value.startsWith('--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,')).toBe(true);
    expect(apply(before, value)).toBe(after);
  });

  it('of a small file is the diff package\'s, as before', () => {
    expect(unifiedDiff('D', 'FROM a\nRUN x\nRUN y\n', 'FROM a\nRUN x2\nRUN y\n')).toBe('--- a/D\n+++ b/D\n@@ -1,3 +1,3 @@\n FROM a\n-RUN x\n+RUN x2\n RUN y\n');
  });
});
