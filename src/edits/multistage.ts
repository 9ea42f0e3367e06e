import { NONROOT_USER } from '../model/constants';
import { Arg, Cmd, Entrypoint, Env, Healthcheck, User, type Instruction } from '../parse/ast';
import { imageFacts } from '../model/catalogue';
import { parseImageRef } from '../model/image-ref';
import { rootFacts } from '../model/lineage';
import { deliberateCgo, linksExternally, pieNeedsCgo } from '../model/cgo';
import { execForm } from '../model/exec-form';
import { basename, dirname, isWithin, resolvePath } from '../model/paths';
import { runEffects } from '../model/run-effects';
import type { GoBuild, Model, Stage } from '../model/types';
import { lineEndAt, spanOf, type SourceFile, type Span } from '../parse/source';
import { carriedFromContext, type CarryUnit } from './carry-over';
import { execFormText, plainCommandWords } from './exec-words';
import type { Edit, FinalImages, Fix, NoFix } from './types';
import { lineStartAt, lowercaseKeywords } from './layout';
import { commandForm, disableCgo, insertArgsAfter } from './text';
import { EMPTY_DIR, emptyFolderCopies, writableFolders } from './writable';
import { needsRoot } from './needs-root';
import { pushTo } from '../parse/maps';

/** Instructions that describe how the image runs, not how it is built: they move to the final stage. */
const RUNTIME = new Set(['EXPOSE', 'LABEL', 'STOPSIGNAL', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT', 'VOLUME', 'USER']);
/** PATH of the official golang images, to resolve `CMD ["app"]`. */
const GOLANG_PATH = ['/go/bin', '/usr/local/go/bin', '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** Packages a single stage installs only to build (tools, compilers, headers), and those distroless has. */
const BUILD_PACKAGES = new Set([
  'git', 'gcc', 'g++', 'clang', 'make', 'cmake', 'musl-dev', 'libc-dev', 'libc6-dev', 'build-base', 'build-essential', 'binutils',
  'upx', 'upx-ucl', 'ca-certificates', 'tzdata', 'pkgconfig', 'pkgconf', 'pkg-config', 'bash', 'curl', 'wget', 'openssh-client',
  'openssh', 'mercurial', 'bzr', 'subversion', 'gnupg', 'unzip', 'zip', 'xz-utils', 'tar', 'gzip', 'protobuf', 'protobuf-dev',
  'protobuf-compiler', 'protoc', 'nodejs', 'npm', 'yarn', 'file', 'jq', 'patch', 'go', 'golang', 'golang-go', 'dep', 'bzip2', 'gettext', 'coreutils',
]);
/** PATH of distroless images. */
const DISTROLESS_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** More than this many COPY lines to carry the image's files over: too many to review, no fix. */
const MAX_CARRY_LINES = 16;

/**
 * The headline fix: a single-stage `FROM golang` Dockerfile becomes a named builder stage and a
 * minimal final stage holding the binary and what the image held besides the build's own files
 * (templates, static files, configuration, migrations: see carry-over.ts), in the same WORKDIR,
 * run as 65532 with the folders it writes given to it. When it cannot be done right, no fix, and
 * the reason: several binaries, an output path that cannot be known, files written at build time
 * that cannot be listed, packages the program may use at run time, or a CMD/ENTRYPOINT that does
 * not run the binary.
 */
export function splitSingleStage(file: SourceFile, model: Model, images: FinalImages): Fix | NoFix {
  const target = splitTarget(model, images);
  if ('reason' in target) return target;
  const { stage, build, binary } = target;
  const sorted = sortInstructions(file, stage, build);
  if ('reason' in sorted) return sorted;
  const cwd = stage.workdir;
  if (cwd === undefined) return { reason: 'a variable hides the WORKDIR the program runs in' };
  const { cmd, entrypoint } = lastRuntime(sorted.moved);
  const runner = entrypoint ?? cmd;
  const runnerLine = runner ? execLine(file, runner, binary, cwd) : undefined;
  if (runner && !runnerLine) return { reason: `${runner.getKeyword().toUpperCase()} does not run the built binary ${binary} as plain words` };
  const health = sorted.moved.find((i): i is Healthcheck => i instanceof Healthcheck);
  if (health && !healthRunsBinary(file, health, binary, cwd)) return { reason: 'HEALTHCHECK runs a program the final image does not have' };
  const kept = keptFiles(file, model, stage, target);
  if ('reason' in kept) return kept;
  return splitEdits(file, stage, { ...target, ...sorted, ...kept, runner, runnerLine, cmd, entrypoint, cwd });
}

interface SplitTarget {
  stage: Stage;
  build: GoBuild;
  binary: string;
  finalImage: string;
  cgoOn: boolean;
  /** cgo is on by default and needed (a cgo-only module, `import "C"`): CGO_ENABLED stays unset. */
  deliberate: boolean;
}

/** The single stage, its one build and binary, and the final image it needs; or why it cannot be split. */
function splitTarget(model: Model, images: FinalImages): SplitTarget | NoFix {
  const stage = model.stages[0];
  if (model.stages.length !== 1 || !stage) return { reason: 'the Dockerfile has several stages' };
  if (rootFacts(stage)?.family !== 'golang') return { reason: 'the stage is not built FROM a golang image' };
  const builds = model.goBuilds.filter((b) => b.stage === stage);
  if (builds.length !== 1) return { reason: builds.length === 0 ? 'no go build is seen in the stage' : `the stage runs ${builds.length} go builds, so which binary to ship is not known` };
  const build = builds[0];
  // Built by a Makefile or a script: the build's own words are not the Dockerfile's to edit.
  if (build.file) return { reason: `the binary is built by ${build.file.path}, whose go build the split cannot rewrite` };
  const binary = build.output;
  if (!binary || !binary.startsWith('/') || binary.includes('$')) return { reason: 'where go build writes the binary is not known (give it -o with an absolute path)' };
  if (build.cgo.value === undefined) return { reason: 'a variable hides CGO_ENABLED, so which libc the binary needs is not known' };
  // Linked statically (`-extldflags "-static"`), a cgo binary needs no libc where it runs. cgo on
  // purpose (set, or needed by a module or `import "C"`) stays on; `-linkmode external` links
  // against libc even with cgo off.
  const deliberate = build.cgo.value === null && deliberateCgo(model, build) !== undefined;
  const pie = build.cgo.value === null && !deliberate && !build.staticLink ? pieNeedsCgo(build) : undefined;
  if (pie) return { reason: pie };
  const cgoOn = ((build.cgo.value !== null && build.cgo.value !== '0') || deliberate || linksExternally(build)) && !build.staticLink;
  // A deliberate cgo binary needs its builder's libc; distroless offers glibc only.
  if (cgoOn && rootFacts(stage)?.libc !== 'glibc') return { reason: 'cgo stays on, and the builder\'s C library is not the glibc distroless has' };
  return { stage, build, binary, finalImage: cgoOn ? images.cgo : images.static, cgoOn, deliberate };
}

/** The runtime instructions of the single stage, sorted out for the final stage. */
interface RuntimeSet {
  moved: Instruction[];
  /** ENV a program may read at run time: copied, and kept in the builder too. */
  copiedEnv: Instruction[];
  args: Map<string, Arg>;
}

/**
 * Which instructions move to the final stage and which ENV are copied there; no split when after
 * the build comes a RUN that writes more than folders, or a SHELL or ONBUILD.
 */
function sortInstructions(file: SourceFile, stage: Stage, build: GoBuild): RuntimeSet | NoFix {
  const buildEnd = build.run.span.end;
  const moved: Instruction[] = [];
  const copiedEnv: Instruction[] = [];
  const args = new Map<string, Arg>();
  for (const ins of stage.instructions) {
    const kw = ins.getKeyword().toUpperCase();
    const after = spanOf(file, ins.getRange()).start > buildEnd;
    if (ins instanceof Arg) for (const p of ins.getProperties()) args.set(p.getName(), ins);
    if (kw === 'SHELL' || kw === 'ONBUILD') return { reason: `${kw} has no place in a final stage without a shell` };
    if (RUNTIME.has(kw)) moved.push(ins);
    else if (ins instanceof Env && after) moved.push(ins);
    else if (ins instanceof Env && ins.getProperties().some((p) => !isBuildVariable(p.getName()))) copiedEnv.push(ins);
  }
  return { moved, copiedEnv, args };
}

/** What the final stage keeps besides the binary: files carried over, and folders given to the new user. */
interface Kept {
  units: CarryUnit[];
  folders: string[];
}

/**
 * The files of the build context the image holds (see carry-over.ts), and, where the process ran
 * as root, the folders it may write. No fix where a RUN writes files no one can list, installs
 * packages the program may use, or the context cannot be seen.
 */
function keptFiles(file: SourceFile, model: Model, stage: Stage, target: SplitTarget): Kept | NoFix {
  for (const run of stage.runs) {
    const fx = runEffects(run);
    if (fx.writers.length > 0) return { reason: `\`${fx.writers[0]}\` in a RUN may write files the program reads, which cannot be listed` };
    const runtime = fx.packages.filter((p) => !BUILD_PACKAGES.has(p) && !(p.endsWith('-dev') && !target.cgoOn));
    if (runtime.length > 0) return { reason: `the image installs ${runtime.join(', ')}, which the program may use at run time and distroless does not have` };
  }
  const copies = stage.copies;
  let units: CarryUnit[] = [];
  if (copies.length > 0) {
    if (!model.workspace) return { reason: 'the build context cannot be seen, so what the image holds besides the binary is not known' };
    const carried = carriedFromContext(model.workspace.context, copies);
    if ('reason' in carried) return carried;
    units = carried.units.filter((u) => u.path !== target.binary);
  }
  if (copyLines('build', units).length > MAX_CARRY_LINES) return { reason: `the image holds ${units.length} files and folders besides the Go sources, too many to carry over line by line` };
  const user = stage.user?.user;
  if (user === undefined && stage.user) return { reason: 'a variable hides the USER' };
  const ranAsRoot = user === undefined || user === 'root' || user === '0';
  if (!ranAsRoot) return { units, folders: [] };
  const root = needsRoot(file, model, [stage], false);
  if (root) return { reason: root };
  const ref = parseImageRef(target.finalImage);
  if (!ref) return { reason: `the final image ${target.finalImage} cannot be read` };
  const writable = writableFolders({ stages: [stage], base: imageFacts(ref), workdir: stage.workdir });
  if ('reason' in writable) return writable;
  // Folders the build made for its own output are not the program's.
  const out = dirname(target.binary);
  return { units, folders: writable.folders.filter((f) => !isWithin(out, f) || f === stage.workdir) };
}

/** COPY lines carrying units from the builder: a folder each, files grouped by the folder they sit in. */
function copyLines(builder: string, units: readonly CarryUnit[]): string[] {
  const lines: string[] = [];
  const files = new Map<string, string[]>();
  for (const u of units) {
    if (u.kind === 'dir') lines.push(`COPY --from=${builder} --chown=${NONROOT_USER} ${u.path} ${u.path}`);
    else pushTo(files, dirname(u.path), u.path);
  }
  for (const [dir, paths] of files) {
    lines.push(paths.length === 1 ? `COPY --from=${builder} --chown=${NONROOT_USER} ${paths[0]} ${paths[0]}` : `COPY --from=${builder} --chown=${NONROOT_USER} ${paths.join(' ')} ${dir === '/' ? '/' : `${dir}/`}`);
  }
  return lines;
}

interface SplitPlan extends SplitTarget, RuntimeSet, Kept {
  runner: Instruction | undefined;
  runnerLine: { keyword: string; args: string } | undefined;
  cmd: Instruction | undefined;
  entrypoint: Instruction | undefined;
  cwd: string;
}

function splitEdits(file: SourceFile, stage: Stage, plan: SplitPlan): Fix | NoFix {
  const { build, binary, finalImage } = plan;
  const edits: Edit[] = [];
  const eol = file.eol;
  const lower = lowercaseKeywords(stage);
  const kw = (line: string) => (lower ? line.replace(/^[A-Z]+/, (k) => k.toLowerCase()) : line);

  // 1. Name the builder.
  const builderName = stage.name ?? 'build';
  if (!stage.name) edits.push({ start: stage.imageSpan.end, end: stage.imageSpan.end, text: ` ${kw('AS')} build` });

  // 2. The build: cgo decided explicitly, output explicit; an empty folder for the new user's folders.
  const form = commandForm(build.run);
  if (build.cgo.value === null && !build.staticLink && !plan.deliberate) edits.push(disableCgo(form, build));
  // `go install` has no -o: its binary's place is already known ($GOBIN or $GOPATH/bin).
  if (build.verb === 'build' && !build.flags.some((f) => f.name === 'o')) edits.push(insertArgsAfter(form, build.verbWord, `-o ${binary}`, ['-o', binary]));
  if (plan.folders.length > 0) {
    const at = lineEndAt(file, build.run.span.end);
    edits.push({ start: at, end: at, text: eol + kw(`RUN mkdir -p ${EMPTY_DIR}`) });
  }

  // 3. Runtime instructions leave the builder (with the comment lines right above them).
  const lifted = liftRuntime(file, plan, edits);
  if (!lifted) return { reason: 'a CMD that gives the ENTRYPOINT its arguments is not in exec form' };
  const { finalLines, userComments, runnerComments, argLines } = lifted;

  // 4. The final stage, appended: folders and files first, so that they are made as the new user's.
  const stageText = [
    '',
    kw(`FROM ${finalImage}`),
    ...argLines,
    ...emptyFolderCopies(builderName, plan.folders).map(kw),
    ...copyLines(builderName, plan.units).map(kw),
    kw(`WORKDIR ${plan.cwd}`),
    ...finalLines,
    kw(`COPY --from=${builderName} ${binary} ${binary}`),
    ...userComments,
    kw(`USER ${NONROOT_USER}`),
    ...runnerComments,
    plan.runnerLine ? kw(`${plan.runnerLine.keyword} ${plan.runnerLine.args}`) : kw(`ENTRYPOINT ${JSON.stringify([binary])}`),
  ].join(eol);
  const end = file.text.length;
  const tail = keptTail(file.text, edits);
  const needsBreak = tail !== '' && !tail.endsWith('\n');
  // One blank line between the stages, whether or not the builder already ends with one.
  const blankAlready = /\n\s*\n$/.test(tail.slice(-8)) || tail === '';
  edits.push({ start: end, end, text: (needsBreak ? eol : '') + (blankAlready ? stageText.slice(eol.length) : stageText) + eol });
  // From the FROM line on, like GD004's fix, which then waits for this one (see stageAnchors).
  const from = spanOf(file, stage.from.getRange()).start;
  edits.push({ start: from, end: from, text: '' });
  return { title: splitTitle(builderName, plan), applicability: 'unsafe', edits: normalizeEdits(edits) };
}

function splitTitle(builderName: string, plan: SplitPlan): string {
  const names = plan.units.map((u) => basename(u.path));
  const carried = names.length === 0 ? '' : `, carrying over ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''}`;
  const given = plan.folders.length > 0 ? `, giving ${plan.folders.join(', ')} to uid ${NONROOT_USER.split(':')[0]}` : '';
  return `Split into a ${builderName} stage and a ${plan.finalImage} final stage${carried}${given}`;
}

/**
 * Removes the moved instructions from the builder (adding the edits) and returns the final stage's
 * lines: moved instructions with their comments, the comments of USER and of the runner (both
 * rewritten), and the ARGs they use. Undefined when a CMD that must move as written is not exec form.
 */
function liftRuntime(
  file: SourceFile,
  { moved, copiedEnv, args, runner, cmd, entrypoint }: SplitPlan,
  edits: Edit[],
): { finalLines: string[]; userComments: string[]; runnerComments: string[]; argLines: string[] } | undefined {
  const finalLines: string[] = [];
  const userComments: string[] = [];
  const runnerComments: string[] = [];
  const usedArgs = new Set<Arg>();
  for (const ins of [...moved, ...copiedEnv].sort((a, b) => spanOf(file, a.getRange()).start - spanOf(file, b.getRange()).start)) {
    const isCopy = copiedEnv.includes(ins);
    const block = instructionBlock(file, ins);
    for (const name of ins.getVariables().map((v) => v.getName())) {
      const arg = args.get(name);
      if (arg && !usedArgs.has(arg)) usedArgs.add(arg);
    }
    if (!isCopy) edits.push({ start: block.start, end: block.end, text: '' });
    const own = spanOf(file, ins.getRange());
    const comments = file.text.slice(block.start, lineStartAt(file, own.start));
    const commentLines = comments ? trimEol(comments).split(/\r?\n/) : [];
    if (ins instanceof User) {
      for (const l of commentLines) userComments.push(l); // The non-root USER below replaces it.
      continue;
    }
    if (ins === runner) {
      for (const l of commentLines) runnerComments.push(l); // Rewritten below, pointing at the copied binary.
      continue;
    }
    if (ins === cmd && entrypoint) {
      // CMD gives the ENTRYPOINT its arguments: it moves as written, which must be exec form.
      const range = ins.getArgumentsRange();
      if (!range || !execForm(file, spanOf(file, range))) return undefined;
    } else if (ins instanceof Cmd || ins instanceof Entrypoint) {
      for (const l of commentLines) finalLines.push(l); // Overridden by a later one: only its comments stay.
      continue;
    }
    finalLines.push(trimEol(file.text.slice(block.start, block.end)));
  }
  const argLines = [...usedArgs].map((a) => file.text.slice(spanOf(file, a.getRange()).start, spanOf(file, a.getRange()).end));
  return { finalLines, userComments, runnerComments, argLines };
}

/** Go's own variables stay in the builder; anything else may be read by the program at run time. */
function isBuildVariable(name: string): boolean {
  return name.startsWith('GO') || name.startsWith('CGO_') || name === 'PATH';
}

/** The CMD and ENTRYPOINT in force at the end of the stage. */
function lastRuntime(moved: Instruction[]): { cmd?: Instruction; entrypoint?: Instruction } {
  let cmd: Instruction | undefined;
  let entrypoint: Instruction | undefined;
  for (const ins of moved) {
    if (ins instanceof Cmd) cmd = ins;
    else if (ins instanceof Entrypoint) entrypoint = ins;
  }
  return { cmd, entrypoint };
}

/**
 * Does the program named resolve to the binary: absolute, relative to the WORKDIR, or by name on
 * the PATH of the image it runs in (golang's for CMD/ENTRYPOINT, which are rewritten to the
 * absolute path; the final image's for a HEALTHCHECK, which moves as written)?
 */
function resolvesTo(program: string, binary: string, workdir: string, path: readonly string[] = GOLANG_PATH): boolean {
  if (program.includes('/')) return resolvePath(workdir, program) === binary;
  return path.some((d) => `${d}/${program}` === binary) || (path === GOLANG_PATH && basename(binary) === program);
}

/**
 * CMD/ENTRYPOINT in exec form with the program replaced by the copied binary's absolute path.
 * Undefined when it does not run that binary or is not plain words.
 */
function execLine(file: SourceFile, ins: Instruction, binary: string, workdir: string): { keyword: string; args: string } | undefined {
  const range = ins.getArgumentsRange();
  if (!range) return undefined;
  const span = spanOf(file, range);
  const words = execForm(file, span) ?? plainCommandWords(file, span);
  if (!words || words.length === 0 || !resolvesTo(words[0], binary, workdir)) return undefined;
  return { keyword: ins.getKeyword(), args: execFormText([binary, ...words.slice(1)]) };
}

/** `HEALTHCHECK NONE`, or one that runs the binary in exec form. */
function healthRunsBinary(file: SourceFile, ins: Healthcheck, binary: string, workdir: string): boolean {
  const sub = ins.getSubcommand();
  if (!sub) return (ins.getArgumentsContent() ?? '').trim().toUpperCase().startsWith('NONE');
  if (sub.getValue().toUpperCase() !== 'CMD') return false;
  const end = spanOf(file, ins.getRange()).end;
  const words = execForm(file, { start: spanOf(file, sub.getRange()).end, end });
  return words !== undefined && words.length > 0 && resolvesTo(words[0], binary, workdir, DISTROLESS_PATH);
}

/** The lines of an instruction with the comment lines directly above it, line breaks included. */
function instructionBlock(file: SourceFile, ins: Instruction): Span {
  const span = spanOf(file, ins.getRange());
  let start = lineStartAt(file, span.start);
  const comments = new Set(file.dockerfile.getComments().map((c) => c.getRange().start.line));
  for (let line = ins.getRange().start.line - 1; line >= 0 && comments.has(line); line--) start = file.lineStarts[line];
  const lineEnd = lineEndAt(file, span.end);
  let end = lineEnd;
  if (file.text[end] === '\r') end++;
  if (file.text[end] === '\n') end++;
  return { start, end };
}

function trimEol(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '\n' || s[end - 1] === '\r')) end--;
  return s.slice(0, end);
}

/** The last few characters the text keeps at its end once `edits` (deletions here) are applied. */
function keptTail(text: string, edits: readonly Edit[]): string {
  const deletions = edits.filter((e) => e.end > e.start);
  let out = '';
  for (let i = text.length - 1; i >= 0 && out.length < 8; i--) {
    if (deletions.some((d) => i >= d.start && i < d.end)) continue;
    out = text[i] + out;
  }
  return out;
}

/** Insertions at the same offset keep their order; deletions that swallow an insertion point win. */
function normalizeEdits(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) {
      // An insertion inside a moved block: the block is reprinted elsewhere, so drop the insertion.
      if (e.start === e.end) continue;
      prev.end = Math.max(prev.end, e.end);
      continue;
    }
    if (prev && prev.start === prev.end && e.start === prev.start && e.start === e.end) {
      prev.text += e.text;
      continue;
    }
    out.push({ ...e });
  }
  return out;
}

export type { GoBuild };
