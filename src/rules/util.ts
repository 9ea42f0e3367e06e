import { Cmd, Entrypoint, Healthcheck, Shell, type Instruction } from '../parse/ast';
import { foldLineage, lineageInstructions, placedIn, rootFacts, stageLineage, type Placement } from '../model/lineage';
import { execForm } from '../model/exec-form';
import type { ImageFacts } from '../model/catalogue';
import { normalize } from '../model/paths';
import { hasFinalCommand, inGoModule, showsOtherLanguage } from '../model/project';
import type { GoCommand, HostBuild, Model, OtherFile, Stage } from '../model/types';
import { writtenAsIs } from '../model/go';
import { commandForm, type CommandForm } from '../edits/text';
import type { Edit } from '../edits/types';
import { spanOf, type SourceFile, type Span } from '../parse/source';

/**
 * Does this Dockerfile build a Go program? Rules about the build stages (GD005) speak only about
 * Dockerfiles that do.
 */
export function buildsGo(model: Model): boolean {
  if (model.goBuilds.length > 0) return true;
  return model.stages.some((s) => {
    const facts = rootFacts(s);
    return facts?.hasGoToolchain === true || facts?.family === 'golang';
  });
}

const goImageMemo = new WeakMap<Model, boolean>();

/**
 * Is the image a Go program's? It is when the Dockerfile builds Go, and also when it copies in a
 * binary built before `docker build`: by a GoReleaser build or a Makefile target the model found,
 * or, in a Go module (a go.mod in the context or at or above the Dockerfile), by whatever builds
 * it, as long as the image says what to run and shows no other language (a Node front end, a
 * Python tool, a test fixture in the same repository). Final-image rules speak only about these:
 * a repository's database or web server image is not this linter's business.
 */
export function isGoImage(file: SourceFile, model: Model): boolean {
  let known = goImageMemo.get(model);
  if (known === undefined) {
    known = buildsGo(model) || model.hostBuilds.length > 0 || model.releaseImage === true || (inGoModule(model) && hasFinalCommand(model) && !showsOtherLanguage(file, model));
    goImageMemo.set(model, known);
  }
  return known;
}

export interface FinalImage {
  stage: Stage;
  facts: ImageFacts;
  /** How the final base is written, for messages: the image after ARG expansion. */
  image: string;
}

/**
 * The final stage with the facts of the image it rests on, when they are known. None for a stage
 * that only gathers files on scratch (see {@link isExportStage}): nothing runs it.
 */
export function finalImage(model: Model): FinalImage | undefined {
  const stage = model.final;
  if (!stage) return undefined;
  const facts = rootFacts(stage);
  if (!facts) return undefined;
  if (facts.family === 'scratch' && isExportStage(stage)) return undefined;
  return { stage, facts, image: rootImageText(stage) };
}

/**
 * A scratch stage that only gathers files at its root (`FROM scratch AS binaries` +
 * `COPY --from=build /out/ /`), with nothing that sets up a container (no ENTRYPOINT, CMD, USER,
 * ENV, WORKDIR, EXPOSE, ...): the files are exported with `docker build --output`, not run as an
 * image; so is one named for that (binaries, bin, artifacts, release, dist, ...), and one that picks
 * its files by target OS among stages for other systems (`FROM bin-${TARGETOS} AS bin` over
 * `bin-darwin`, `bin-windows`): no container runs a darwin or windows binary. The whole FROM chain
 * is judged, every candidate included. An unnamed stage that copies a binary to a path of its own
 * (`COPY --from=build /out/app /app`) is an image someone means to run, and stays one.
 */
const EXPORT_KEYWORDS = new Set(['COPY', 'ADD', 'ARG', 'LABEL', 'MAINTAINER', 'FROM']);

export function isExportStage(stage: Stage): boolean {
  const lineage = stageLineage(stage);
  if (lineage.some((s) => s.instructions.some((ins) => !EXPORT_KEYWORDS.has(ins.getKeyword().toUpperCase())))) return false;
  if (lineage.some((s) => s.name !== undefined && isExportName(s.name))) return true;
  if (lineage.some(picksByOs)) return true;
  const copies = lineage.flatMap((s) => s.copies);
  return copies.length > 0 && copies.every((c) => c.dest !== undefined && normalize(c.dest) === '/');
}

/** Stage names that say "files to take out": binaries, binary-linux, artifacts, release, dist... */
const EXPORT_NAMES = ['bin', 'binary', 'binaries', 'artifact', 'artifacts', 'export', 'release', 'releases', 'dist', 'out', 'output', 'outputs'];

/** Systems no Linux container runs: a stage named for one holds files to take out. */
const OTHER_OSES = new Set(['darwin', 'windows', 'freebsd', 'netbsd', 'openbsd', 'dragonfly', 'illumos', 'solaris', 'aix', 'plan9', 'ios', 'android', 'js', 'wasip1']);

