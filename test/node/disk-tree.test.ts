import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { diskTree, workspaceFor } from '../../src/node/disk-tree';
import { tmpdir } from '../support/tmp';

describe('diskTree: a repository that may be hostile', () => {
  it('reads files and folders of the tree', () => {
    const dir = tmpdir({ 'go.mod': 'module x\n', 'web/index.html': '<p>' });
    const t = diskTree(dir);
    expect(t.kind('go.mod')).toBe('file');
    expect(t.read('go.mod')).toBe('module x\n');
    expect(t.list('')).toEqual(['go.mod', 'web/']);
    expect(t.kind('../')).toBe('dir'); // `..` above the root is the root, as in a build context
  });

  it('does not follow a symbolic link out of the tree, but follows one inside it', () => {
    const outside = tmpdir({ 'secret.txt': 'id_rsa' });
    const dir = tmpdir({ 'real.txt': 'ok' });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'go.mod'));
    fs.symlinkSync(outside, path.join(dir, 'linkdir'));
    fs.symlinkSync('real.txt', path.join(dir, 'inside.txt'));
    const t = diskTree(dir);
    expect(t.kind('go.mod')).toBeUndefined();
    expect(t.read('go.mod')).toBeUndefined();
    expect(t.read('linkdir/secret.txt')).toBeUndefined();
    expect(t.read('inside.txt')).toBe('ok');
    expect(t.list('')).toEqual(['inside.txt', 'real.txt']);
  });

  it('reads regular files only, and never past the limit', () => {
    const dir = tmpdir({ 'big.txt': 'x'.repeat(1000), 'bin.dat': 'a\u0000b' });
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero'));
    const t = diskTree(dir);
    expect(t.read('fifo')).toBeUndefined();
    expect(t.read('zero')).toBeUndefined();
    expect(t.read('big.txt', 100)).toBeUndefined();
    expect(t.read('big.txt', 1000)).toHaveLength(1000);
    expect(t.read('bin.dat')).toBeUndefined();
  });
});

describe('workspaceFor', () => {
  it('takes the nearest go.mod\'s folder as the context, inside the repository', () => {
    const dir = tmpdir({ '.git/HEAD': '', 'go.mod': 'module x\n', '.dockerignore': 'docs\n', 'docs/a.md': '', 'deploy/Dockerfile': 'FROM scratch\n' });
    const w = workspaceFor(path.join(dir, 'deploy/Dockerfile'), undefined);
    expect(w.contextPath).toBe('');
    expect(w.dockerfilePath).toBe('deploy/Dockerfile');
    expect(w.context.kind('go.mod')).toBe('file');
    expect(w.context.kind('docs')).toBeUndefined();
    expect(w.repository.kind('docs/a.md')).toBe('file');
  });

  it('uses --context when given', () => {
    const dir = tmpdir({ '.git/HEAD': '', 'svc/api/main.go': 'package main\n', 'svc/api/Dockerfile': 'FROM scratch\n' });
    const w = workspaceFor(path.join(dir, 'svc/api/Dockerfile'), path.join(dir, 'svc'));
    expect(w.contextPath).toBe('svc');
    expect(w.context.kind('api/main.go')).toBe('file');
  });
});
