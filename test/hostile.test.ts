import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { lintText } from '../src/lint';
import { fixText } from '../src/fix';
import { discover } from '../src/node/discover';
import { tempDir } from './support/tmp';

/**
 * Whatever it is given, golint-docker answers: no exception, no hang (jest's timeout is the
 * guard, not a speed assertion; speed lives in `npm run bench`), and --fix never makes a file
 * parse worse than it did.
 */
const examplesDir = path.resolve(__dirname, '../examples');
const examples = fs.readdirSync(examplesDir).filter((d) => fs.existsSync(path.join(examplesDir, d, 'Dockerfile'))).map((d) => fs.readFileSync(path.join(examplesDir, d, 'Dockerfile'), 'utf8'));

/** Lint and fix must return; a fixed file must lint whenever its input did. */
function survives(text: string): void {
  const lint = lintText(text);
  for (const unsafe of [false, true]) {
    const fixed = fixText(text, { unsafe });
    expect(fixed.ok).toBe(lint.ok);
    if (fixed.ok) expect(lintText(fixed.output).ok).toBe(true);
  }
}

describe('mutations of the examples', () => {
  it('truncated at every line and every 7th character', () => {
    for (const text of examples) {
      const lines = text.split('\n');
      for (let i = 0; i <= lines.length; i++) survives(lines.slice(0, i).join('\n'));
      for (let i = 0; i < text.length; i += 7) survives(text.slice(0, i));
    }
  });

  it('with quotes, brackets and backslashes deleted or doubled', () => {
    for (const text of examples) {
      for (const ch of ['"', "'", '[', ']', '\\', '{', '}', '$', '`']) {
        survives(text.split(ch).join(''));
        survives(text.split(ch).join(ch + ch));
      }
    }
  });

  it('with random characters inserted (seeded)', () => {
    const alphabet = ['\\', '\n', '"', "'", '<<EOF\n', '$(', '${', '#', ' ', '\r\n', '`', '[', '&&', ';', '|', '\t', '=', '-', 'go build ', 'FROM ', 'COPY --from=0 '];
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...alphabet)), { maxLength: 12 }), (text, inserts) => {
        let t = text;
        for (const [at, s] of inserts) {
          const i = at % (t.length + 1);
          t = t.slice(0, i) + s + t.slice(i);
        }
        survives(t);
      }),
      { numRuns: 400, seed: 3 },
    );
  });

  it('with arbitrary unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (junk) => survives('FROM golang:1.23\nRUN ' + junk + '\n' + junk)), { numRuns: 300, seed: 5 });
  });
});

describe('folder trees', () => {
  function tree(): string {
    const dir = tempDir('golint-docker-tree-');
    fs.mkdirSync(path.join(dir, 'svc/a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'svc/Dockerfile'), 'FROM scratch\n');
    fs.symlinkSync('..', path.join(dir, 'svc/a/loop'));
    fs.symlinkSync(dir, path.join(dir, 'svc/a/root'));
    const outside = tempDir('golint-docker-outside-');
    fs.writeFileSync(path.join(outside, 'Dockerfile'), 'FROM scratch\n');
    fs.symlinkSync(outside, path.join(dir, 'svc/outside-dir'));
    fs.symlinkSync(path.join(outside, 'Dockerfile'), path.join(dir, 'svc/Dockerfile.outside'));
    fs.symlinkSync(path.join(dir, 'svc/Dockerfile'), path.join(dir, 'svc/a/Dockerfile.inside'));
    fs.symlinkSync(path.join(dir, 'missing'), path.join(dir, 'svc/a/Dockerfile.dangling'));
    fs.mkdirSync(path.join(dir, 'svc/Dockerfile.d'));
    return dir;
  }

  it('does not follow symbolic link loops or links out of the tree', () => {
    const dir = tree();
    const found = discover([dir]);
    expect(found.files.map((f) => path.relative(dir, f)).sort()).toEqual(['svc/Dockerfile', 'svc/a/Dockerfile.inside']);
    expect(found.errors).toEqual([]);
  });

  it('walks 4,000 files', () => {
    const dir = tempDir('golint-docker-many-');
    for (let i = 0; i < 100; i++) {
      fs.mkdirSync(path.join(dir, `d${i}`));
      for (let j = 0; j < 40; j++) fs.writeFileSync(path.join(dir, `d${i}`, j % 2 ? `Dockerfile.${j}` : `notes-${j}.txt`), 'FROM scratch\n');
    }
    expect(discover([dir]).files).toHaveLength(2000);
  });
});
