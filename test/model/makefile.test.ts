import { computeLineStarts } from '../../src/parse/source';
import { expandMake, type MakeValue } from '../../src/model/make-expand';
import { readMakefile, type MakeInvocation } from '../../src/model/makefile';
import { recipeRuns } from '../../src/model/make-run';
import type { OtherFile } from '../../src/model/types';

const file = (text: string, path = 'Makefile'): OtherFile => ({ path, text, lineStarts: computeLineStarts(text) });
const known = (value: string): MakeValue => ({ value, known: true });

function run(text: string, goals: string[] = [], opts: { env?: Record<string, string>; overrides?: Record<string, string>; files?: Record<string, string> } = {}) {
  const invocation: MakeInvocation = {
    env: new Map(Object.entries(opts.env ?? {}).map(([k, v]) => [k, known(v)])),
    overrides: new Map(Object.entries(opts.overrides ?? {}).map(([k, v]) => [k, known(v)])),
    curdir: '/src',
  };
  const open = (p: string) => (opts.files?.[p] !== undefined ? file(opts.files[p], p) : undefined);
  const mk = readMakefile(file(text), invocation, open);
  return recipeRuns(mk, goals);
}

const lines = (text: string, goals: string[] = [], opts = {}) => run(text, goals, opts).map((r) => r.text);

