import { isIgnored, matchElement, parseDockerignore } from '../../src/model/dockerignore';
import { memoryTree, memoryWorkspace } from '../../src/model/workspace';

describe('.dockerignore (BuildKit\'s patternmatcher)', () => {
  const cases: Array<[string, string, boolean]> = [
    // Docker's documented examples.
    ['*/temp*', 'somedir/temporary.txt', true],
    ['*/temp*', 'somedir/temp', true],
    ['*/temp*', 'temp', false],
    ['*/*/temp*', 'somedir/subdir/temporary.txt', true],
    ['temp?', 'tempa', true],
    ['temp?', 'temp', false],
    ['**/*.go', 'main.go', true],
    ['**/*.go', 'cmd/api/main.go', true],
    ['**/*.go', 'web/index.html', false],
    // A folder excludes what is in it.
    ['node_modules', 'node_modules/x/index.js', true],
    ['/bin', 'bin/app', true],
    ['./bin/', 'bin/app', true],
    ['bin', 'cmd/bin/app', false],
    ['.git', '.git/HEAD', true],
    ['[a-c]*.txt', 'b1.txt', true],
    ['[!a-c]*.txt', 'b1.txt', false],
    ['\\*.txt', '*.txt', true],
    ['\\*.txt', 'a.txt', false],
  ];
  it.each(cases)('%s on %s: %s', (pattern, file, ignored) => {
    expect(isIgnored(parseDockerignore(pattern), file)).toBe(ignored);
  });

  it('the last matching pattern wins, exceptions included', () => {
    const p = parseDockerignore('# docs\n*.md\n!README*.md\nREADME-secret.md\n');
    expect(isIgnored(p, 'CHANGES.md')).toBe(true);
    expect(isIgnored(p, 'README.md')).toBe(false);
    expect(isIgnored(p, 'README-secret.md')).toBe(true);
  });

  it('ignores blank lines, comments and CRLF line ends', () => {
    expect(parseDockerignore('\r\n# x\r\n  bin  \r\n\r\n')).toEqual([{ elements: ['bin'], exception: false }]);
  });

  it('matches in linear time where a backtracking matcher would not', () => {
    const name = 'a'.repeat(5000);
    const t0 = Date.now();
    expect(matchElement('*a*a*a*a*a*a*a*a*b', name)).toBe(false);
    expect(isIgnored(parseDockerignore(`${'**/'.repeat(50)}x`), `${'d/'.repeat(200)}y`)).toBe(false);
    // A guard against backtracking (which would not end here), not a speed target: about 0.1 s when the machine is quiet.
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('memoryTree and memoryWorkspace', () => {
  const files = { 'go.mod': 'module example.com/app\n', 'web/templates/index.html': '<p>', 'web/static/': '', '.dockerignore': '*.md\nweb/static\n', 'README.md': '# app' };

  it('answers kind, read and list like a folder on disk', () => {
    const t = memoryTree(files);
    expect(t.kind('go.mod')).toBe('file');
    expect(t.kind('web')).toBe('dir');
    expect(t.kind('./web/templates/')).toBe('dir');
    expect(t.kind('nope')).toBeUndefined();
    expect(t.read('web/templates/index.html')).toBe('<p>');
    expect(t.read('web')).toBeUndefined();
    expect(t.list('')).toEqual(['.dockerignore', 'README.md', 'go.mod', 'web/']);
    expect(t.list('web')).toEqual(['static/', 'templates/']);
  });

  it('the context applies .dockerignore; the repository does not', () => {
    const w = memoryWorkspace(files);
    expect(w.context.kind('README.md')).toBeUndefined();
    expect(w.context.kind('web/static')).toBeUndefined();
    expect(w.context.list('web')).toEqual(['templates/']);
    expect(w.repository.kind('README.md')).toBe('file');
  });

  it('a Dockerfile\'s own <name>.dockerignore wins over the context\'s', () => {
    const w = memoryWorkspace({ ...files, 'deploy/Dockerfile': 'FROM scratch\n', 'deploy/Dockerfile.dockerignore': 'go.mod\n' }, 'deploy/Dockerfile');
    expect(w.context.kind('go.mod')).toBeUndefined();
    expect(w.context.kind('README.md')).toBe('file');
  });
});
