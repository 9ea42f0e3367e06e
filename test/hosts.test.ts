import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { toBeValidSarifLog } from '@microsoft/jest-sarif';
import { isDockerfileName, NOT_DOCKERFILE_EXTENSIONS } from '../src/node/discover';
import { tempDir } from './support/tmp';
import { RULES } from '../src/rules';

expect.extend({ toBeValidSarifLog });

/**
 * golint-docker where its users run it: as a pre-commit hook (installed the way pre-commit's
 * `language: node` installs it, through `npm pack`) and as a GitHub Action (its step script run
 * with the variables the runner sets).
 */
const root = path.resolve(__dirname, '..');
const BAD = 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude?: string;
  types?: string[];
}
const hooks = parse(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml', () => {
  it('defines golint-docker and golint-docker-fix as node hooks whose entry is the package bin', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(hooks.map((h) => [h.id, h.entry, h.language])).toEqual([
      ['golint-docker', 'golint-docker', 'node'],
      ['golint-docker-fix', 'golint-docker --fix', 'node'],
    ]);
    for (const h of hooks) expect(Object.keys(pkg.bin)).toContain(h.entry.split(' ')[0]);
    // Installing the package runs nothing: no build step, no lifecycle script (see the npm pack test).
    for (const script of ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare', 'prepack', 'postpack']) expect(pkg.scripts[script]).toBeUndefined();
  });

  const names: Array<[string, boolean]> = [
    ['Dockerfile', true], ['Containerfile', true], ['Dockerfile.prod', true], ['Dockerfile-dev', true], ['Dockerfile_prod', true],
    ['api.Dockerfile', true], ['worker.dockerfile', true], ['dockerfile', true], ['deploy/Dockerfile', true], ['a/b/api.Dockerfile', true],
    ['containerfile', true], ['Containerfile.arm64', true], ['api.Containerfile', true], ['docs.md/Dockerfile', true], ['Dockerfile.template', true],
    ['README.md', false], ['main.go', false], ['Dockerfiles/README.md', false], ['docker-compose.yml', false], ['MyDockerfile', false],
    // Named like a Dockerfile, but a document, BuildKit's per-Dockerfile ignore file, or a leftover.
    ['Dockerfile.dockerignore', false], ['deploy/api.Dockerfile.dockerignore', false], ['Containerfile.containerignore', false],
    ['Dockerfile.md', false], ['Dockerfile.MD', false], ['docs/dockerfile-guide.md', false], ['Dockerfile-notes.txt', false],
    ['Dockerfile.rst', false], ['dockerfile.adoc', false], ['Dockerfile.orig', false], ['Dockerfile.prod.rej', false],
    ['Dockerfile_old.bak', false], ['Dockerfile.prod~', false], ['Dockerfile.html', false], ['Dockerfile.patch', false],
  ];
  const matches = (h: Hook, name: string) => new RegExp(h.files).test(name) && !(h.exclude !== undefined && new RegExp(h.exclude).test(name));
  it.each(names)('its files pattern and the folder search agree on %s (%s)', (name, expected) => {
    for (const h of hooks) expect([name, matches(h, name)]).toEqual([name, expected]);
    expect(isDockerfileName(path.basename(name))).toBe(expected);
  });

  it('its files pattern and the folder search agree on every combination of the naming pieces', () => {
    const stems = ['', 'api.', 'my-', 'a.b.', '.'];
    const bases = ['Dockerfile', 'dockerfile', 'Containerfile', 'containerfile', 'DOCKERFILE', 'Dockerfiles', 'Docker'];
    const tails = ['', '.prod', '-dev', '_ci', '.d', 'x', '.prod.local', '-guide', '~'];
    const exts = ['', ...NOT_DOCKERFILE_EXTENSIONS.flatMap((e) => [`.${e}`, `.${e.toUpperCase()}`, `.${e[0].toUpperCase()}${e.slice(1)}`]), '.go', '.yaml', '.sh'];
    // Disagreements are collected and compared once: an expect() per name made this test take seconds.
    let checked = 0;
    const disagreements: string[] = [];
    for (const stem of stems) for (const base of bases) for (const tail of tails) for (const ext of exts) {
      const name = stem + base + tail + ext;
      const wanted = isDockerfileName(name);
      for (const dir of ['', 'deploy/', 'x.md/']) {
        for (const h of hooks) if (matches(h, dir + name) !== wanted) disagreements.push(`${h.id}: ${dir + name} (folder search: ${wanted})`);
      }
      checked++;
    }
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
    for (const ext of NOT_DOCKERFILE_EXTENSIONS) expect([ext, isDockerfileName(`Dockerfile.${ext}`)]).toEqual([ext, false]);
  });

  it('installs through npm pack and runs on a repository as pre-commit runs it', () => {
    const work = tempDir('golint-docker-hook-');
    // pre-commit's node language takes the WHOLE standard output of a plain `npm pack` as the
    // tarball's name, then installs it globally: nothing else may be printed (a lifecycle
    // script's banner was), and the package must be complete as committed (no build step).
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const packed = spawnSync('npm', ['pack', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
    expect(packed.status).toBe(0);
    const tgz = `${pkg.name}-${pkg.version}.tgz`;
    expect(packed.stdout).toBe(`${tgz}\n`);
    expect(packed.stdout.trim()).toBe(tgz);

    // What it holds: what the package runs and documents; no V8 code cache, nothing of development.
    const entries = execFileSync('tar', ['-tzf', path.join(work, tgz)], { encoding: 'utf8' }).trim().split('\n').sort();
    const allowed = [
      /^package\/(package\.json|README\.md|LICENSE)$/,
      /^package\/dist\/(cli|cli-main|index)\.js$/,
      /^package\/dist\/(config\/schema|formatters\/diff|cli\/yargs|model\/yaml-tree)\.js$/,
      /^package\/dist\/THIRD-PARTY-LICENSES\.txt$/,
      /^package\/dist\/types\/([\w.-]+\/)*[\w.-]+\.d\.ts$/,
      /^package\/docs\/rules\/[a-z-]+\.md$/,
      /^package\/schema\/golint-docker\.schema\.json$/,
    ];
    expect(entries.filter((e) => !allowed.some((re) => re.test(e)))).toEqual([]);
    expect(entries.filter((e) => /v8cache|\/\.cache\/|\/(dev|src|test|scripts|bench|e2e|examples|node_modules)\//i.test(e))).toEqual([]);
    for (const must of ['package/dist/cli.js', 'package/dist/cli-main.js', 'package/dist/index.js', 'package/dist/types/index.d.ts', 'package/LICENSE']) expect(entries).toContain(must);
    const shipped = JSON.parse(execFileSync('tar', ['-xzOf', path.join(work, tgz), 'package/package.json'], { encoding: 'utf8' }));
    expect([shipped.dependencies, shipped.devDependencies, shipped.optionalDependencies, shipped.peerDependencies, shipped.bundleDependencies]).toEqual([undefined, undefined, undefined, undefined, undefined]);

    // Installed as pre-commit installs it: one package, no dependencies, nothing run.
    const prefix = path.join(work, 'prefix');
    const installed = execFileSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--offline', path.join(work, tgz)], { encoding: 'utf8' });
    expect(installed).toMatch(/\badded 1 package\b/);
    const pkgDir = path.join(prefix, 'lib', 'node_modules', pkg.name);
    expect(fs.existsSync(path.join(pkgDir, 'node_modules'))).toBe(false);
    expect(fs.readdirSync(path.join(prefix, 'lib', 'node_modules'))).toEqual([pkg.name]);
    const bin = path.join(prefix, 'bin');
    expect(spawnSync(path.join(bin, 'golint-docker'), ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe(pkg.version);

    const repo = path.join(work, 'repo');
    fs.mkdirSync(path.join(repo, 'deploy'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'deploy/Dockerfile-prod'), BAD);
    fs.writeFileSync(path.join(repo, 'main.go'), 'package main\n');
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '.'], { cwd: repo });
    const staged = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: repo, encoding: 'utf8' }).trim().split('\n');

    const runHook = (hook: Hook) => {
      const files = staged.filter((f) => new RegExp(hook.files).test(f));
      const [cmd, ...args] = hook.entry.split(' ');
      return spawnSync(cmd, [...args, ...files], { cwd: repo, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' } });
    };
    const lint = runHook(hooks[0]);
    expect(lint.stdout).toContain('deploy/Dockerfile-prod');
    expect(lint.stdout).toContain('GD001');
    expect(lint.status).toBe(1);

    const fix = runHook(hooks[1]);
    expect(fix.stdout).toContain('Fixed 1 problem.');
    expect(fs.readFileSync(path.join(repo, 'deploy/Dockerfile-prod'), 'utf8')).toContain('RUN CGO_ENABLED=0 go build');
    // pre-commit fails the commit because the hook changed a file; the next run passes.
    expect(runHook(hooks[1]).status).toBe(0);
    expect(runHook(hooks[0]).status).toBe(0);

    // The same installed package as a library, from TypeScript: its declarations type-check a
    // consumer (and reject a wrong call), and the compiled consumer runs.
    const consumer = path.join(work, 'consumer');
    fs.mkdirSync(path.join(consumer, 'node_modules'), { recursive: true });
    fs.symlinkSync(path.join(prefix, 'lib', 'node_modules', 'golint-docker'), path.join(consumer, 'node_modules', 'golint-docker'), 'dir');
    fs.writeFileSync(
      path.join(consumer, 'main.ts'),
      [
        "import { lintText, fixText, RULES, type Finding } from 'golint-docker';",
        `const text = ${JSON.stringify(BAD)};`,
        'const linted = lintText(text);',
        'const codes: string[] = linted.ok ? linted.findings.map((f: Finding) => `${f.code}@${f.line}:${f.column}`) : [];',
        'const fixed = fixText(text, { unsafe: true });',
        "console.log(JSON.stringify({ codes, rules: RULES.length, fixed: fixed.ok && fixed.changed, left: fixed.ok ? fixed.findings.length : -1 }));",
        '// @ts-expect-error: lintText takes the text, not a number',
        'void (() => lintText(42));',
        '',
      ].join('\n'),
    );
    const tsc = path.join(root, 'dev', 'node_modules', 'typescript', 'bin', 'tsc');
    const typeRoots = path.join(root, 'dev', 'node_modules', '@types');
    execFileSync(process.execPath, [tsc, '--strict', '--module', 'commonjs', '--moduleResolution', 'node', '--target', 'es2022', '--typeRoots', typeRoots, '--types', 'node', '--outDir', path.join(consumer, 'out'), path.join(consumer, 'main.ts')], { cwd: consumer, encoding: 'utf8' });
    const out = JSON.parse(execFileSync(process.execPath, [path.join(consumer, 'out', 'main.js')], { cwd: consumer, encoding: 'utf8' }));
    expect(out).toEqual({ codes: ['GD001@6:5'], rules: RULES.length, fixed: true, left: 0 });
  }, 180_000);
});

describe('action.yml', () => {
  const action = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8'));

  it('is a composite action whose steps use only inputs it declares', () => {
    expect(action.runs.using).toBe('composite');
    const declared = new Set(Object.keys(action.inputs));
    const used = JSON.stringify(action.runs.steps).match(/inputs\.[a-z-]+/g) ?? [];
    for (const u of used) expect(declared).toContain(u.slice('inputs.'.length));
    expect(Object.keys(action.outputs)).toEqual(['sarif-file', 'exit-code']);
    for (const s of action.runs.steps) expect(s.shell).toBe('bash');
    // Nothing is installed: the committed bundle runs as it is.
    expect(JSON.stringify(action.runs.steps)).not.toMatch(/\b(npm|npx|yarn|pnpm)\b/);
    expect(action.runs.steps.map((s: { run: string }) => s.run)).toEqual(['bash "$GITHUB_ACTION_PATH/action/run.sh"']);
  });

  function runAction(inputs: Record<string, string>, files: Record<string, string>) {
    // The workspace: a checked-out repository; the runner's files live outside it.
    const ws = tempDir('golint-docker-action-');
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
      fs.writeFileSync(path.join(ws, name), content);
    }
    execFileSync('git', ['init', '-q'], { cwd: ws });
    const output = path.join(tempDir('golint-docker-runner-'), 'github-output');
    fs.writeFileSync(output, '');
    const defaults: Record<string, string> = Object.fromEntries(Object.entries(action.inputs as Record<string, { default: string }>).map(([k, v]) => [k, v.default]));
    const env: Record<string, string> = { ...(process.env as Record<string, string>), GITHUB_ACTION_PATH: root, GITHUB_OUTPUT: output, NO_COLOR: '1' };
    for (const [k, v] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
    const r = spawnSync('bash', [path.join(root, 'action/run.sh')], { cwd: ws, env, encoding: 'utf8' });
    const outputs = Object.fromEntries(fs.readFileSync(output, 'utf8').trim().split('\n').map((l) => l.split('=') as [string, string]));
    return { ...r, ws, outputs };
  }

  it('annotates, writes SARIF, sets its outputs, and fails on findings', () => {
    const r = runAction({}, { 'svc/Dockerfile': BAD });
    expect(r.stdout).toMatch(/^::error file=svc\/Dockerfile,line=6,col=5,/m);
    expect(r.outputs).toEqual({ 'sarif-file': 'golint-docker.sarif', 'exit-code': '1' });
    const sarif = JSON.parse(fs.readFileSync(path.join(r.ws, 'golint-docker.sarif'), 'utf8'));
    expect(sarif).toBeValidSarifLog();
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['GD001']);
    expect(r.status).toBe(1);
  });

  it('category names the analysis (automationDetails.id); run from a repository, the URIs are from its root', () => {
    const r = runAction({ category: 'docker-api' }, { 'svc/Dockerfile': BAD });
    const sarif = JSON.parse(fs.readFileSync(path.join(r.ws, 'golint-docker.sarif'), 'utf8'));
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'docker-api/' });
    expect(sarif.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    expect(JSON.parse(fs.readFileSync(path.join(runAction({}, { 'svc/Dockerfile': BAD }).ws, 'golint-docker.sarif'), 'utf8')).runs[0].automationDetails).toEqual({ id: 'golint-docker/' });
  });

  it('a repository with no Dockerfile passes, so that the action can be on for every repository', () => {
    const r = runAction({}, { 'main.go': 'package main\n' });
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('no Dockerfiles found');
  });

  const sarifFiles = (ws: string) =>
    JSON.parse(fs.readFileSync(path.join(ws, 'golint-docker.sarif'), 'utf8')).runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri).sort();
  const FOUR = { 'svc/Dockerfile': BAD, 'api/Dockerfile.prod': BAD, 'web app/Dockerfile': BAD, 'other/Dockerfile': BAD };

  it('paths on one line: every space-separated path is linted, and only those', () => {
    const r = runAction({ paths: 'svc  api/Dockerfile.prod' }, FOUR);
    expect(sarifFiles(r.ws)).toEqual(['api/Dockerfile.prod', 'svc/Dockerfile']);
    expect(r.stdout.match(/^::error file=[^,]+/gm)?.sort()).toEqual(['::error file=api/Dockerfile.prod', '::error file=svc/Dockerfile']);
    expect(r.outputs).toEqual({ 'sarif-file': 'golint-docker.sarif', 'exit-code': '1' });
    expect(r.status).toBe(1);
  });

  it('paths on several lines (a YAML block): every line is linted, blank lines and CRLF ignored', () => {
    const r = runAction({ paths: 'svc\n\n  api/Dockerfile.prod \r\nweb\tapp\n' }, { ...FOUR, 'web/Dockerfile': BAD, 'app/Dockerfile': BAD });
    expect(sarifFiles(r.ws)).toEqual(['api/Dockerfile.prod', 'app/Dockerfile', 'svc/Dockerfile', 'web/Dockerfile']);
    expect(r.stderr).toBe('');
    expect(r.outputs['exit-code']).toBe('1');
  });

  it('paths are taken literally: no globbing, no expansion, and a leading "-" is not an option', () => {
    const r = runAction({ paths: '-svc $HOME' }, { '-svc/Dockerfile': BAD, 'x/Dockerfile': BAD });
    expect(sarifFiles(r.ws)).toEqual(['-svc/Dockerfile']);
    expect(r.stderr).toContain('$HOME');
    expect(r.outputs['exit-code']).toBe('2');
    const glob = runAction({ paths: '*' }, { 'svc/Dockerfile': BAD });
    expect(glob.stderr).toContain('*');
    expect(glob.outputs['exit-code']).toBe('2');
  });

  it('with fix: true, fixes first and passes', () => {
    const r = runAction({ fix: 'true', paths: 'svc' }, { 'svc/Dockerfile': BAD });
    expect(fs.readFileSync(path.join(r.ws, 'svc/Dockerfile'), 'utf8')).toContain('CGO_ENABLED=0 go build');
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.status).toBe(0);
  });
});
