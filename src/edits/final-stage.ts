import { NONROOT_HOME, NONROOT_UID, NONROOT_USER } from '../model/constants';
import { Arg, Cmd, Entrypoint, Healthcheck, type Instruction } from '../parse/ast';
import { imageFacts, type ImageFacts } from '../model/catalogue';
import { parseImageRef } from '../model/image-ref';
import { rootFacts } from '../model/lineage';
import { deliberateCgo, linksExternally, pieNeedsCgo } from '../model/cgo';
import { execForm } from '../model/exec-form';
import { basename, isWithin, normalize } from '../model/paths';
import { composeServices } from '../model/compose';
import { runEffects, type Account } from '../model/run-effects';
import type { Model, RunInfo, Stage } from '../model/types';
import { lineEndAt, spanOf, type SourceFile } from '../parse/source';
import { accountMap, IMAGE_USERS, type AccountMap } from './accounts';
import { execFormText, plainCommandWords } from './exec-words';
import type { Edit, FinalImages, Fix, NoFix } from './types';
import { insertBefore, lineStartAt } from './layout';
import { commandForm, disableCgo, replaceSpan } from './text';
import { chownText, chownWithoutShell, stageAnchors, writableFolders, type MadeFolder } from './writable';
import { needsRoot } from './needs-root';
import { writtenAsIs } from '../model/go';

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
  const health = composeHealthTool(model, final);
  if (health) return { reason: health };
  edits.push(...runtime);
  const owners = ownerEdits(file, model, final, removed, image);
  if ('reason' in owners) return owners;
  edits.push(...owners.edits);
  if (owners.made.length > 0) {
    const made = chownWithoutShell(file, model, final, owners.made);
    if ('reason' in made) return made;
    edits.push(...made);
  }
  edits.push(...unusedArgs(file, final, removed.runs), ...stageAnchors(file, final));
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
    // cgo on purpose (set, or needed by a module or `import "C"`) stays on; `-linkmode external`
    // links against libc even with cgo off.
    const deliberate = b.cgo.value === null && deliberateCgo(model, b) !== undefined;
    if (b.cgo.value === null && !deliberate) {
      // In a Makefile or script: the edit goes there, when the go word is written as it reads.
      const pie = pieNeedsCgo(b);
      if (pie) return { reason: pie };
      if (b.file && !writtenAsIs(b.goWord, b.substitutions)) return { reason: `the go command in ${b.file.path} is written through a make variable, so CGO_ENABLED=0 cannot be added where it is` };
      edits.push({ ...disableCgo(b.file ? 'shell' : commandForm(b.run), b), ...(b.file ? { file: b.file.path } : {}) });
    }
    if ((b.cgo.value !== null && b.cgo.value !== '0') || deliberate || linksExternally(b)) {
      if (rootFacts(b.stage)?.libc !== 'glibc') return { reason: `cgo stays on, and the builder's C library (${rootFacts(b.stage)?.libc ?? 'unknown'}) is not the glibc distroless has` };
      needsLibc = true;
    }
  }
  return { edits, needsLibc };
}

/**
 * The RUNs of the final stage, which all go: what distroless makes unnecessary (packages it has,
 * accounts), and folders made with mkdir and handed over with chown, which become COPY lines
 * (see folderEdits). No fix when a RUN does anything else.
 */
interface Removed {
  runs: RunInfo[];
  accounts: Account[];
  /** Folders mkdir makes, in order. */
  folders: string[];
  chowns: Array<{ owner: string; paths: string[]; recursive: boolean; run: RunInfo }>;
}

function removedRuns(final: Stage): Removed | NoFix {
  const out: Removed = { runs: final.runs, accounts: [], folders: [], chowns: [] };
  for (const run of final.runs) {
    const why = notRemovable(run);
    if (why) return { reason: why };
    const fx = runEffects(run);
    out.accounts.push(...fx.accounts);
    for (const f of fx.folders) {
      if (f === undefined) return { reason: 'a RUN makes a folder whose path a variable hides' };
      out.folders.push(f);
    }
    for (const c of fx.chowns) {
      if (c.paths.some((p) => p === undefined)) return { reason: 'a RUN hands over a path a variable hides' };
      out.chowns.push({ ...c, paths: c.paths as string[], run });
    }
  }
  return out;
}

