/**
 * Deliberate cgo that the Dockerfile does not show: a module that only works with cgo in go.mod's
 * requirements, or sources that import the "C" pseudo-package. Such a build is like an explicit CGO_ENABLED=1:
 * turning cgo off breaks it ("build constraints exclude all Go files", or a driver that fails at
 * run time with "requires cgo to work").
 */
import type { GoMod } from './gomod';
import type { GoBuild, Model } from './types';
import type { FileTree, Workspace } from './workspace';

/**
 * Modules whose packages need cgo, by module path (a `/vN` major version counts as the same).
 * Pure-Go alternatives are not here on purpose: modernc.org/sqlite, github.com/glebarez/sqlite,
 * github.com/ncruces/go-sqlite3 (WebAssembly) and github.com/IBM/sarama build with cgo off.
 * Last checked: 2026-08-19.
 */
const CGO_ONLY_MODULES: readonly string[] = [
  // SQLite and other embedded databases
  'github.com/mattn/go-sqlite3', 'gorm.io/driver/sqlite', 'github.com/mutecomm/go-sqlcipher', 'github.com/xeodou/go-sqlcipher',
  'github.com/marcboeker/go-duckdb', 'github.com/duckdb/duckdb-go', 'github.com/tecbot/gorocksdb', 'github.com/linxGnu/grocksdb',
  // Kafka (librdkafka), Oracle, message queues
  'github.com/confluentinc/confluent-kafka-go', 'gopkg.in/confluentinc/confluent-kafka-go.v1', 'github.com/godror/godror', 'github.com/mattn/go-oci8', 'github.com/pebbe/zmq4', 'github.com/zeromq/goczmq',
  // Images, graphics, GUI
  'github.com/h2non/bimg', 'github.com/davidbyttow/govips', 'gopkg.in/gographics/imagick.v2', 'gopkg.in/gographics/imagick.v3', 'github.com/gen2brain/go-fitz',
  'github.com/go-gl/gl', 'github.com/go-gl/glfw', 'github.com/veandco/go-sdl2', 'fyne.io/fyne', 'github.com/go-vgo/robotgo',
  // System libraries
  'github.com/libgit2/git2go', 'github.com/msteinert/pam', 'github.com/miekg/pkcs11', 'github.com/google/gousb', 'github.com/karalabe/usb',
  'github.com/wasmerio/wasmer-go', 'github.com/bytecodealliance/wasmtime-go', 'github.com/tensorflow/tensorflow',
];

/** The first module go.mod requires that only works with cgo. */
export function cgoOnlyModule(goMod: GoMod | undefined): string | undefined {
  for (const path of goMod?.require ?? []) {
    for (const m of CGO_ONLY_MODULES) if (path === m || (path.startsWith(m) && isMajorSuffix(path.slice(m.length)))) return path;
  }
  return undefined;
}

/** "/v2", "/v34": a major version suffix. */
function isMajorSuffix(rest: string): boolean {
  if (!rest.startsWith('/v') || rest.length < 3) return false;
  for (const c of rest.slice(2)) if (c < '0' || c > '9') return false;
  return true;
}

/** How many .go files the scan reads at most, and how many folders it opens: the context may be huge. */
const MAX_GO_FILES = 2000;
const MAX_DIRS = 2000;
const SKIPPED_DIRS = new Set(['vendor/', 'testdata/', 'node_modules/', '.git/']);

const scanned = new WeakMap<Workspace, string | null>();

/**
 * The first .go file of the build context (tests, vendor/ and testdata/ aside) that imports "C",
 * read through the workspace; undefined when there is none, when the context cannot be seen, or
 * past the scan's limits. Scanned once per workspace.
 */
export function cgoSourceFile(workspace: Workspace | undefined): string | undefined {
  if (!workspace) return undefined;
  let found = scanned.get(workspace);
  if (found === undefined) {
    found = scan(workspace.context) ?? null;
    scanned.set(workspace, found);
  }
  return found ?? undefined;
}

function scan(tree: FileTree): string | undefined {
  const queue = [''];
  let files = 0;
  for (let d = 0; d < queue.length && d < MAX_DIRS; d++) {
    const dir = queue[d];
    for (const entry of tree.list(dir) ?? []) {
      const path = dir ? `${dir}/${entry}` : entry;
      if (entry.endsWith('/')) {
        if (!SKIPPED_DIRS.has(entry) && !entry.startsWith('.') && !entry.startsWith('_')) queue.push(path.slice(0, -1));
      } else if (entry.endsWith('.go') && !entry.endsWith('_test.go')) {
        if (++files > MAX_GO_FILES) return undefined;
        const text = tree.read(path);
        if (text !== undefined && importsC(text)) return path;
      }
    }
  }
  return undefined;
}

