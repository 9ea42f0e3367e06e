import { NONROOT_USER } from '../model/constants';
import { Arg, Cmd, Entrypoint, Env, Healthcheck, User, Workdir, type Instruction } from '../parse/ast';
import { rootFacts } from '../model/lineage';
import { execForm } from '../model/exec-form';
import { basename, resolvePath } from '../model/paths';
import type { GoBuild, Model, Stage } from '../model/types';
import { lineEndAt, spanOf, type SourceFile, type Span } from '../parse/source';
import { execFormText, plainCommandWords } from './exec-words';
import type { Edit, FinalImages, Fix } from './types';
import { lineStartAt, lowercaseKeywords } from './layout';
import { commandForm, disableCgo, insertArgsAfter } from './text';

/** Instructions that describe how the image runs, not how it is built: they move to the final stage. */
const RUNTIME = new Set(['EXPOSE', 'LABEL', 'STOPSIGNAL', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT', 'VOLUME', 'USER']);
/** Instructions after the build that would need files or a shell in the final image. */
const BLOCKING = new Set(['RUN', 'COPY', 'ADD', 'SHELL', 'ONBUILD']);
/** PATH of the official golang images, to resolve `CMD ["app"]`. */
const GOLANG_PATH = ['/go/bin', '/usr/local/go/bin', '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/**
 * The headline fix: a single-stage `FROM golang` Dockerfile becomes a named builder stage and a
 * minimal final stage holding only the binary. Undefined (no fix) when it cannot be done right:
 * several binaries, an output path that cannot be known, files added after the build, or a
 * CMD/ENTRYPOINT that does not run the binary.
 */
export function splitSingleStage(file: SourceFile, model: Model, images: FinalImages): Fix | undefined {
  const target = splitTarget(model, images);
  if (!target) return undefined;
  const { stage, build, binary, finalImage } = target;

  const buildEnd = build.run.span.end;
  const moved: Instruction[] = [];
  const copiedEnv: Instruction[] = [];
  const args = new Map<string, Arg>();
  let workdir = stage.workdir;
  for (const ins of stage.instructions) {
    const kw = ins.getKeyword();
    const start = spanOf(file, ins.getRange()).start;
    if (ins instanceof Arg) for (const p of ins.getProperties()) args.set(p.getName(), ins);
    if (start > buildEnd && BLOCKING.has(kw)) return undefined;
    if (RUNTIME.has(kw)) moved.push(ins);
    else if (ins instanceof Env && start > buildEnd) moved.push(ins);
    else if (ins instanceof Env && ins.getProperties().some((p) => !isBuildVariable(p.getName()))) copiedEnv.push(ins);
    else if (ins instanceof Workdir && start > buildEnd) moved.push(ins);
  }
  if (moved.some((i) => i instanceof Workdir)) workdir = undefined; // The final WORKDIR is then the moved one.

  const { cmd, entrypoint } = lastRuntime(moved);
  const runner = entrypoint ?? cmd;
  const runnerLine = runner ? execLine(file, runner, binary, workdir ?? stage.workdir) : undefined;
  if (runner && !runnerLine) return undefined;

  const edits: Edit[] = [];
  const eol = file.eol;
  const lower = lowercaseKeywords(stage);
  const kw = (k: string) => (lower ? k.toLowerCase() : k);

  // 1. Name the builder.
  const builderName = stage.name ?? 'build';
  if (!stage.name) edits.push({ start: stage.imageSpan.end, end: stage.imageSpan.end, text: ` ${kw('AS')} build` });

  // 2. The build: cgo decided explicitly, output explicit.
  const form = commandForm(build.run);
  if (build.cgo.value === null && !build.staticLink) edits.push(disableCgo(form, build.goWord));
  // `go install` has no -o: its binary's place is already known ($GOBIN or $GOPATH/bin).
  if (build.verb === 'build' && !build.flags.some((f) => f.name === 'o')) edits.push(insertArgsAfter(form, build.verbWord, `-o ${binary}`, ['-o', binary]));

  // 3. Runtime instructions leave the builder (with the comment lines right above them).
  const lifted = liftRuntime(file, { moved, copiedEnv, args, runner, cmd, entrypoint }, edits);
  if (!lifted) return undefined;
  const { finalLines, userComments, runnerComments, argLines } = lifted;

  // 4. The final stage, appended.
  const stageText = [
    '',
    `${kw('FROM')} ${finalImage}`,
    ...argLines,
    ...finalLines,
    `${kw('COPY')} --from=${builderName} ${binary} ${binary}`,
    ...userComments,
    `${kw('USER')} ${NONROOT_USER}`,
    ...runnerComments,
    runnerLine ? `${kw(runnerLine.keyword)} ${runnerLine.args}` : `${kw('ENTRYPOINT')} ${JSON.stringify([binary])}`,
  ].join(eol);
  const end = file.text.length;
  const tail = keptTail(file.text, edits);
  const needsBreak = tail !== '' && !tail.endsWith('\n');
  // One blank line between the stages, whether or not the builder already ends with one.
  const blankAlready = /\n\s*\n$/.test(tail.slice(-8)) || tail === '';
  edits.push({ start: end, end, text: (needsBreak ? eol : '') + (blankAlready ? stageText.slice(eol.length) : stageText) + eol });

  return {
    title: `Split into a ${builderName} stage and a ${finalImage} final stage`,
    applicability: 'unsafe',
    edits: normalizeEdits(edits),
  };
}

/** The runtime instructions of the single stage, sorted out for the final stage. */
interface RuntimeSet {
  moved: Instruction[];
  /** ENV a program may read at run time: copied, and kept in the builder too. */
  copiedEnv: Instruction[];
  args: Map<string, Arg>;
  runner: Instruction | undefined;
  cmd: Instruction | undefined;
  entrypoint: Instruction | undefined;
}

/**
 * Removes the moved instructions from the builder (adding the edits) and returns the final stage's
 * lines: moved instructions with their comments, the comments of USER and of the runner (both
 * rewritten), and the ARGs they use. Undefined when a CMD that must move as written is not exec form.
 */
function liftRuntime(
  file: SourceFile,
  { moved, copiedEnv, args, runner, cmd, entrypoint }: RuntimeSet,
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

/** The single stage, its one build and binary, and the final image it needs; undefined when it cannot be split. */
function splitTarget(model: Model, images: FinalImages): { stage: Stage; build: GoBuild; binary: string; finalImage: string } | undefined {
  if (model.stages.length !== 1) return undefined;
  const stage = model.stages[0];
  if (rootFacts(stage)?.family !== 'golang') return undefined;
  const builds = model.goBuilds.filter((b) => b.stage === stage);
  if (builds.length !== 1) return undefined;
  const build = builds[0];
  // Built by a Makefile or a script: the build's own words are not the Dockerfile's to edit.
  if (build.file) return undefined;
  const binary = build.output;
  if (!binary || !binary.startsWith('/') || binary.includes('$')) return undefined;
  if (build.cgo.value === undefined) return undefined;
  // Linked statically (`-extldflags "-static"`), a cgo binary needs no libc where it runs.
  const cgoOn = build.cgo.value !== null && build.cgo.value !== '0' && !build.staticLink;
  // A deliberate cgo binary needs its builder's libc; distroless offers glibc only.
  if (cgoOn && rootFacts(stage)?.libc !== 'glibc') return undefined;
  return { stage, build, binary, finalImage: cgoOn ? images.cgo : images.static };
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
 * CMD/ENTRYPOINT in exec form with the program replaced by the copied binary's absolute path.
 * Undefined when it does not run that binary or is not plain words.
 */
function execLine(file: SourceFile, ins: Instruction, binary: string, workdir: string | undefined): { keyword: string; args: string } | undefined {
  const range = ins.getArgumentsRange();
  if (!range) return undefined;
  const span = spanOf(file, range);
  const words = execForm(file, span) ?? plainCommandWords(file, span);
  if (!words) return undefined;
  if (words.length === 0) return undefined;
  const program = words[0];
  const resolved = program.includes('/')
    ? workdir !== undefined || program.startsWith('/') ? resolvePath(workdir ?? '/', program) : undefined
    : GOLANG_PATH.map((d) => `${d}/${program}`).find((p) => p === binary) ?? (basename(binary) === program ? binary : undefined);
  if (resolved !== binary) return undefined;
  const keyword = ins instanceof Healthcheck ? 'HEALTHCHECK' : ins.getKeyword();
  return { keyword, args: execFormText([binary, ...words.slice(1)]) };
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
