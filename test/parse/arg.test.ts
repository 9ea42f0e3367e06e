import { Arg, Env } from '../../src/parse/ast';
import { createSourceFile, spanOf } from '../../src/parse/source';

/** Each declaration of the first ARG: name, default (null: none), and the text its ranges cover. */
function declarations(text: string): Array<[string, string | null, string, string | null]> {
  const file = createSourceFile('Dockerfile', text);
  const arg = file.dockerfile.getInstructions().find((i): i is Arg => i instanceof Arg);
  if (!arg) throw new Error('no ARG');
  const slice = (r: Parameters<typeof spanOf>[1] | null) => {
    if (!r) return null;
    const s = spanOf(file, r);
    return file.text.slice(s.start, s.end);
  };
  return arg.getProperties().map((p) => [p.getName(), p.getValue(), slice(p.getNameRange()) as string, slice(p.getValueRange())]);
}

describe('ARG declarations are a list of name or name=default, as BuildKit reads them', () => {
  it.each<[string, Array<[string, string | null, string, string | null]>]>([
    ['ARG TARGETOS TARGETARCH', [['TARGETOS', null, 'TARGETOS', null], ['TARGETARCH', null, 'TARGETARCH', null]]],
    ['ARG A B=2 C', [['A', null, 'A', null], ['B', '2', 'B', '2'], ['C', null, 'C', null]]],
    ['ARG A B', [['A', null, 'A', null], ['B', null, 'B', null]]],
    ['ARG A B=x=y', [['A', null, 'A', null], ['B', 'x=y', 'B', 'x=y']]],
    ['ARG A \\\n    B=2', [['A', null, 'A', null], ['B', '2', 'B', '2']]],
    // dockerfile-ast already reads these right.
    ['ARG A', [['A', null, 'A', null]]],
    ['ARG A=1', [['A', '1', 'A', '1']]],
    ['ARG A=', [['A', '', 'A', '']]],
    ['ARG A=1 B', [['A', '1', 'A', '1'], ['B', null, 'B', null]]],
    ['ARG A="x y" B=2', [['A', 'x y', 'A', '"x y"'], ['B', '2', 'B', '2']]],
  ])('%j', (line, expected) => {
    expect(declarations(`${line}\nFROM scratch\n`)).toEqual(expected);
    expect(declarations(`FROM scratch\n${line}\n`)).toEqual(expected);
  });

  it('ENV keeps its old one-variable form: ENV A B C sets A to "B C"', () => {
    const file = createSourceFile('Dockerfile', 'FROM scratch\nENV A B C\n');
    const env = file.dockerfile.getInstructions().find((i): i is Env => i instanceof Env);
    expect(env?.getProperties().map((p) => [p.getName(), p.getValue()])).toEqual([['A', 'B C']]);
  });

  it('the declarations are handed out as copies', () => {
    const file = createSourceFile('Dockerfile', 'ARG A B\nFROM scratch\n');
    const arg = file.dockerfile.getInstructions()[0] as Arg;
    arg.getProperties().pop();
    expect(arg.getProperties().map((p) => p.getName())).toEqual(['A', 'B']);
  });
});