/** `FROM bin-${TARGETOS}` choosing among stages of which one is for another system (`bin-darwin`, `bin-windows`). */
function picksByOs(stage: Stage): boolean {
  if (stage.base.kind !== 'stage' || stage.base.candidates.length < 2 || !refersTo(stage.imageText, 'TARGETOS')) return false;
  return stage.base.candidates.some((c) => c.name !== undefined && c.name.split(/[-_.]/).some((part) => OTHER_OSES.has(part)));
}

function isExportName(name: string): boolean {
  for (const n of EXPORT_NAMES) {
    if (name === n) return true;
    if (name.startsWith(n) && (name[n.length] === '-' || name[n.length] === '_' || name[n.length] === '.')) return true;
  }
  // `builder-exporter`, `ci-artifacts`: a part of the name that says so.
  return name.split(/[-_.]/).some((part) => EXPORT_PARTS.has(part));
}

/** Name parts that say "files to take out" wherever they stand in the name. */
const EXPORT_PARTS = new Set(['export', 'exporter', 'exports', 'artifact', 'artifacts', 'binaries']);

/** The image text at the root of a stage's FROM chain ("scratch", "golang:1.23"). */
export function rootImageText(stage: Stage): string {
  let s = stage;
  for (let n = 0; s.base.kind === 'stage' && n < 64; n++) s = s.base.stage;
  return s.imageText;
}

/** The image span of the FROM that a report about the final base should point at. */
export function fromImageSpan(stage: Stage): Span {
  return stage.imageSpan;
}

/** The CMD, ENTRYPOINT and HEALTHCHECK in force at the end of a stage (inherited ones count). */
export function effectiveRuntime(stage: Stage): { cmd?: Cmd; entrypoint?: Entrypoint; healthcheck?: Healthcheck } {
  // The FROM chain, the stage first. A stage is only built FROM an earlier one, so indexes fall.
  const chain: Stage[] = [stage];
  for (let s = stage; s.base.kind === 'stage' && s.base.stage.index < s.index; s = s.base.stage) chain.push(s.base.stage);
  const out: { cmd?: Cmd; entrypoint?: Entrypoint; healthcheck?: Healthcheck } = {};
  for (let k = chain.length - 1; k >= 0; k--) {
    const s = chain[k];
    let cmdSetHere = false;
    for (const ins of s.instructions) {
      if (ins instanceof Cmd) {
        out.cmd = ins;
        cmdSetHere = true;
      } else if (ins instanceof Entrypoint) {
        out.entrypoint = ins;
        // BuildKit: ENTRYPOINT clears a CMD inherited from the base, not one set in the same stage.
        if (!cmdSetHere) out.cmd = undefined;
      } else if (ins instanceof Healthcheck) out.healthcheck = ins;
    }
  }
  return out;
}

export function hasShellInstruction(stage: Stage): boolean {
  return lineageInstructions(stage).some((i: Instruction) => i.getKeyword() === 'SHELL');
}

/** A user or group written as a number (`USER 1000:1000`). */
export function isNumericId(id: string): boolean {
  if (id.length === 0) return false;
  for (const c of id) if (c < '0' || c > '9') return false;
  return true;
}

/** Does a USER's user part mean uid 0: `root`, `0`, `00`? */
export function isRootUser(user: string): boolean {
  return user === 'root' || (isNumericId(user) && Number(user) === 0);
}

/**
 * The command part of CMD/ENTRYPOINT, or of HEALTHCHECK after its options and `CMD`; undefined
 * for `HEALTHCHECK NONE` and for an instruction without arguments.
 */
export function commandSpan(file: SourceFile, ins: Instruction): Span | undefined {
  if (ins instanceof Healthcheck) {
    const sub = ins.getSubcommand();
    if (!sub || sub.getValue().toUpperCase() !== 'CMD') return undefined;
    const args = ins.getArguments();
    const at = args.findIndex((a) => a.getValue() === sub.getValue() && spanOf(file, a.getRange()).start === spanOf(file, sub.getRange()).start);
    if (at === -1 || at + 1 >= args.length) return undefined;
    return { start: spanOf(file, args[at + 1].getRange()).start, end: spanOf(file, ins.getRange()).end };
  }
  const range = ins.getArgumentsRange();
  return range ? spanOf(file, range) : undefined;
}

/** The exec-form words of a CMD/ENTRYPOINT/HEALTHCHECK command, or undefined when it is in shell form. */
export function execCommand(file: SourceFile, ins: Instruction): string[] | undefined {
  const span = commandSpan(file, ins);
  return span ? execForm(file, span) : undefined;
}

/** PATH of scratch and distroless images (the runtime's default when the image sets none). */
export const DEFAULT_PATH: readonly string[] = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);

