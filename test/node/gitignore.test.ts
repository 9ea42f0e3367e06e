import * as fs from 'fs';
import * as path from 'path';
import { discover } from '../../src/node/discover';
import { tempDir } from '../support/tmp';

/** A tree: paths ending in "/" are folders; "Dockerfile"-named entries get a one-line Dockerfile. */
function tree(files: Record<string, string>): string {
  const dir = tempDir('golint-docker-gi-');
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    if (name.endsWith('/')) {
      fs.mkdirSync(full, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

const D = 'FROM scratch\n';

/** What a search from `start` (relative to the tree) finds, relative to the tree, sorted. */
function found(root: string, start: string, gitignore = true): string[] {
  return discover([path.join(root, start)], { gitignore })
    .files.map((f) => path.relative(root, f).split(path.sep).join('/'))
    .sort();
}

describe('folder search and .gitignore', () => {
  const cases: Array<{ name: string; files: Record<string, string>; start?: string; expected: string[] }> = [
    {
      name: 'a folder pattern excludes everything below it',
      files: { '.git/': '', '.gitignore': 'build/\n', 'svc/Dockerfile': D, 'build/out/Dockerfile': D },
      expected: ['svc/Dockerfile'],
    },
    {
      name: 'a file pattern excludes matching Dockerfiles anywhere',
      files: { '.git/': '', '.gitignore': '*.generated.Dockerfile\n', 'a/api.generated.Dockerfile': D, 'a/api.Dockerfile': D },
      expected: ['a/api.Dockerfile'],
    },
    {
      name: 'a deeper .gitignore applies to its own folder only',
      files: { '.git/': '', 'sub/.gitignore': 'gen/\n', 'sub/gen/Dockerfile': D, 'gen/Dockerfile': D },
      expected: ['gen/Dockerfile'],
    },
    {
      name: 'a negation re-includes (files under an excluded folder stay excluded)',
      files: {
        '.git/': '',
        '.gitignore': 'deploy/*\n!deploy/keep/\nold/\n!old/Dockerfile\n',
        'deploy/keep/Dockerfile': D,
        'deploy/drop/Dockerfile': D,
        'old/Dockerfile': D,
      },
      expected: ['deploy/keep/Dockerfile'],
    },
    {
      name: 'a deeper .gitignore can re-include what a higher one excludes',
      files: { '.git/': '', '.gitignore': 'Dockerfile.*\n', 'svc/.gitignore': '!Dockerfile.prod\n', 'svc/Dockerfile.prod': D, 'Dockerfile.dev': D },
      expected: ['svc/Dockerfile.prod'],
    },
    {
      name: '.git/info/exclude counts as a file at the repository root',
      files: { '.git/info/exclude': 'scratchpad/\n', 'scratchpad/Dockerfile': D, 'svc/Dockerfile': D },
      expected: ['svc/Dockerfile'],
    },
    {
      name: 'the .gitignore files above the searched folder, up to the repository root, apply',
      files: { '.git/': '', '.gitignore': 'svc/tmp/\n', 'svc/tmp/Dockerfile': D, 'svc/Dockerfile': D },
      start: 'svc',
      expected: ['svc/Dockerfile'],
    },
    {
      name: 'a folder named on the command line is searched even when it is excluded',
      files: { '.git/': '', '.gitignore': 'build/\n', 'build/out/Dockerfile': D, 'build/.gitignore': 'skip/\n', 'build/skip/Dockerfile': D },
      start: 'build',
      expected: ['build/out/Dockerfile'],
    },
    {
      name: 'without a repository, the .gitignore files in the searched tree still apply',
      files: { '.gitignore': 'tmp/\n', 'tmp/Dockerfile': D, 'app/Dockerfile': D },
      expected: ['app/Dockerfile'],
    },
    {
      name: 'comments, blank lines and CRLF in .gitignore are read as git reads them',
      files: { '.git/': '', '.gitignore': '# generated\r\n\r\nout/\r\n', 'out/Dockerfile': D, 'src/Dockerfile': D },
      expected: ['src/Dockerfile'],
    },
  ];

  it.each(cases)('$name', ({ files, start, expected }) => {
    const root = tree(files);
    expect(found(root, start ?? '.')).toEqual(expected);
  });

  it.each(cases)('with gitignore off, $name finds every Dockerfile', ({ files, start }) => {
    const root = tree(files);
    const all = Object.keys(files)
      .filter((f) => !f.endsWith('/') && !f.includes('.git/') && !f.endsWith('.gitignore'))
      .filter((f) => f.startsWith(start && start !== '.' ? start + '/' : ''))
      .sort();
    expect(found(root, start ?? '.', false)).toEqual(all);
  });

  it('a .gitignore above the repository root is not read', () => {
    const outer = tree({ '.gitignore': 'repo/svc/\n', 'repo/.git/': '', 'repo/svc/Dockerfile': D });
    expect(found(outer, 'repo/svc')).toEqual(['repo/svc/Dockerfile']);
  });

  it('says why a folder has no Dockerfiles when .gitignore excluded them', () => {
    const root = tree({ '.git/': '', '.gitignore': 'a/\nb.Dockerfile\n', 'a/Dockerfile': D, 'b.Dockerfile': D });
    expect(discover([root]).notes).toEqual([
      { path: root, message: 'no Dockerfiles found in this folder (.gitignore excludes 2 paths in it; --no-gitignore searches them)' },
    ]);
  });
});
