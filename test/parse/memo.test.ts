import { From } from '../../src/parse/ast';
import { createSourceFile } from '../../src/parse/source';

describe('kept parser results stay what dockerfile-ast would return', () => {
  it('image ranges survive the registry and name getters, which narrow them in place', () => {
    const file = createSourceFile('Dockerfile', 'FROM docker.io/library/golang:1.23 AS build\n');
    const from = file.dockerfile.getInstructions()[0] as From;
    const before = JSON.stringify(from.getImageRange());
    expect(from.getRegistry()).toBe('docker.io');
    expect(from.getImageName()).toBe('library/golang');
    expect(from.getImageTag()).toBe('1.23');
    expect(JSON.stringify(from.getImageRange())).toBe(before);
    expect(from.getImageRange()).toEqual({ start: { line: 0, character: 5 }, end: { line: 0, character: 34 } });
    expect(from.getArguments().map((a) => a.getValue())).toEqual(['docker.io/library/golang:1.23', 'AS', 'build']);
  });

  it('argument lists are copies (dockerfile-ast shifts flags off them)', () => {
    const file = createSourceFile('Dockerfile', 'FROM scratch\nCOPY --from=build --chown=1:1 /a /b\n');
    const copy = file.dockerfile.getInstructions()[1];
    const first = copy.getArguments().map((a) => a.getValue());
    const second = copy.getArguments().map((a) => a.getValue());
    expect(first).toEqual(['/a', '/b']);
    expect(second).toEqual(first);
  });
});
