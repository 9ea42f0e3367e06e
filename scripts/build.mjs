import { createHash } from 'node:crypto';
// Builds dist/, which is committed and is what the package ships (see the README, "Dependencies
// and why"): the CLI as one minified bundle (fast start-up: one file to load and compile) with
// its lazily loaded chunks, the library with every dependency bundled in (the package has none),
// its type declarations, and the licences of the bundled code. The toolchain comes from
// dev/node_modules (`node scripts/dev-setup.mjs` installs it; `npm run build` runs both).
//
// Reproducible: the same sources and dev/package-lock.json give byte-identical files, whatever the
// working directory or the machine, so CI can check that the committed dist/ is what the sources
// build. Nothing machine-specific is written: no V8 code cache (the loader makes one per user, at
// run time), no absolute paths, no dates.
//
// Usage: node scripts/build.mjs
import { execFileSync } from 'node:child_process';
import { createRequire, isBuiltin } from 'node:module';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const devModules = join(root, 'dev', 'node_modules');
const devRequire = createRequire(join(root, 'dev', 'package.json'));
let esbuild;
try {
  esbuild = devRequire('esbuild');
} catch {
  console.error('esbuild is not installed in dev/node_modules: run `node scripts/dev-setup.mjs` (npm run build does)');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');
// Start from nothing, so that a file the sources no longer make cannot linger in dist/.
rmSync(dist, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  logLevel: 'warning',
  metafile: true,
  plugins: [fromDevModules()],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // The licences of the bundled packages are collected whole into dist/THIRD-PARTY-LICENSES.txt.
  legalComments: 'none',
  // No "module" condition: dockerfile-ast require()s vscode-languageserver-types and -textdocument,
  // whose "module" builds are ES modules that esbuild would reach through getters on every
  // `Range.create` / `positionAt` of the parser (hot); their CommonJS builds are plain objects.
  conditions: [],
};

/**
 * The model's YAML reader (src/model/yaml-tree.ts, which brings the yaml package) is required from
 * src/model/ as './yaml-tree'; in the CLI and the library it stays a file of its own,
 * dist/model/yaml-tree.js, loaded only when a repository has a GoReleaser file.
 */
const lazyYaml = {
  name: 'lazy-yaml-tree',
  setup(b) {
    b.onResolve({ filter: /^\.\/yaml-tree$/ }, () => ({ path: './model/yaml-tree.js', external: true }));
  },
};

const results = await Promise.all([
  // What only some runs need lives in its own file, loaded on demand: the configuration parser
  // (zod, yaml) when a configuration file exists, the YAML reader when a GoReleaser file does, the
  // diff library for --diff.
  // yargs, for --help, the subcommands and mistakes: the common command lines are read without it.
  esbuild.build({ ...common, plugins: [...common.plugins, lazyYaml], entryPoints: ['src/cli.ts'], outfile: 'dist/cli-main.js', minify: true, external: ['./config/schema', './formatters/diff', './cli/yargs'] }),
  esbuild.build({ ...common, entryPoints: ['src/cli/yargs.ts'], outfile: 'dist/cli/yargs.js', minify: true }),
  esbuild.build({ ...common, entryPoints: ['src/model/yaml-tree.ts'], outfile: 'dist/model/yaml-tree.js', minify: true }),
  esbuild.build({ ...common, entryPoints: ['src/formatters/diff.ts'], outfile: 'dist/formatters/diff.js', minify: true }),
  esbuild.build({ ...common, entryPoints: ['src/config/schema.ts'], outfile: 'dist/config/schema.js', minify: true }),
  // The library: readable, and self-contained like the CLI (no external dependencies); it shares
  // the configuration chunk (zod, yaml) and the YAML reader with the CLI rather than carrying
  // second copies.
  esbuild.build({ ...common, plugins: [...common.plugins, lazyYaml], entryPoints: ['src/index.ts'], outfile: 'dist/index.js', external: ['./config/schema'] }),
]);

// The command itself: a small loader that runs the bundle with a per-user V8 code cache (see the
// file). The version is written into it so that it names its cache without reading package.json.
const loader = readFileSync(join(root, 'scripts', 'cli-loader.cjs'), 'utf8');
// The bundle's hash too: a run that hashed the bundle itself would load node:crypto (about 5 ms
// of a one-file run's start-up) only to name its cache file.
const bundleHash = createHash('sha256').update(readFileSync(join(dist, 'cli-main.js'))).digest('hex').slice(0, 16);
const markers = { "const VERSION = '0.0.0-dev';": `const VERSION = ${JSON.stringify(pkg.version)};`, "const BUNDLE_HASH = '';": `const BUNDLE_HASH = ${JSON.stringify(bundleHash)};` };
let cli = loader;
for (const [marker, line] of Object.entries(markers)) {
  if (!cli.includes(marker)) throw new Error(`scripts/cli-loader.cjs: the line ${marker} is missing`);
  cli = cli.replace(marker, line);
}
writeFileSync(join(dist, 'cli.js'), cli);
chmodSync(join(dist, 'cli.js'), 0o755);

// The licences of everything bundled, as the licences of those packages ask.
const bundled = bundledPackages(results.map((r) => r.metafile));
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(bundled));

// Type declarations of the library (dist/types/index.d.ts, the package's "types"), with those of
// the bundled packages that they refer to (the rules' API speaks of dockerfile-ast's instructions).
execFileSync(process.execPath, [devRequire.resolve('typescript/bin/tsc'), '-p', 'tsconfig.types.json'], { cwd: root, stdio: 'inherit' });
vendorTypes(join(dist, 'types'), bundled);

