import { NONROOT_NAME, NONROOT_USER } from '../model/constants';
import { Arg, Cmd, Entrypoint, Healthcheck, User } from '../parse/ast';
import { rootFacts } from '../model/lineage';
import { execForm } from '../model/exec-form';
import type { Model, RunInfo } from '../model/types';
import { lineEndAt, spanOf, type SourceFile } from '../parse/source';
import { execFormText, plainCommandWords } from './exec-words';
import type { Edit, FinalImages, Fix } from './types';
import { lineStartAt } from './layout';
import { commandForm, disableCgo } from './text';
import { writtenAsIs } from '../model/go';

/** Packages distroless already has. */
const PROVIDED = new Set(['ca-certificates', 'tzdata']);
const USER_TOOLS = new Set(['adduser', 'addgroup', 'useradd', 'groupadd']);
const DISTROLESS_USERS = new Set(['root', 'nobody', NONROOT_NAME]);

/**
 * Switch an existing alpine/debian/ubuntu final stage to distroless, removing what distroless
 * makes unnecessary (installing CA certificates and tzdata, creating a user). Undefined when the
 * final stage still needs a shell or packages for anything else.
 */
export function switchFinalStage(file: SourceFile, model: Model, images: FinalImages): Fix | undefined {
  const final = model.final;
  if (!final || model.stages.length < 2 || final.base.kind !== 'image') return undefined;
  if (file.text.slice(final.imageSpan.start, final.imageSpan.end).includes('$')) return undefined;
  const shipped = model.goBuilds.filter((b) => b.shipped);
  if (shipped.length === 0) return undefined;
  const edits: Edit[] = [];

  // cgo: off unless set on purpose; a deliberate cgo binary needs glibc (distroless base).
  let needsLibc = false;
  for (const b of shipped) {
    if (b.cgo.value === undefined) return undefined;
    // Linked statically (`-extldflags "-static"`): it runs without libc as it is.
    if (b.staticLink) continue;
    if (b.cgo.value === null) {
      // In a Makefile or script: the edit goes there, when the go word is written as it reads.
      if (b.file && !writtenAsIs(b.goWord, b.substitutions)) return undefined;
      edits.push({ ...disableCgo(b.file ? 'shell' : commandForm(b.run), b.goWord), ...(b.file ? { file: b.file.path } : {}) });
    }
    else if (b.cgo.value !== '0') {
      if (rootFacts(b.stage)?.libc !== 'glibc') return undefined;
      needsLibc = true;
    }
  }
  edits.push({ ...final.imageSpan, text: needsLibc ? images.cgo : images.static });

  // Without its own ENTRYPOINT/CMD the stage runs the base image's default (a shell): keep it.
  if (!final.instructions.some((i) => i instanceof Cmd || i instanceof Entrypoint)) return undefined;
  const removedRuns: RunInfo[] = [];
  for (const run of final.runs) {
    if (!removable(run)) return undefined;
    removedRuns.push(run);
    edits.push(instructionLines(file, run.span.start, run.span.end));
  }
  for (const ins of final.instructions) {
    if (ins instanceof User) {
      const u = final.user;
      if (ins === final.user?.instruction && u?.user !== undefined && !/^[0-9]+$/.test(u.user) && !DISTROLESS_USERS.has(u.user)) {
        const args = ins.getArgumentsRange();
        if (!args) return undefined;
        edits.push({ ...spanOf(file, args), text: NONROOT_USER });
      }
    } else if (ins instanceof Cmd || ins instanceof Entrypoint) {
      const range = ins.getArgumentsRange();
      if (!range) continue;
      const span = spanOf(file, range);
      if (execForm(file, span)) continue;
      const words = plainCommandWords(file, span);
      if (!words) return undefined;
      edits.push({ ...span, text: execFormText(words) });
    } else if (ins instanceof Healthcheck) {
      // A health check runs a program of the old image (curl, wget, a shell): it cannot move.
      if (!(ins.getArgumentsContent() ?? '').trim().toUpperCase().startsWith('NONE')) return undefined;
    } else if (ins.getKeyword() === 'SHELL' || ins.getKeyword() === 'ONBUILD') {
      return undefined;
    }
  }
  // ARGs only the removed RUNs used (`ARG UID=10001` for adduser) go with them.
  for (const ins of final.instructions) {
    if (!(ins instanceof Arg)) continue;
    const names = ins.getProperties().map((p) => p.getName());
    const usedElsewhere = final.instructions.some((other) => other !== ins && !removedRuns.some((r) => r.instruction === other) && other.getVariables().some((v) => names.includes(v.getName())));
    if (!usedElsewhere) edits.push(instructionLines(file, spanOf(file, ins.getRange()).start, spanOf(file, ins.getRange()).end));
  }
  return { title: `Use ${needsLibc ? images.cgo : images.static} for the final stage`, applicability: 'unsafe', edits };
}

/** A RUN that only installs what distroless has, or creates a user distroless replaces with nonroot. */
function removable(run: RunInfo): boolean {
  if (run.form === 'exec' || run.commands.length === 0) return false;
  return run.commands.every((c) => {
    const w = c.words.map((x) => x.text);
    if (w.length === 0) return c.assignments.length === 0;
    const [cmd, ...rest] = w;
    if (USER_TOOLS.has(cmd) || cmd === 'update-ca-certificates') return true;
    if (cmd === 'rm') return rest.every((a) => a.startsWith('-') || a.startsWith('/var/cache/apk') || a.startsWith('/var/lib/apt/lists'));
    if (cmd === 'apk') return onlyProvided(rest, ['add', 'update', 'upgrade']);
    if (cmd === 'apt-get' || cmd === 'apt') return onlyProvided(rest, ['install', 'update', 'clean']);
    return false;
  });
}

function onlyProvided(args: string[], verbs: string[]): boolean {
  const verb = args.find((a) => !a.startsWith('-'));
  if (!verb || !verbs.includes(verb)) return false;
  const packages = args.filter((a) => !a.startsWith('-') && a !== verb);
  return packages.every((p) => PROVIDED.has(p.split('=')[0]));
}

/** The whole lines of an instruction, line break included (comment lines above it stay). */
function instructionLines(file: SourceFile, start: number, end: number): Edit {
  let e = lineEndAt(file, end);
  if (file.text[e] === '\r') e++;
  if (file.text[e] === '\n') e++;
  return { start: lineStartAt(file, start), end: e, text: '' };
}