/** Is a program a shell (`/bin/sh`, `bash`, `/busybox/sh`, `busybox`)? */
export function isShellProgram(program: string): boolean {
  const slash = program.lastIndexOf('/');
  return SHELL_NAMES.has(program.slice(slash + 1));
}

/**
 * The shell that shell-form instructions at `offset` run: the program of the last SHELL
 * instruction before it in the stage or the stages it is built FROM, else `/bin/sh`. Undefined
 * when a SHELL instruction cannot be read.
 */
export function shellAt(file: SourceFile, stage: Stage, offset: number): string | undefined {
  let own: Shell | undefined;
  for (const i of stage.instructions) if (i instanceof Shell && spanOf(file, i.getRange()).start < offset) own = i;
  if (own) return shellProgram(file, own);
  if (stage.base.kind !== 'stage') return '/bin/sh';
  const inherited = stage.base.candidates.map((c) => shellAtEnd(file, c));
  return inherited.every((x) => x === inherited[0]) ? inherited[0] : undefined;
}

/** The program of a SHELL instruction, undefined when it is not a JSON array. */
function shellProgram(file: SourceFile, ins: Shell): string | undefined {
  const range = ins.getArgumentsRange();
  const exec = range ? execForm(file, spanOf(file, range)) : undefined;
  return exec && exec.length > 0 ? exec[0] : undefined;
}

/** "?" stands for a SHELL that cannot be read (a WeakMap cannot hold undefined apart from absent). */
const shellMemo = new WeakMap<Stage, string>();

/** The SHELL in force at the end of a stage, through its FROM chain; undefined when unknown or ambiguous. */
function shellAtEnd(file: SourceFile, stage: Stage): string | undefined {
  const shell = foldLineage(shellMemo, stage, (s, bases) => {
    let own: Shell | undefined;
    for (const i of s.instructions) if (i instanceof Shell) own = i;
    if (own) return shellProgram(file, own) ?? '?';
    if (bases.length === 0) return '/bin/sh';
    return bases.every((b) => b === bases[0]) ? bases[0] : '?';
  });
  return shell === '?' ? undefined : shell;
}

/** Per model and path: does a stage (with the stages it is built FROM) put something at the path? */
const placedMemo = new WeakMap<Model, Map<string, WeakMap<Stage, Placement>>>();

/**
 * Does a COPY/ADD of a stage (before `before`) or of a stage it is built FROM put something at
 * `path`? Memoized per stage, so a check per RUN stays linear on long FROM chains.
 */
function placedBefore(model: Model, stage: Stage, path: string, before: number): Placement {
  const own = placedIn(model, [stage], path, before);
  if (own === 'yes' || stage.base.kind !== 'stage') return own;
  const byPath = placedMemo.get(model) ?? new Map<string, WeakMap<Stage, Placement>>();
  placedMemo.set(model, byPath);
  const memo = byPath.get(path) ?? new WeakMap<Stage, Placement>();
  byPath.set(path, memo);
  let result: Placement = own;
  for (const c of stage.base.candidates) {
    const p = foldLineage(memo, c, (s, bases): Placement => {
      const all = [placedIn(model, [s], path), ...bases];
      return all.includes('yes') ? 'yes' : all.includes('maybe') ? 'maybe' : 'no';
    });
    if (p === 'yes') return 'yes';
    if (p === 'maybe') result = 'maybe';
  }
  return result;
}

export interface ShellCheck {
  /** Does the shell exist when the instruction runs? 'unknown' when the image or a copy cannot be read. */
  available: boolean | 'unknown';
  /** The shell program, e.g. "/bin/sh". */
  shell: string;
  /** Why it is missing, for messages: "no shell", "no /bin/sh (its busybox shell is /busybox/sh)". */
  missing: string;
}

/**
 * Can a shell-form instruction at `offset` of `stage` start its shell? The image decides (scratch
 * and distroless have no /bin/sh; distroless :debug has busybox only at /busybox/sh), unless a
 * COPY/ADD put the shell in place (`COPY --from=busybox:musl /bin/busybox /bin/sh`): before a
 * RUN, anywhere in the image for CMD/ENTRYPOINT/HEALTHCHECK (`runtime`), which start when the
 * container does. The SHELL in force is the one before the instruction either way.
 */
