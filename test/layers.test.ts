import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * The house as drawn: imports point one way, from a layer to the layers below it.
 *   parse, shell → model → edits → rules → lint, fix, config, docs → formatters → node → cli, index
 * A lower layer never imports a higher one (type imports included: they shape the code as much),
 * no file imports from a rule's own file (shared code lives in the model, edits or rules/util),
 * and there are no import cycles between files.
 */
const SRC = path.join(__dirname, '..', 'src');

const LAYERS: Array<[number, (file: string) => boolean]> = [
  [0, (f) => f.startsWith('parse/') || f.startsWith('shell/')],
  [1, (f) => f.startsWith('model/')],
  [2, (f) => f.startsWith('edits/')],
  [3, (f) => f.startsWith('rules/')],
  [4, (f) => ['lint.ts', 'fix.ts', 'suppress.ts', 'docs.ts'].includes(f) || f.startsWith('config/')],
  [5, (f) => f.startsWith('formatters/')],
  [6, (f) => f.startsWith('node/')],
  [7, (f) => f === 'cli.ts' || f === 'index.ts' || f.startsWith('cli/')],
];

/** Shared modules of the rules layer; every other file under rules/ is a rule. */
const RULE_SUPPORT = new Set(['rules/index.ts', 'rules/types.ts', 'rules/options.ts', 'rules/util.ts']);

function sourceFiles(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [path.relative(SRC, full).split(path.sep).join('/')] : [];
  });
}

function layerOf(file: string): number {
  const found = LAYERS.find(([, test]) => test(file));
  if (!found) throw new Error(`${file} belongs to no layer: add it to LAYERS in test/layers.test.ts`);
  return found[0];
}

/** The project files a file imports (static imports, re-exports, import types and require calls). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(SRC, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const specs: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) specs.push(node.moduleSpecifier.text);
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) specs.push(node.argument.literal.text);
    if (ts.isCallExpression(node) && node.expression.getText(sf) === 'require' && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) specs.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const target = path.join(path.dirname(path.join(SRC, file)), s);
      const candidates = [`${target}.ts`, path.join(target, 'index.ts')];
      const hit = candidates.find((c) => fs.existsSync(c));
      if (!hit) throw new Error(`${file}: cannot resolve ${s}`);
      return path.relative(SRC, hit).split(path.sep).join('/');
    });
}

const files = sourceFiles();
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('layers', () => {
  it('every source file belongs to a layer', () => {
    for (const f of files) expect(() => layerOf(f)).not.toThrow();
  });

  it.each(files)('%s imports only from its layer or the layers below', (file) => {
    const upward = graph.get(file)!.filter((dep) => layerOf(dep) > layerOf(file));
    expect(upward).toEqual([]);
  });

  it('nothing imports from a rule file (only the registry does)', () => {
    const offenders = files.flatMap((f) =>
      graph
        .get(f)!
        .filter((dep) => dep.startsWith('rules/') && !RULE_SUPPORT.has(dep) && f !== 'rules/index.ts')
        .map((dep) => `${f} → ${dep}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no import cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const walk = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'visiting');
      for (const dep of graph.get(f)!) walk(dep, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of files) walk(f, []);
    expect(cycles).toEqual([]);
  });

  // The test itself must be able to fail: a made-up upward import is caught.
  it('would catch an upward import', () => {
    expect(layerOf('model/build.ts') < layerOf('rules/types.ts')).toBe(true);
    expect(layerOf('edits/types.ts') < layerOf('fix.ts')).toBe(true);
  });
});

describe('functions a reader can hold', () => {
  /** The shell lexer's word reader is one state machine, clearer whole than cut up. */
  const EXEMPT = new Set(['shell/lexer.ts']);
  const MAX_LINES = 80;

  it(`no function is longer than ${MAX_LINES} lines (the shell lexer aside)`, () => {
    const long: string[] = [];
    for (const file of files.filter((f) => !EXEMPT.has(f))) {
      const sf = ts.createSourceFile(file, fs.readFileSync(path.join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
          const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (last - first + 1 > MAX_LINES) long.push(`${file}:${first + 1} (${last - first + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });
});
