import { basename, dirname, globMatch, isWithin, normalize, resolvePath, trimTrailingSlashes } from '../../src/model/paths';

describe('image paths', () => {
  const normal: Array<[string, string]> = [
    ['/', '/'], ['/a/b', '/a/b'], ['/a/b/', '/a/b'], ['/a//b', '/a/b'], ['/a/./b', '/a/b'], ['/a/../b', '/b'],
    ['/../a', '/a'], ['a/b', 'a/b'], ['./a', 'a'], ['.', '.'], ['', '.'], ['../a', '../a'], ['a/..', '.'],
    ['/a/.b', '/a/.b'], ['/a/..b', '/a/..b'], ['/a/b/.', '/a/b'], ['/a/b/..', '/a'], ['//', '/'],
  ];
  it.each(normal)('normalize(%j) = %j', (input, expected) => expect(normalize(input)).toBe(expected));

  it('resolves against a working directory', () => {
    expect(resolvePath('/src', 'bin/app')).toBe('/src/bin/app');
    expect(resolvePath('/src', '/out/app')).toBe('/out/app');
    expect(resolvePath('/src', '../out')).toBe('/out');
    expect(resolvePath('/', '.')).toBe('/');
  });

  it('splits and compares', () => {
    expect(basename('/usr/local/bin/app')).toBe('app');
    expect(dirname('/usr/local/bin/app')).toBe('/usr/local/bin');
    expect(dirname('/app')).toBe('/');
    expect(isWithin('/go/bin/app', '/go')).toBe(true);
    expect(isWithin('/go', '/go')).toBe(true);
    expect(isWithin('/gopher', '/go')).toBe(false);
    expect(isWithin('/anything', '/')).toBe(true);
    expect(trimTrailingSlashes('/a///')).toBe('/a');
    expect(trimTrailingSlashes('/')).toBe('/');
  });

  const globs: Array<[string, string, boolean]> = [
    ['/out/*', '/out/app', true], ['/out/*', '/out/a/b', false], ['/out/ap?', '/out/app', true], ['/o*t/app', '/out/app', true],
    ['/out/*.exe', '/out/app', false],
  ];
  it.each(globs)('globMatch(%j, %j) = %j', (pattern, path, expected) => expect(globMatch(pattern, path)).toBe(expected));

  it('does not backtrack badly on adversarial patterns', () => {
    expect(globMatch('/' + 'a*'.repeat(30) + 'c', '/' + 'a'.repeat(5000) + 'b')).toBe(false);
    expect(globMatch('/' + 'a*'.repeat(30), '/' + 'a'.repeat(5000) + 'b')).toBe(true);
  });
});
