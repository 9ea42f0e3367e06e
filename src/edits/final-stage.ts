import { NONROOT_UID, NONROOT_USER } from '../model/constants';
import { Arg, Cmd, Entrypoint, Healthcheck, type Instruction } from '../parse/ast';
import { imageFacts, type ImageFacts } from '../model/catalogue';
import { parseImageRef } from '../model/image-ref';
import { rootFacts } from '../model/lineage';
import { execForm } from '../model/exec-form';
import { isWithin, normalize } from '../model/paths';
import { runEffects, type Account } from '../model/run-effects';
import type { Model, RunInfo, Stage } from '../model/types';
import { lineEndAt, spanOf, type SourceFile } from '../parse/source';
import { accountMap, IMAGE_USERS } from './accounts';
import { execFormText, plainCommandWords } from './exec-words';
import { portNote, privilegedPorts } from './ports';
import type { Edit, FinalImages, Fix, NoFix } from './types';
import { lineStartAt } from './layout';
import { commandForm, disableCgo, replaceSpan } from './text';
import { chownWithoutShell, writableFolders } from './writable';

/** The ids of the accounts distroless defines. */
const WELL_KNOWN_IDS: Readonly<Record<string, string>> = { root: '0', nobody: '65534', nonroot: String(NONROOT_UID) };
/** Packages distroless already has. */
const PROVIDED = new Set(['ca-certificates', 'tzdata']);

/**
 * Switch an existing alpine/debian/ubuntu final stage to distroless, removing what distroless
 * makes unnecessary (installing CA certificates and tzdata, creating a user) and renaming what
 * named the removed accounts (`USER app`, `COPY --chown=app:app`) to the uid the process runs as.
 * Where the process ran as root and now runs as 65532, the folders it writes are given to 65532.
 * No fix, and the reason, when the final stage still needs a shell or packages for anything else.
 */
export function switchFinalStage(file: SourceFile, model: Model, images: FinalImages): Fix | NoFix {
  const final = model.final;
  if (!final || final.base.kind !== 'image') return { reason: 'the final stage is not built FROM an image' };
  if (file.text.slice(final.imageSpan.start, final.imageSpan.end).includes('$')) return { reason: 'a build argument names the final image' };
  const cgo = cgoEdits(model);
  if ('reason' in cgo) return cgo;
  const image = cgo.needsLibc ? images.cgo : images.static;
  const edits: Edit[] = [...cgo.edits, { ...final.imageSpan, text: image }];
  const removed = removedRuns(final);
  if ('reason' in removed) return removed;
  for (const run of removed.runs) edits.push(instructionLines(file, run.span.start, run.span.end));
  const runtime = runtimeEdits(file, final);
  if ('reason' in runtime) return runtime;
  edits.push(...runtime);
  const owners = ownerEdits(file, model, final, removed.accounts, image);
  if ('reason' in owners) return owners;
  edits.push(...owners.edits);
  edits.push(...unusedArgs(file, final, removed.runs));
  return { title: `Use ${image} for the final stage${owners.note}`, applicability: 'unsafe', edits };
}

/** cgo off for each shipped build unless set on purpose; a deliberate cgo binary needs glibc (distroless base). */
function cgoEdits(model: Model): { edits: Edit[]; needsLibc: boolean } | NoFix {
  const shipped = model.goBuilds.filter((b) => b.shipped);
  if (shipped.length === 0) return { reason: 'no go build is seen shipping its binary to the final stage' };
  const edits: Edit[] = [];
  let needsLibc = false;
  for (const b of shipped) {
    if (b.cgo.value === undefined) return { reason: 'a variable hides CGO_ENABLED, so which libc the binary needs is not known' };
    // Linked statically (`-extldflags "-static"`): it runs without libc as it is.
    if (b.staticLink) continue;
    if (b.cgo.value === null) edits.push(disableCgo(commandForm(b.run), b.goWord));
    else if (b.cgo.value !== '0') {
      if (rootFacts(b.stage)?.libc !== 'glibc') return { reason: `cgo stays on, and the builder's C library (${rootFacts(b.stage)?.libc ?? 'unknown'}) is not the glibc distroless has` };
      needsLibc = true;
    }
  }
  return { edits, needsLibc };
}