/** Why a RUN cannot go: it needs a shell for more than making folders, or packages distroless lacks. */
function notRemovable(run: RunInfo): string | undefined {
  const what = `\`${run.instruction.getTextContent().replace(/\s+/g, ' ').slice(0, 60).trim()}\``;
  if (run.form === 'exec' || run.commands.length === 0) return `${what} runs a program distroless does not have`;
  const fx = runEffects(run);
  const extra = fx.packages.filter((p) => !PROVIDED.has(p));
  if (extra.length > 0) return `the final stage installs ${extra.join(', ')}, which distroless does not have`;
  for (const c of run.commands) {
    const w = c.words.map((x) => x.text);
    if (w.length === 0) {
      if (c.assignments.length > 0) return `${what} needs a shell, which distroless does not have`;
      continue;
    }
    const [cmd, ...rest] = w;
    if (['adduser', 'addgroup', 'useradd', 'groupadd', 'update-ca-certificates', 'apk', 'apt-get', 'apt', 'mkdir', 'chown'].includes(cmd)) continue;
    if (cmd === 'rm' && rest.every((a) => a.startsWith('-') || a.startsWith('/var/cache/apk') || a.startsWith('/var/lib/apt/lists'))) continue;
    return `${what} needs a shell, which distroless does not have`;
  }
  if (fx.writers.length > 0) return `${what} needs a shell, which distroless does not have`;
  return undefined;
}

/**
 * What mkdir and chown did, without a shell: each folder is made from the builder's empty folder
 * (as the owner chown gave it, renamed like the accounts), and files that COPY put in a folder
 * `chown -R` handed over get that owner with `--chown`.
 */
function folderEdits(file: SourceFile, final: Stage, removed: Removed, map: AccountMap): { made: MadeFolder[]; edits: Edit[] } | NoFix {
  const owners = new Map<string, string | undefined>();
  for (const f of removed.folders) if (!owners.has(f)) owners.set(f, undefined);
  const edits: Edit[] = [];
  for (const c of removed.chowns) {
    const owner = map.owner(c.owner);
    if (owner === undefined) return { reason: `chown ${c.owner} names ${map.unknown(c.owner)}, which distroless does not know` };
    for (const path of c.paths) {
      // Without -R, chown reaches a file copied to the path itself, not files copied into a folder there.
      const folderAt = final.workdir === path || final.copies.some((k) => k.workdir === path) || owners.has(path);
      const landsAt = (k: (typeof final.copies)[number]) => normalize(k.dest as string) === path && !folderAt && !(k.dest as string).endsWith('/') && k.sources.length === 1;
      const copies = final.copies.filter((k) => k.span.start < c.run.span.start && k.dest !== undefined && (c.recursive ? isWithin(k.dest, path) : landsAt(k)));
      if (copies.some((k) => k.chown !== undefined && chownText(k.chown) === undefined)) return { reason: 'a variable hides a COPY --chown owner' };
      for (const k of copies) edits.push(k.chown ? replaceSpan(k.chown.span, owner) : insertChown(file, k.instruction, owner));
      // A path COPY wrote one file to, and that no WORKDIR made a folder, is that file.
      const isFile = copies.some(landsAt);
      if (!isFile) owners.set(path, owner);
      // `chown -R` also hands over the folders made inside.
      if (c.recursive) for (const f of owners.keys()) if (isWithin(f, path)) owners.set(f, owner);
    }
  }
  return { made: [...owners].map(([path, owner]) => ({ path, ...(owner ? { owner } : {}) })), edits };
}

