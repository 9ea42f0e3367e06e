import {
  compareGoVersions,
  goVersionSatisfies,
  parseGoMod,
  parseGoVersion,
  toolchainGoVersion,
  type GoMod,
  type GoVersion,
} from '../../src/model/gomod';

describe('parseGoMod', () => {
  const cases: Array<[string, string, Omit<GoMod, 'requires'>]> = [
    ['empty file', '', {}],
    ['module only', 'module example.com/app\n', { module: 'example.com/app' }],
    [
      'module and go',
      'module example.com/app\n\ngo 1.22\n',
      { module: 'example.com/app', goVersion: '1.22', goLine: 3 },
    ],
    [
      'go with patch and toolchain',
      'module example.com/app\ngo 1.22.3\ntoolchain go1.22.5\n',
      { module: 'example.com/app', goVersion: '1.22.3', goLine: 2, toolchain: 'go1.22.5' },
    ],
    ['prerelease go line', 'go 1.23rc1', { goVersion: '1.23rc1', goLine: 1 }],
    [
      'CRLF line endings',
      'module example.com/app\r\n\r\ngo 1.21\r\ntoolchain go1.21.4\r\n',
      { module: 'example.com/app', goVersion: '1.21', goLine: 3, toolchain: 'go1.21.4' },
    ],
    ['no trailing newline', 'module m\ngo 1.20', { module: 'm', goVersion: '1.20', goLine: 2 }],
    ['UTF-8 BOM', '\uFEFFmodule m\ngo 1.22\n', { module: 'm', goVersion: '1.22', goLine: 2 }],
    [
      'comments everywhere',
      '// header comment\nmodule example.com/app // trailing\n// go 1.10\ngo 1.22 // language version\n//toolchain go1.99.0\n',
      { module: 'example.com/app', goVersion: '1.22', goLine: 4 },
    ],
    ['comment glued to the version', 'go 1.22// note\n', { goVersion: '1.22', goLine: 1 }],
    ['tabs and extra spaces', '\tmodule\t  m  \n   go\t1.22   \n', { module: 'm', goVersion: '1.22', goLine: 2 }],
    ['quoted module path', 'module "example.com/my app" // c\ngo 1.22\n', { module: 'example.com/my app', goVersion: '1.22', goLine: 2 }],
    ['raw-quoted module path with //', 'module `example.com//x`\n', { module: 'example.com//x' }],
    ['escaped quote in module path', 'module "a\\"b"\n', { module: 'a"b' }],
    [
      'require block with go-looking lines',
      [
        'module m',
        '',
        'require (',
        '\tgo 1.99',
        '\tgolang.org/x/text v0.14.0 // indirect',
        '\ttoolchain go1.99.0',
        ')',
        '',
        'go 1.21.0',
      ].join('\n'),
      { module: 'm', goVersion: '1.21.0', goLine: 9 },
    ],
    [
      'several blocks, block opener with comment',
      'module m\nreplace ( // comment\n  a => b\n)\nexclude (\n  x v1.0.0\n  )\ngo 1.22\ntool (\n  golang.org/x/tools/cmd/stringer\n)\ntoolchain go1.23.0\n',
      { module: 'm', goVersion: '1.22', goLine: 8, toolchain: 'go1.23.0' },
    ],
    ['single-line parenthesised directive is not a block', 'require ( a v1 )\ngo 1.22\n', { goVersion: '1.22', goLine: 2 }],
    ['unterminated block swallows the rest', 'require (\n a v1\ngo 1.22\n', {}],
    ['missing go line', 'module m\nrequire a v1.0.0\n', { module: 'm' }],
    ['go directive without argument', 'module m\ngo\n', { module: 'm' }],
    ['invalid go version is kept as written', 'go 1.22.x\n', { goVersion: '1.22.x', goLine: 1 }],
    ['first go directive wins', 'go 1.20\ngo 1.22\n', { goVersion: '1.20', goLine: 1 }],
    ['"go1.22" without a space is not a go directive', 'go1.22\n', {}],
    ['toolchain default', 'toolchain default\n', { toolchain: 'default' }],
    ['unterminated quote', 'module "abc\ngo 1.22', { module: 'abc', goVersion: '1.22', goLine: 2 }],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    const { requires: _requires, require: _require, localReplaces: _replaces, ...rest } = parseGoMod(text);
    expect(rest).toStrictEqual(expected);
  });

  const requireCases: Array<[string, string, string[]]> = [
    ['no require', 'module m\ngo 1.22\n', []],
    ['single-line require', 'module m\nrequire a v1.0.0\n', ['a']],
    ['require block', 'module m\nrequire (\n\ta v1\n\tb v2 // indirect\n)\n', ['a', 'b']],
    ['block and single line', 'require a v1\nrequire (\n c v1\n)\n', ['a', 'c']],
    ['one-line parenthesised require', 'require ( a v1 )\n', ['a']],
    ['quoted path', 'require (\n\t"github.com/mattn/go-sqlite3" v1.14.22\n)\n', ['github.com/mattn/go-sqlite3']],
    ['replace block does not count', 'replace (\n a => b\n)\n', []],
  ];
  it.each(requireCases)('lists requires: %s', (_name, text, expected) => {
    const mod = parseGoMod(text);
    expect(mod.require).toEqual(expected);
    expect(mod.requires).toBe(expected.length);
  });

  it('lists the local folders replace directives point at', () => {
    const text = 'module m\nreplace a => ./api\nreplace (\n\tb v1.0.0 => ../b\n\tc => example.com/c v1.2.0\n\td => /abs/d\n)\n';
    expect(parseGoMod(text).localReplaces).toEqual(['./api', '../b', '/abs/d']);
    expect(parseGoMod('module m\nreplace a => example.com/a v1.0.0\n').localReplaces).toBeUndefined();
  });

  it('never throws on binary-ish input', () => {
    expect(() => parseGoMod('\u0000(\u0000)"`\\\n)))((\n')).not.toThrow();
  });
});