/** The RUNs distroless makes unnecessary (all the stage has), and the accounts they create. */
function removedRuns(final: Stage): { runs: RunInfo[]; accounts: Account[] } | NoFix {
  const accounts: Account[] = [];
  for (const run of final.runs) {
    const why = notRemovable(run);
    if (why) return { reason: why };
    accounts.push(...runEffects(run).accounts);
  }
  return { runs: final.runs, accounts };
}

/** Why a RUN cannot go: it needs a shell or packages distroless lacks. Undefined when it only installs what distroless has or creates a user. */
function notRemovable(run: RunInfo): string | undefined {
  const what = `\`${run.instruction.getTextContent().replace(/\s+/g, ' ').slice(0, 60).trim()}\``;
  if (run.form === 'exec' || run.commands.length === 0) return `${what} runs a program distroless does not have`;
  const fx = runEffects(run);
  const extra = fx.packages.filter((p) => !PROVIDED.has(p));
  if (extra.length > 0) return `the final stage installs ${extra.join(', ')}, which distroless does not have`;
  if (fx.folders.length > 0 || fx.chowns.length > 0) return `${what} needs a shell, which distroless does not have`;
  for (const c of run.commands) {
    const w = c.words.map((x) => x.text);
    if (w.length === 0) {
      if (c.assignments.length > 0) return `${what} needs a shell, which distroless does not have`;
      continue;
    }
    const [cmd, ...rest] = w;
    if (['adduser', 'addgroup', 'useradd', 'groupadd', 'update-ca-certificates', 'apk', 'apt-get', 'apt'].includes(cmd)) continue;
    if (cmd === 'rm' && rest.every((a) => a.startsWith('-') || a.startsWith('/var/cache/apk') || a.startsWith('/var/lib/apt/lists'))) continue;
    return `${what} needs a shell, which distroless does not have`;
  }
  if (fx.writers.length > 0) return `${what} needs a shell, which distroless does not have`;
  return undefined;
}

/** CMD/ENTRYPOINT in exec form; no fix where they need a shell or run a script, or a HEALTHCHECK runs a program. */
function runtimeEdits(file: SourceFile, final: Stage): Edit[] | NoFix {
  const edits: Edit[] = [];
  // Without its own ENTRYPOINT/CMD the stage runs the base image's default (a shell): keep it.
  if (!final.instructions.some((i) => i instanceof Cmd || i instanceof Entrypoint)) return { reason: 'the final stage has no ENTRYPOINT or CMD, so it runs the base image\'s shell' };
  for (const ins of final.instructions) {
    if (ins instanceof Cmd || ins instanceof Entrypoint) {
      const range = ins.getArgumentsRange();
      if (!range) continue;
      const span = spanOf(file, range);
      const words = execForm(file, span) ?? plainCommandWords(file, span, ins instanceof Cmd && hasEntrypoint(final));
      if (!words) return { reason: `${ins.getKeyword().toUpperCase()} needs a shell (variables, pipes or several commands in shell form)` };
      const script = scriptProgram(final, ins, words);
      if (script) return { reason: script };
      if (!execForm(file, span)) edits.push({ ...span, text: execFormText(words) });
    } else if (ins instanceof Healthcheck) {
      // A health check runs a program of the old image (curl, wget, a shell): it cannot move.
      if (!(ins.getArgumentsContent() ?? '').trim().toUpperCase().startsWith('NONE')) return { reason: 'HEALTHCHECK runs a program distroless does not have' };
    } else if (ins.getKeyword().toUpperCase() === 'SHELL' || ins.getKeyword().toUpperCase() === 'ONBUILD') {
      return { reason: `${ins.getKeyword().toUpperCase()} needs a shell` };
    }
  }
  return edits;
}

function hasEntrypoint(stage: Stage): boolean {
  return stage.instructions.some((i) => i instanceof Entrypoint);
}

/** A program that needs a shell: a shell itself, or a script (`*.sh`) the stage copies in. */
function scriptProgram(final: Stage, ins: Instruction, words: readonly string[]): string | undefined {
  if (ins instanceof Cmd && hasEntrypoint(final)) return undefined; // Arguments of the ENTRYPOINT.
  const program = words[0];
  if (program === undefined) return undefined;
  const base = program.slice(program.lastIndexOf('/') + 1);
  if (['sh', 'bash', 'ash', 'dash', 'busybox'].includes(base)) return `${ins.getKeyword().toUpperCase()} runs ${program}, a shell distroless does not have`;
  if (base.endsWith('.sh')) return `${ins.getKeyword().toUpperCase()} runs ${program}, a script that needs a shell distroless does not have`;
  return undefined;
}