/** `--chown=owner ` inserted right after the COPY/ADD keyword. */
function insertChown(file: SourceFile, ins: Instruction, owner: string): Edit {
  const at = spanOf(file, ins.getInstructionRange()).end;
  return { start: at, end: at, text: ` --chown=${owner}` };
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

/**
 * A compose service built from this Dockerfile whose health check runs a program of the old image
 * (wget, curl, a shell): with no such program the service never becomes healthy.
 */
function composeHealthTool(model: Model, final: Stage): string | undefined {
  for (const s of composeServices(model.workspace)) {
    const test = s.healthcheck;
    if (s.match !== 'same' || !test || test[0]?.toUpperCase() === 'NONE') continue;
    const program = test.length === 1 ? 'a shell' : test[0]?.toUpperCase() === 'CMD-SHELL' ? 'a shell' : test[1];
    if (program === undefined) continue;
    const shipped = final.copies.some((c) => c.dest !== undefined && (normalize(c.dest) === program || basename(normalize(c.dest)) === basename(program)));
    if (program !== 'a shell' && shipped) continue;
    return `the health check of ${s.file} (service ${s.name}) runs ${program}, which distroless does not have`;
  }
  return undefined;
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
 * USER and `--chown` owners naming removed accounts become the uid the process runs as; folders
 * the removed RUNs made are made from the builder's empty folder; and where the process ran as
 * root and now runs as 65532, the folders it writes are given to it.
 */
function ownerEdits(file: SourceFile, model: Model, final: Stage, removed: Removed, image: string): { edits: Edit[]; note: string; made: MadeFolder[] } | NoFix {
  const edits: Edit[] = [];
  const user = final.user;
  if (user && user.user === undefined) return { reason: 'a variable hides the USER' };
  const kept = keptAccount(removed.accounts, user);
  const ids = kept ? { uid: kept.uid, gid: kept.gid } : processIds(user);
  const map = accountMap(removed.accounts, ids);
  const homeFolders: MadeFolder[] = [];
  if (user?.user !== undefined && !/^[0-9]+$/.test(user.user) && !IMAGE_USERS.has(user.user)) {
    const args = user.instruction.getArgumentsRange();
    if (!args) return { reason: 'the USER cannot be read' };
    edits.push(replaceSpan(spanOf(file, args), `${ids.uid}:${ids.gid}`));
    // The user kept its uid; distroless has no passwd entry for it, so its home is made and named.
    if (kept?.home) {
      homeFolders.push({ path: kept.home, owner: `${ids.uid}:${ids.gid}` });
      edits.push(insertBefore(file, final, user.span, `ENV HOME=${kept.home}`));
    }
  }
  const folders = folderEdits(file, final, removed, map);
  if ('reason' in folders) return folders;
  edits.push(...folders.edits);
  const touched = new Set(folders.edits.map((e) => e.start));
  const homes = removed.accounts
    .filter((a) => a.kind === 'user' && a.home !== undefined && a.home !== '/nonexistent' && a.home !== '/')
    .map((a) => normalize(a.home as string))
    .filter((h) => h !== kept?.home);
  for (const copy of final.copies) {
    if (copy.dest !== undefined && homes.some((h) => isWithin(copy.dest as string, h))) return { reason: `files are copied into the home of a user the switch removes (${normalize(copy.dest)}); the distroless user's HOME is /home/nonroot` };
    if (!copy.chown || touched.has(copy.chown.span.start)) continue;
    const written = chownText(copy.chown);
    if (written === undefined) return { reason: 'a variable hides a COPY --chown owner' };
    const owner = map.owner(written);
    if (owner === undefined) return { reason: `COPY --chown=${written} names ${map.unknown(written)}, which distroless does not know` };
    if (owner !== written) edits.push(replaceSpan(copy.chown.span, owner));
  }
  // Folders distroless has open already (its nonroot HOME, /tmp) need nothing.
  const made = [...homeFolders, ...folders.made].filter((m) => !isWithin(m.path, NONROOT_HOME) && !isWithin(m.path, '/tmp'));
  // Without a USER the process ran as root on the old image, and runs as the new image's default user.
  const newFacts = factsOf(image);
  if (user !== undefined || newFacts?.defaultUid !== NONROOT_UID) return { edits, note: '', made };
  const root = needsRoot(file, model, [final], false);
  if (root) return { reason: root };
  const writable = writableFolders({ stages: [final], base: newFacts });
  if ('reason' in writable) return writable;
  for (const f of writable.folders) if (!made.some((m) => m.path === f)) made.push({ path: f, owner: NONROOT_USER });
  const given = writable.folders.length > 0 ? `, and give ${writable.folders.join(', ')} to uid ${NONROOT_UID}` : '';
  return { edits, note: given, made };
}

/**
 * The account a named USER runs as, when the RUN that made it gave its uid (`adduser -u 1000`):
 * the author chose that number (for volumes owned by it, say), so the switch keeps it rather than
 * 65532; with the home folder the RUN made, if any.
 */
function keptAccount(accounts: readonly Account[], user: Stage['user']): { uid: string; gid: string; home?: string } | undefined {
  const account = accounts.find((a) => a.kind === 'user' && a.name === user?.user);
  if (!account?.id) return undefined;
  const group = account.group !== undefined ? accounts.find((a) => a.kind === 'group' && a.name === account.group) : undefined;
  const gid = group ? group.id : account.ownGroup ? account.id : undefined;
  if (gid === undefined) return undefined;
  const home = account.makesHome && account.home !== '/nonexistent' ? normalize(account.home ?? `/home/${account.name}`) : undefined;
  return { uid: account.id, gid, ...(home ? { home } : {}) };
}

/** The uid and gid the process runs as after the switch: a numeric or distroless USER stays, any other name becomes 65532. */
function processIds(user: Stage['user']): { uid: string; gid: string } {
  const u = user?.user;
  if (u !== undefined && /^[0-9]+$/.test(u)) return { uid: u, gid: user?.group !== undefined && /^[0-9]+$/.test(user.group) ? user.group : u };
  const known = u !== undefined ? WELL_KNOWN_IDS[u] : undefined;
  if (known !== undefined) return { uid: known, gid: known };
  return { uid: String(NONROOT_UID), gid: String(NONROOT_UID) };
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