export function checkShell(file: SourceFile, model: Model, stage: Stage, offset: number, runtime = false): ShellCheck {
  const shell = shellAt(file, stage, offset);
  const facts = rootFacts(stage);
  if (shell === undefined || facts === undefined) return { available: 'unknown', shell: shell ?? '/bin/sh', missing: '' };
  const debugBusybox = facts.family === 'distroless' && facts.debug;
  const missing = debugBusybox && shell === '/bin/sh' ? 'no /bin/sh (its busybox shell is /busybox/sh)' : facts.hasShell === false ? 'no shell' : `no ${shell}`;
  let inImage: boolean | 'unknown';
  if (!shell.includes('/')) inImage = facts.hasShell; // Looked up on PATH.
  else if (normalize(shell) === '/bin/sh') inImage = facts.binSh;
  else if (normalize(shell).startsWith('/busybox/')) inImage = debugBusybox ? true : facts.hasShell === false ? false : 'unknown';
  else inImage = facts.hasShell === false ? false : 'unknown';
  if (inImage === true) return { available: true, shell, missing };
  const before = runtime ? Infinity : offset;
  // A bare name is looked up on PATH.
  const paths = shell.includes('/') ? [normalize(shell)] : DEFAULT_PATH.map((d) => `${d}/${shell}`);
  if (paths.some((p) => placedBefore(model, stage, p, before) !== 'no')) return { available: true, shell, missing };
  return { available: inImage, shell, missing };
}

/** Does `text` use variable `name` (`$NAME`, `${NAME}`, `${NAME:-x}`)? */
export function refersTo(text: string, name: string): boolean {
  for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
    const start = i + (text[i + 1] === '{' ? 2 : 1);
    if (text.startsWith(name, start) && !isNameChar(text[start + name.length] ?? '')) return true;
  }
  return false;
}

function isNameChar(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_';
}

/**
 * Where findings about a go build point: its `go build` words, in the file they are written in
 * (a Makefile or a script the RUN runs: then with the RUN's command as the anchor for inline
 * suppressions in the Dockerfile).
 */
export function buildPlace(build: GoCommand & { via?: { start: number } }): { start: number; end: number; file?: OtherFile; anchor?: number } {
  const span = { start: build.goWord.start, end: build.verbWord.end };
  return build.file ? { ...span, file: build.file, ...(build.via ? { anchor: build.via.start } : {}) } : span;
}

/** How words are written where a build is: shell words, or the JSON array of an exec-form RUN. */
export function buildForm(build: GoCommand & { run?: { form: string } }): CommandForm {
  return build.file || !build.run ? 'shell' : commandForm(build.run);
}

/**
 * Edits at words of a build, in the file the build is written in; undefined when one of the words
 * is not written where it reads (make made it from part of a reference), so that no fix is offered.
 */
export function buildEdits(build: GoCommand, words: ReadonlyArray<{ start: number; end: number }>, edits: Edit[]): Edit[] | undefined {
  if (!build.file) return edits;
  if (!words.every((w) => writtenAsIs(w, build.substitutions))) return undefined;
  const path = build.file.path;
  return edits.map((e) => ({ ...e, file: path }));
}

/**
 * Where findings about a build made before `docker build` point: in a GoReleaser file, the key
 * the finding is about (`env`, `flags`, `ldflags`) when the build has it, else the build's first
 * key, else (GoReleaser's default build) the `dockers` key; in a Makefile, the go command. The
 * COPY of its binary anchors inline suppressions in the Dockerfile.
 */
export function hostPlace(b: HostBuild, key?: 'env' | 'flags' | 'ldflags'): { start: number; end: number; file: OtherFile; anchor: number } {
  const anchor = b.copy.span.start;
  if (b.command) return { start: b.command.goWord.start, end: b.command.verbWord.end, file: b.file, anchor };
  const release = b.release;
  const pair = key && release ? release[key]?.pair : undefined;
  if (pair) return { start: pair.keyStart, end: pair.keyEnd, file: b.file, anchor };
  const own = release?.node?.pairs.filter((p) => release.node && p.keyStart >= release.node.start && p.keyStart < release.node.end) ?? [];
  const first = own.reduce<(typeof own)[number] | undefined>((a, p) => (a === undefined || p.keyStart < a.keyStart ? p : a), undefined);
  if (first) return { start: first.keyStart, end: first.keyEnd, file: b.file, anchor };
  const dockers = release?.config.root.pairs.find((p) => p.key === 'dockers' || p.key === 'dockers_v2');
  return { start: dockers?.keyStart ?? 0, end: dockers?.keyEnd ?? 0, file: b.file, anchor };
}

/** How messages name a build made before `docker build`: `GoReleaser build "app"`, `make target "build"`. */
export function hostLabel(b: HostBuild): string {
  if (b.tool !== 'goreleaser') return `make target "${b.name}"`;
  // A build with no id of its own is named after the project, which GoReleaser may take from git.
  return b.name ? `GoReleaser build "${b.name}"` : 'the GoReleaser build';
}

/** Where the Dockerfile's COPY puts a binary built before `docker build`. */
export function hostBinaryPath(b: HostBuild): string {
  const dest = b.copy.dest ?? '/app';
  return dest.endsWith('/') ? `${dest}${b.binary ?? 'app'}` : dest;
}