describe('make: reading a Makefile', () => {
  it('runs the default goal: the first target, prerequisites first', () => {
    expect(lines('all: build\n\nbuild: gen\n\tgo build ./...\n\ngen:\n\tgo generate ./...\n')).toEqual(['go generate ./...', 'go build ./...']);
  });

  it('.DEFAULT_GOAL picks another target; special targets and patterns are never the default', () => {
    expect(lines('.PHONY: a b\n.DEFAULT_GOAL := b\na:\n\techo a\nb:\n\techo b\n')).toEqual(['echo b']);
    expect(lines('%.o: %.c\n\tcc $<\n.PHONY: x\nx:\n\techo x\n')).toEqual(['echo x']);
  });

  it('expands recursive (=), simple (:=), conditional (?=) and appended (+=) variables', () => {
    const mk = 'A = one\nB := $(A) two\nA = three\nC ?= four\nC ?= five\nD = d\nD += e\nall:\n\techo $(A) $(B) $(C) $(D) ${A} $$HOME\n';
    expect(lines(mk)).toEqual(['echo three one two four d e three $HOME']);
  });

  it('command-line variables win over the file; the environment does not (except over ?=)', () => {
    const mk = 'CGO_ENABLED = 1\nGOOS ?= darwin\nall:\n\tCGO_ENABLED=$(CGO_ENABLED) GOOS=$(GOOS) go build\n';
    expect(lines(mk, [], { overrides: { CGO_ENABLED: '0' }, env: { GOOS: 'linux' } })).toEqual(['CGO_ENABLED=0 GOOS=linux go build']);
    expect(lines(mk, [], { env: { CGO_ENABLED: '0' } })).toEqual(['CGO_ENABLED=1 GOOS=darwin go build']);
  });

  it('keeps what it cannot know as a $(...) reference: $(shell), unknown functions, != ', () => {
    const r = run('V := $(shell git describe)\nW != date\nall:\n\techo $(V) $(W) $(wildcard *.go)\n');
    expect(r[0].text).toBe('echo $(V) $(W) $(wildcard *.go)');
  });

  it('text functions, substitution references and automatic variables', () => {
    const mk = 'SRC = a.go b.go\nall: bin/app\nbin/%: cmd/%/main.go\n\tgo build -o $@ ./$(<D) $(SRC:.go=.o) $(patsubst %.go,%,$(SRC)) $(notdir $@) $(@D) $*\n';
    expect(lines(mk)).toEqual(['go build -o bin/app ./cmd/app a.o b.o a b app bin app']);
  });

  it('evaluates conditionals it can, and makes what is set under one it cannot unknown', () => {
    const mk = 'ifeq ($(OS),Windows_NT)\nEXT = .exe\nelse\nEXT =\nendif\nifdef CI\nX = 1\nendif\nifeq ($(shell uname),Linux)\nY = linux\nendif\nall:\n\techo app$(EXT) [$(X)] $(Y)\n';
    expect(lines(mk)).toEqual(['echo app [] $(Y)']);
    expect(lines(mk, [], { env: { OS: 'Windows_NT', CI: 'true' } })).toEqual(['echo app.exe [1] $(Y)']);
  });

  it('reads included files relative to where make runs', () => {
    const mk = 'include build/vars.mk\n-include missing.mk\nall:\n\tgo build $(FLAGS)\n';
    const r = run(mk, [], { files: { 'build/vars.mk': 'FLAGS = -trimpath\n' } });
    expect(r.map((x) => x.text)).toEqual(['go build -trimpath']);
  });

  it('target-specific and pattern-specific variables apply to the target and its prerequisites', () => {
    const mk = 'GOOS = darwin\nrelease: GOOS = linux\nrelease: build\nbuild:\n\tGOOS=$(GOOS) go build\nbin/%: export CGO_ENABLED = 0\nbin/%:\n\tgo build -o $@\n';
    expect(lines(mk, ['release'])).toEqual(['GOOS=linux go build']);
    expect(lines(mk, ['build'])).toEqual(['GOOS=darwin go build']);
    expect(run(mk, ['bin/app'])[0].env.get('CGO_ENABLED')).toEqual(known('0'));
  });

  it('exports: export NAME, export NAME = value, the environment and the command line; not plain variables', () => {
    const mk = 'export CGO_ENABLED = 0\nGOFLAGS = -mod=vendor\nexport GOOS\nGOOS = linux\nunexport HOME\nall:\n\tgo build\n';
    const env = run(mk, [], { env: { PATH: '/bin', HOME: '/root' }, overrides: { V: '1' } })[0].env;
    expect(Object.fromEntries([...env].map(([k, v]) => [k, v.value]))).toEqual({ CGO_ENABLED: '0', GOOS: 'linux', PATH: '/bin', V: '1' });
    expect(run('.EXPORT_ALL_VARIABLES:\nX = 1\nall:\n\ttrue\n')[0].env.get('X')).toEqual(known('1'));
  });

  it('recipe lines: prefixes removed, continuations kept for the shell, the next line\'s TAB dropped, offsets kept', () => {
    const text = 'build:\n\t@-CGO_ENABLED=0 go build \\\n\t\t-o bin/app .\n\t# a shell comment\n';
    const r = run(text);
    expect(r.map((x) => x.text)).toEqual(['CGO_ENABLED=0 go build \\\n\t-o bin/app .']);
    const at = r[0].map[r[0].text.indexOf('-o')];
    expect(text.slice(at, at + 2)).toBe('-o');
  });

  it('maps a substituted value to its reference: the first character to its start, the last to its end', () => {
    const text = 'GO ?= go\nbuild:\n\t$(GO) build -o bin/app\n';
    const r = run(text)[0];
    const ref = text.indexOf('$(GO)');
    expect(r.text).toBe('go build -o bin/app');
    expect([r.map[0], r.map[1]]).toEqual([ref, ref + 4]);
    expect(r.substitutions).toEqual([{ start: ref, end: ref + 5, oneWord: true }]);
  });

  it('define ... endef, comments and escaped #', () => {
    const mk = 'define BUILD\ngo build \\\n  -o app\nendef\nHASH = a\\#b # comment\nall:\n\techo $(HASH)\n';
    expect(lines(mk)).toEqual(['echo a#b']);
    expect(expandMake('$(X)', { lookup: () => ({ flavor: 'recursive', text: '$(X)', known: true, origin: 'file' }) }).known).toBe(false);
  });

  it('a rule with its recipe after `;`', () => {
    const text = 'app: ; go build -o app .\n';
    const r = run(text)[0];
    expect(r.text).toBe('go build -o app .');
    expect(text.slice(r.map[0], r.map[0] + 2)).toBe('go');
  });

  it('stops on self-reference and huge expansions instead of looping', () => {
    const r = run('A = $(A)x\nB1 = $(B0)$(B0)\nB0 = 0123456789\n' + Array.from({ length: 20 }, (_, i) => `B${i + 2} = $(B${i + 1})$(B${i + 1})`).join('\n') + '\nall:\n\techo $(A) $(B21)\n');
    expect(r[0].text.length).toBeLessThan(200000);
    expect(r[0].text.startsWith('echo $(A)')).toBe(true);
  });
});