/**
 * USER and `--chown` owners naming removed accounts become the uid the process runs as, and,
 * where it ran as root and now runs as 65532, the folders it writes are given to it.
 */
function ownerEdits(file: SourceFile, model: Model, final: Stage, accounts: readonly Account[], image: string): { edits: Edit[]; note: string } | NoFix {
  const edits: Edit[] = [];
  const user = final.user;
  let target = { uid: String(NONROOT_UID), gid: String(NONROOT_UID) };
  if (user && user.user === undefined) return { reason: 'a variable hides the USER' };
  const named = user?.user !== undefined && !/^[0-9]+$/.test(user.user) && !IMAGE_USERS.has(user.user);
  if (user?.user !== undefined && /^[0-9]+$/.test(user.user)) target = { uid: user.user, gid: user.group !== undefined && /^[0-9]+$/.test(user.group) ? user.group : user.user };
  const known = user?.user !== undefined ? WELL_KNOWN_IDS[user.user] : undefined;
  if (known !== undefined) target = { uid: known, gid: known };
  const map = accountMap(accounts, target);
  if (user && named) {
    const args = user.instruction.getArgumentsRange();
    if (!args) return { reason: 'the USER cannot be read' };
    edits.push(replaceSpan(spanOf(file, args), NONROOT_USER));
  }
  const homes = accounts.filter((a) => a.kind === 'user' && a.home !== undefined && a.home !== '/nonexistent' && a.home !== '/').map((a) => normalize(a.home as string));
  for (const copy of final.copies) {
    if (copy.dest !== undefined && homes.some((h) => isWithin(copy.dest as string, h))) return { reason: `files are copied into the home of a user the switch removes (${normalize(copy.dest)}); the distroless user's HOME is /home/nonroot` };
    if (!copy.chown) continue;
    if (copy.chown.value === undefined) return { reason: 'a variable hides a COPY --chown owner' };
    const owner = map.owner(copy.chown.value);
    if (owner === undefined) return { reason: `COPY --chown=${copy.chown.value} names ${map.unknown(copy.chown.value)}, which distroless does not know` };
    if (owner !== copy.chown.value) edits.push(replaceSpan(copy.chown.span, owner));
  }
  // Without a USER the process ran as root on the old image, and runs as the new image's default user.
  const newFacts = factsOf(image);
  if (user !== undefined || newFacts?.defaultUid !== NONROOT_UID) return { edits, note: '' };
  const writable = writableFolders({ stages: [final], base: newFacts });
  if ('reason' in writable) return writable;
  if (writable.folders.length > 0) {
    const made = chownWithoutShell(file, model, final, writable.folders);
    if ('reason' in made) return made;
    edits.push(...made);
  }
  const given = writable.folders.length > 0 ? `, and give ${writable.folders.join(', ')} to uid ${NONROOT_UID}` : '';
  return { edits, note: given + portNote(privilegedPorts(file, [final])) };
}

function factsOf(image: string): ImageFacts | undefined {
  const ref = parseImageRef(image);
  return ref ? imageFacts(ref) : undefined;
}

/** ARGs only the removed RUNs used (`ARG UID=10001` for adduser) go with them. */
function unusedArgs(file: SourceFile, final: Stage, removed: readonly RunInfo[]): Edit[] {
  const edits: Edit[] = [];
  for (const ins of final.instructions) {
    if (!(ins instanceof Arg)) continue;
    const names = ins.getProperties().map((p) => p.getName());
    const usedElsewhere = final.instructions.some(
      (other) => other !== ins && !removed.some((r) => r.instruction === other) && other.getVariables().some((v) => names.includes(v.getName())),
    );
    if (!usedElsewhere) edits.push(instructionLines(file, spanOf(file, ins.getRange()).start, spanOf(file, ins.getRange()).end));
  }
  return edits;
}

/** The whole lines of an instruction, line break included (comment lines above it stay). */
function instructionLines(file: SourceFile, start: number, end: number): Edit {
  let e = lineEndAt(file, end);
  if (file.text[e] === '\r') e++;
  if (file.text[e] === '\n') e++;
  return { start: lineStartAt(file, start), end: e, text: '' };
}