/** Does Go source text import the "C" pseudo-package (on an import line of its own, or in an import block)? */
export function importsC(text: string): boolean {
  let inBlock = false;
  let inComment = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    // The cgo preamble is C in a comment right above the import: never read as Go.
    if (inComment) {
      if (line.includes('*/')) inComment = false;
      continue;
    }
    if (line.startsWith('/*')) {
      inComment = !line.includes('*/', 2);
      continue;
    }
    if (inBlock) {
      if (line.startsWith(')')) inBlock = false;
      else if (line === '"C"' || line.startsWith('"C" ') || line.startsWith('"C"//')) return true;
      continue;
    }
    if (line === 'import "C"' || line.startsWith('import "C" ') || line.startsWith('import "C"//')) return true;
    if (line.startsWith('import (') || line === 'import(') inBlock = true;
    // The first function ends the imports.
    if (line.startsWith('func ')) return false;
  }
  return false;
}

/** Build flags that need cgo: the race detector, the sanitizers, C-facing build modes. */
const CGO_FLAGS = new Set(['race', 'msan', 'asan']);
const CGO_BUILDMODES = new Set(['c-shared', 'c-archive', 'plugin']);

/**
 * Why a build uses cgo on purpose although CGO_ENABLED is not set, or undefined: CGO_* settings,
 * flags that need cgo, a cgo-only module in go.mod, or sources of the build context that use the "C" pseudo-package.
 */
export function deliberateCgo(model: Model, build: GoBuild): string | undefined {
  if (build.cgoFlags) return 'it sets CGO_CFLAGS, CGO_LDFLAGS, CC or the like';
  const flag = build.flags.find((f) => CGO_FLAGS.has(f.name) || (f.name === 'buildmode' && CGO_BUILDMODES.has(f.value ?? '')));
  if (flag) return `-${flag.name}${flag.name === 'buildmode' ? `=${flag.value}` : ''} needs cgo`;
  // `go install tool@version` builds another module: the context's go.mod and sources are not its.
  if (build.packages.length > 0 && build.packages.every((p) => p.text.includes('@'))) return undefined;
  const module = cgoOnlyModule(model.goMod);
  if (module) return `go.mod requires ${module}, which only works with cgo`;
  const source = cgoSourceFile(model.workspace);
  if (source) return `${source} imports "C"`;
  return undefined;
}

/**
 * The platforms where Go links a position-independent executable itself (Go's
 * internal/platform.InternalLinkPIESupported); elsewhere `-buildmode=pie` needs the external (cgo)
 * linker, and with cgo off the build fails: "-buildmode=pie requires external (cgo) linking".
 */
const INTERNAL_PIE = new Set(['android/arm64', 'darwin/amd64', 'darwin/arm64', 'linux/amd64', 'linux/arm64', 'linux/loong64', 'linux/ppc64le', 'windows/386', 'windows/amd64', 'windows/arm64']);

/**
 * Why turning cgo off may break a `-buildmode=pie` build: the platform it targets is not known to
 * link PIE internally (GOARCH unset or a variable: the builder's own platform, which a multi-platform
 * build varies). Undefined when the build is no PIE build or its target links PIE internally.
 */
export function pieNeedsCgo(build: Pick<GoBuild, 'flags' | 'goos' | 'goarch'>): string | undefined {
  if (!build.flags.some((f) => f.name === 'buildmode' && f.value === 'pie')) return undefined;
  const goos = build.goos.value || 'linux';
  const goarch = build.goarch.value;
  const known = goarch && !goarch.includes('$') && !goos.includes('$');
  if (known && INTERNAL_PIE.has(`${goos}/${goarch}`)) return undefined;
  const target = known ? `${goos}/${goarch}` : 'the platform it builds for is not known';
  return `-buildmode=pie with cgo off links internally, which Go supports only on linux/amd64, arm64, loong64 and ppc64le (elsewhere the build fails: -buildmode=pie requires external (cgo) linking), and ${known ? `it builds for ${target}` : target}`;
}

/** `-ldflags '-linkmode external'` (or `-linkmode=external`): the external linker makes a dynamic binary, cgo or not. */
export function linksExternally(build: GoBuild): boolean {
  const flags = build.ldflags?.flags ?? [];
  return flags.some((f, i) => {
    const body = f.startsWith('--') ? f.slice(1) : f;
    return body === '-linkmode=external' || (body === '-linkmode' && flags[i + 1] === 'external');
  });
}
