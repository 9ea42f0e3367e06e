// Builds the CLI as one minified bundle (fast start-up: one file to load and compile) and the
// library for other tools. Usage: node scripts/build.mjs
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, copyFileSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  // No "module" condition: dockerfile-ast require()s vscode-languageserver-types and -textdocument,
  // whose "module" builds are ES modules that esbuild would reach through getters on every
  // `Range.create` / `positionAt` of the parser (hot); their CommonJS builds are plain objects.
  conditions: [],
};

await Promise.all([
  // What only some runs need lives in its own file, loaded on demand: the configuration parser
  // (zod, yaml) when a configuration file exists, the diff library for --diff.
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli-main.js', minify: true, external: ['./config/schema', './formatters/diff'] }),
  build({ ...common, entryPoints: ['src/formatters/diff.ts'], outfile: 'dist/formatters/diff.js', minify: true }),
  build({ ...common, entryPoints: ['src/config/schema.ts'], outfile: 'dist/config/schema.js', minify: true }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', external: Object.keys(pkg.dependencies ?? {}) }),
]);

// The command itself: a small loader that runs the bundle with V8's code cache (see the file).
copyFileSync('scripts/cli-loader.cjs', 'dist/cli.js');
chmodSync('dist/cli.js', 0o755);
rmSync('dist/.cache', { recursive: true, force: true });
// The loader keeps V8's code cache of what its first run compiled. Make that first run the
// pre-commit case, one file with findings, so that the cache holds what a one-file run needs
// (and not every function a large first run happened to compile, which is more to load each time).
execFileSync(process.execPath, ['dist/cli.js', '--exit-zero', '--no-color', 'examples/single-stage/Dockerfile'], { stdio: 'ignore' });

// Type declarations of the library (dist/types/index.d.ts, the package's "types").
rmSync('dist/types', { recursive: true, force: true });
execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