describe('parseGoVersion', () => {
  const valid: Array<[string, GoVersion]> = [
    ['1', { major: '1' }],
    ['1.22', { major: '1', minor: '22' }],
    ['1.22.3', { major: '1', minor: '22', patch: '3' }],
    ['1.23rc1', { major: '1', minor: '23', preKind: 'rc', preNum: '1' }],
    ['1.21beta2', { major: '1', minor: '21', preKind: 'beta', preNum: '2' }],
    ['1.21rc', { major: '1', minor: '21', preKind: 'rc' }],
    ['go1.22.3', { major: '1', minor: '22', patch: '3' }],
    ['1.0', { major: '1', minor: '0' }],
  ];
  it.each(valid)('parses %s', (text, expected) => {
    expect(parseGoVersion(text)).toStrictEqual(expected);
  });

  it.each(['', 'go', 'latest', '1.', '1..2', '.1', 'v1.22', '1.22.', '1.22.3rc1', '1rc1', '01.22', '1.022', '1.22.03', '1.22RC1', '1.22rc01', '1.22rc1x', '1.22-rc1', ' 1.22'])(
    'rejects %j',
    (text) => {
      expect(parseGoVersion(text)).toBeUndefined();
    },
  );
});

describe('compareGoVersions', () => {
  const cases: Array<[string, string, number | undefined]> = [
    ['1.21', '1.21.0', 0],
    ['1.21.0', '1.21', 0],
    ['1.21rc1', '1.21.0', -1],
    ['1.21rc1', '1.21', -1],
    ['1.21', '1.21rc1', 1],
    ['1.21rc2', '1.21rc1', 1],
    ['1.21beta1', '1.21rc1', -1],
    ['1.21rc', '1.21rc1', -1],
    ['1.21rc1', '1.21rc1', 0],
    ['1.20.14', '1.21rc1', -1],
    ['1.22', '1.21.5', 1],
    ['1.21.5', '1.22', -1],
    ['1.22.3', '1.22.10', -1],
    ['1.9', '1.10', -1],
    ['1.100', '1.99', 1],
    ['1', '1.0.0', 0],
    ['1', '1.22', -1],
    ['2', '1.99.99', 1],
    ['go1.22', '1.22.0', 0],
    ['1.22', 'latest', undefined],
    ['', '1.22', undefined],
    ['1.22.3rc1', '1.22', undefined],
  ];
  it.each(cases)('compare(%j, %j) = %j', (a, b, expected) => {
    expect(compareGoVersions(a, b)).toBe(expected);
  });

  it('is antisymmetric', () => {
    const versions = ['1', '1.20', '1.21rc1', '1.21', '1.21.1', '1.22beta1', '1.22rc2', '1.22.0', '1.22.10', '2'];
    for (const a of versions) {
      for (const b of versions) {
        expect(compareGoVersions(a, b)).toBe(-(compareGoVersions(b, a) as number) || 0);
      }
    }
  });
});

describe('goVersionSatisfies', () => {
  const cases: Array<[string, string, boolean | undefined]> = [
    // minor-only tags float to the newest patch of that minor
    ['1.22', '1.22.3', true],
    ['1.22', '1.22', true],
    ['1.22', '1.22.0', true],
    ['1.22', '1.22rc1', true],
    ['1.22', '1.21.9', true],
    ['1.22', '1.23', false],
    ['1.22', '1.23rc1', false],
    ['1.22', '2.0', false],
    // exact patch tags do not float
    ['1.22.1', '1.22.3', false],
    ['1.22.3', '1.22.3', true],
    ['1.22.5', '1.22.3', true],
    ['1.22.0', '1.22', true],
    ['1.23.0', '1.22.9', true],
    // prerelease tags are exact
    ['1.23rc1', '1.23', false],
    ['1.23rc2', '1.23rc1', true],
    ['1.23rc1', '1.22.9', true],
    // major-only tags cover every 1.x
    ['1', '1.22.3', true],
    ['1', '1.99rc1', true],
    ['1', '1', true],
    ['1', '2.0', false],
    ['2', '1.22', true],
    // unknown
    ['latest', '1.22', undefined],
    ['1.22', 'abc', undefined],
    ['', '', undefined],
  ];
  it.each(cases)('image %j for go %j -> %j', (image, required, expected) => {
    expect(goVersionSatisfies(image, required)).toBe(expected);
  });
});

describe('toolchainGoVersion', () => {
  it.each<[string, string | undefined]>([
    ['go1.22.3', '1.22.3'],
    ['go1.21.0-bigcorp', '1.21.0'],
    ['go1.23rc1', '1.23rc1'],
    ['default', undefined],
    ['1.22.3', undefined],
    ['go', undefined],
    ['gofoo', undefined],
  ])('%j -> %j', (name, expected) => {
    expect(toolchainGoVersion(name)).toBe(expected);
  });
});