/**
 * The packages the sources import are looked up in dev/node_modules: the root package has no
 * node_modules of its own. Each import is resolved from there with its own kind, exactly as from
 * a node_modules beside the sources. Not esbuild's `nodePaths`, nor tsconfig.json's `paths` (which
 * point tsc at dev/node_modules): both resolve a package as a plain folder, taking its CommonJS
 * build ("main") where an `import` gets the ES module one (diff: four times larger, nothing
 * tree-shaken).
 */
function fromDevModules() {
  return {
    name: 'dev-node-modules',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'dev' || args.resolveDir.startsWith(devModules)) return undefined;
        const r = await b.resolve(args.path, { kind: args.kind, resolveDir: devModules, importer: args.importer, pluginData: 'dev' });
        if (r.errors.length > 0) return { errors: r.errors };
        return { path: r.path, external: r.external, namespace: r.namespace, sideEffects: r.sideEffects, suffix: r.suffix };
      });
    },
  };
}

/** The folders of the packages whose code is in the bundles (from esbuild's metafiles), sorted. */
function bundledPackages(metafiles) {
  const dirs = new Set();
  for (const meta of metafiles) {
    for (const input of Object.keys(meta.inputs)) {
      const parts = input.split('/');
      const at = parts.lastIndexOf('node_modules');
      if (at < 0) continue;
      const name = parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3) : [parts[at + 1]];
      dirs.add(join(root, ...parts.slice(0, at + 1), ...name));
    }
  }
  return [...dirs].sort();
}

/** Their licence texts, in one file. */
function thirdPartyLicenses(dirs) {
  const entries = dirs.map((dir) => {
    const p = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).filter((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f)).sort()[0];
    const text = file ? readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim() : `License: ${p.license} (the package ships no licence file)`;
    return { id: `${p.name}@${p.version}`, license: p.license, text };
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const head = [
    `golint-docker ${pkg.version} bundles the following packages into dist/ (code, and the type`,
    'declarations under dist/types/vendor/ that its own declarations refer to); their licences follow.',
    '',
    ...entries.map((e) => `- ${e.id} (${e.license})`),
  ];
  return [head.join('\n'), ...entries.map((e) => `${'='.repeat(78)}\n${e.id}\n\n${e.text}`)].join('\n\n') + '\n';
}

/**
 * The package has no dependencies, so a declaration file may not import a package by name: the
 * declarations of the bundled packages that ours refer to (and those they refer to) are copied to
 * dist/types/vendor/<package>/, and every such import is rewritten to a relative path. An import
 * of any other package fails the build; Node.js's own modules are left as they are (@types/node).
 */
function vendorTypes(typesDir, bundledDirs) {
  const ts = devRequire('typescript');
  const options = { moduleResolution: ts.ModuleResolutionKind.Node10 };
  const vendorDir = join(typesDir, 'vendor');
  const specifier = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"./][^'"]*)\2/g;
  // Each declaration file to write: its text, and where its imports resolve from.
  const queue = [...walk(typesDir)].filter((f) => f.endsWith('.d.ts')).map((f) => ({ out: f, from: join(root, 'dev', 'index.ts'), text: readFileSync(f, 'utf8') }));
  const copied = new Set();
  while (queue.length > 0) {
    const { out, from, text } = queue.shift();
    const rewritten = text.replace(specifier, (whole, lead, quote, spec) => {
      if (isBuiltin(spec)) return whole;
      const resolved = ts.resolveModuleName(spec, from, options, ts.sys).resolvedModule?.resolvedFileName;
      const dir = resolved && bundledDirs.find((d) => resolved.startsWith(d + sep));
      if (!resolved || !dir || !resolved.endsWith('.d.ts')) throw new Error(`${relative(root, out)}: the declarations import ${spec}, which is not a bundled package with declarations`);
      const target = join(vendorDir, relative(join(root, 'dev', 'node_modules'), resolved));
      if (!copied.has(target)) {
        copied.add(target);
        queue.push({ out: target, from: resolved, text: readFileSync(resolved, 'utf8') });
      }
      let rel = relative(dirname(out), target.slice(0, -'.d.ts'.length)).split(sep).join('/');
      if (!rel.startsWith('.')) rel = './' + rel;
      return `${lead}${quote}${rel}${quote}`;
    });
    // The vendored package's own relative imports: copy the files they name too.
    if (out.startsWith(vendorDir + sep)) {
      for (const m of rewritten.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.[^'"]*)\1/g)) {
        const resolved = ts.resolveModuleName(m[2], from, options, ts.sys).resolvedModule?.resolvedFileName;
        if (!resolved) throw new Error(`${relative(root, from)}: cannot resolve ${m[2]}`);
        const target = join(dirname(out), relative(dirname(from), resolved));
        if (!copied.has(target)) {
          copied.add(target);
          queue.push({ out: target, from: resolved, text: readFileSync(resolved, 'utf8') });
        }
      }
    }
    if (rewritten !== text || out.startsWith(vendorDir + sep)) {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, rewritten.replace(/\r\n/g, '\n'));
    }
  }
}

// The build must not depend on where it runs: no absolute path of this machine in the output.
for (const file of walk(dist)) {
  const text = readFileSync(file, 'utf8');
  if (text.includes(root) || (sep === '\\' && text.includes(root.replace(/\\/g, '/')))) throw new Error(`${relative(root, file)} contains the absolute path of the checkout`);
}
function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else yield full;
  }
}
