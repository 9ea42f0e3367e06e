import { Cmd, Entrypoint, Healthcheck, type Instruction } from 'dockerfile-ast';
import { lineageInstructions, rootFacts } from '../model/build';
import type { ImageFacts } from '../model/images';
import type { Model, Stage } from '../model/types';
import type { Span } from '../parse/source';

/**
 * Does this Dockerfile build a Go program? Final-image rules only speak about Dockerfiles that do:
 * a repository's other Dockerfiles (a database, a front end) are not this linter's business.
 */
export function buildsGo(model: Model): boolean {
  if (model.goBuilds.length > 0) return true;
  return model.stages.some((s) => {
    const facts = rootFacts(s);
    return facts?.hasGoToolchain === true || facts?.family === 'golang';
  });
}

export interface FinalImage {
  stage: Stage;
  facts: ImageFacts;
  /** How the final base is written, for messages: the image after ARG expansion. */
  image: string;
}

/** The final stage with the facts of the image it rests on, when they are known. */
export function finalImage(model: Model): FinalImage | undefined {
  const stage = model.final;
  if (!stage) return undefined;
  const facts = rootFacts(stage);
  if (!facts) return undefined;
  return { stage, facts, image: rootImageText(stage) };
}

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
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && !chain.includes(s); s = s.base.kind === 'stage' ? s.base.stage : undefined) chain.unshift(s);
  const out: { cmd?: Cmd; entrypoint?: Entrypoint; healthcheck?: Healthcheck } = {};
  for (const s of chain) {
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

/** Numeric uid, or the names that mean uid 0. */
export function isRootUser(user: string): boolean {
  return user === 'root' || user === '0' || /^0+$/.test(user);
}
