import { Cmd, Entrypoint, Run, Workdir } from '../parse/ast';
import { effectiveUsers, rootFacts, stageLineage } from '../model/lineage';
import type { Model, Stage, UserInfo } from '../model/types';
import { NONROOT_UID, NONROOT_USER } from '../model/constants';
import { isContainerAction } from '../model/project';
import { appendToStage, insertBefore } from '../edits/layout';
import { replaceSpan } from '../edits/text';
import { offer } from '../edits/types';
import { buildStepsAfter, chownWithShell, chownWithoutShell, stageAnchors, writableFolders } from '../edits/writable';
import { needsRoot } from '../edits/needs-root';
import { spanOf, type SourceFile } from '../parse/source';
import { defineRule, type Edit, type Fix, type Report } from './types';
import { isGoImage, finalImage, isRootUser } from './util';

/** Numeric, so Kubernetes' runAsNonRoot can verify it without reading /etc/passwd. */

type MessageId = 'noUser' | 'explicitRoot';

export default defineRule<MessageId>({
  meta: {
    code: 'GD004',
    name: 'final-runs-as-root',
    severity: 'warning',
    fixable: ['unsafe'],
    securitySeverity: 7.0,
    tags: ['security'],
    docs: {
      summary: 'The final image runs as uid 0: no USER on a base that defaults to root, or `USER root`/`USER 0`.',
      why:
        'A container process that runs as root is root on the container\'s file system and, after any escape, much closer to root on the node. Kubernetes clusters with `runAsNonRoot: true` refuse to start such an image (`container has runAsNonRoot and image will run as root`). `scratch`, distroless `:latest`/`:debug` and the `golang`, `alpine`, `debian` images all default to root; distroless `:nonroot` and Chainguard images run as 65532 and need no USER. Builder stages are not judged: only the final image runs. Judged for Go images: a Dockerfile that builds Go, or one that copies in a binary built before `docker build` (by a GoReleaser build or a Makefile target it matches, or in any repository that is a Go module, as long as the image says what to run and shows no other language). A GitHub Action\'s image (an `action.yml` beside it that runs `using: docker`) is not judged: GitHub runs it as root and documents that USER must not be set.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Unsafe: the process then runs as uid 65532, which may lose access to files owned by root. Adds `USER 65532:65532` before the final ENTRYPOINT/CMD (or at the end of the final stage), or replaces `USER root` where no RUN after it needs root. The uid is numeric so that Kubernetes `runAsNonRoot` can check it; on distroless it is the `nonroot` user. ' +
        'The folders the root process could write are given to 65532: the final stage\'s WORKDIR, folders its RUNs make and the HOME it sets, with `RUN mkdir -p … && chown 65532:65532 …` (before the VOLUME) where the image has a shell, or with `COPY --from=<builder> --chown=65532:65532 /tmp/empty <folder>` right after FROM where it has none (the builder gets `RUN mkdir -p /tmp/empty`). Where the image has no passwd entry for 65532 (everything but distroless and Chainguard), its HOME would be `/`: the fix makes `/home/nonroot` for it and sets `ENV HOME=/home/nonroot` (where it cannot, because no stage with a shell builds the binary or the final stage is built FROM another stage, the fix goes on and its title says that HOME stays `/`). ' +
        'Offered when those folders are known and nothing shows that the process needs root. Not offered when the WORKDIR, HOME or copied files are under /root (mode 0700); a variable hides a VOLUME or mkdir folder; an image without a shell is built FROM another stage or no stage with a shell builds the binary; whether the image has a shell is not known; the entrypoint drops privileges itself (an entrypoint script from the build context that runs su-exec, gosu, chown or the like, or such a tool installed); the process talks to the Docker socket; a shell-form CMD writes a file outside /tmp; a RUN wrote settings into root\'s HOME (`git config --global`, `go env -w`); the image declares a VOLUME (what the root image wrote there, in named volumes and bind mounts, stays root-owned after an upgrade: a chown in the image does not reach it); it shows a port below 1024 (EXPOSE, a port-like ENV, a port flag), which a non-root process binds only where the runtime allows it; or a compose file of the repository (`compose.yaml`, `docker-compose*.yml`, beside the Dockerfile or at the root) mounts the Docker socket into a service built from this Dockerfile or a sibling of it, or runs this Dockerfile\'s service with host folders bind-mounted, `privileged`, `cap_add` or `user: root`.',
    },
    messages: {
      noUser: 'the final stage has no USER and {{image}} runs as root (uid 0); add USER 65532:65532 or use a :nonroot base',
      explicitRoot: 'USER {{user}} makes the final image run as root (uid 0); use a non-root uid such as 65532',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    // A GitHub Action's image runs as root by GitHub's rules: USER there breaks the action.
    if (!isGoImage(file, model) || isContainerAction(model)) return reports;
    const final = finalImage(model);
    if (!final) return reports;
    // One USER per way the FROM chain resolves (`FROM runtime-$TARGETARCH` picks among stages).
    let inheritsDefault = false;
    for (const user of effectiveUsers(final.stage)) {
      if (!user) {
        inheritsDefault = true;
        continue;
      }
      // `USER ${UID}` with an unknown value: nothing to say.
      if (user.user === undefined || !isRootUser(user.user)) continue;
      reports.push({ messageId: 'explicitRoot', ...user.span, data: { user: label(user) }, ...offer(nonRootFix(file, model, final.stage, user)) });
    }
    if (!inheritsDefault || final.facts.defaultUid !== 0) return reports;
    reports.push({ messageId: 'noUser', ...final.stage.imageSpan, data: { image: final.image }, ...offer(nonRootFix(file, model, final.stage)) });
    return reports;
  },
});

function label(user: UserInfo): string {
  return user.user + (user.group !== undefined ? `:${user.group}` : '');
}

/**
 * Run the final stage as 65532: replace `USER root` where nothing after it needs root, else add
 * `USER 65532:65532` where the build steps end; and give the new user the folders the image makes
 * for writing (a RUN with mkdir and chown where the image has a shell, COPY --chown of an empty
 * folder from the builder where it has none). No fix where a folder cannot be given.
 */
function nonRootFix(file: SourceFile, model: Model, stage: Stage, rootUser?: UserInfo): Fix | { reason: string } {
  const lineage = stageLineage(stage);
  const facts = rootFacts(stage);
  if (!facts) return { reason: 'the final image is not known' };
  const root = needsRoot(file, model, lineage);
  if (root) return { reason: root };
  const writable = writableFolders({ stages: lineage, base: facts, model });
  if ('reason' in writable) return writable;
  let { folders } = writable;
  let home = writable.home;
  let homeNote = '';
  const edits: Edit[] = [];
  const at = userPosition(file, stage);
  let shellChown = false;
  if (folders.length > 0) {
    if (facts.hasShell === true && facts.binSh !== false) {
      edits.push(chownWithShell(file, stage, folders, writable.made, at));
      shellChown = true;
    } else if (facts.hasShell === false) {
      const made = chownWithoutShell(file, model, stage, folders);
      if ('reason' in made) {
        // HOME is no folder the image declares: where it cannot be made, the fix says so and goes on.
        if (!folders.every((f) => f === home)) return made;
        homeNote = ` (its HOME stays /, which it cannot write: ${made.reason})`;
        folders = [];
        home = undefined;
      } else edits.push(...made);
    } else {
      return { reason: `${folders.join(', ')} must be writable by uid ${NONROOT_UID}, and whether the final image has a shell to give them to it is not known` };
    }
  }
  const args = rootUser?.instruction.getArgumentsRange();
  const inPlace = rootUser && args && !shellChown && !rootNeededAfter(file, lineage, rootUser);
  if (home) edits.push(at === 'end' ? appendToStage(file, stage, `ENV HOME=${home}`) : insertBefore(file, stage, at, `ENV HOME=${home}`));
  edits.push(inPlace ? replaceSpan(spanOf(file, args), NONROOT_USER) : at === 'end' ? appendToStage(file, stage, `USER ${NONROOT_USER}`) : insertBefore(file, stage, at, `USER ${NONROOT_USER}`));
  const given = folders.length > 0 ? ` and give it ${folders.map((f) => (f === home ? `${f} (as HOME)` : f)).join(', ')}` : '';
  const title = `${inPlace ? 'Run as' : 'Add USER'} ${NONROOT_USER}${given}${homeNote}`;
  return { title, applicability: 'unsafe', edits: [...edits, ...stageAnchors(file, stage, true)] };
}

/** Does a RUN (or another USER) come after `USER root`, in its stage or a stage built FROM it? Then it stays. */
function rootNeededAfter(file: SourceFile, lineage: readonly Stage[], user: UserInfo): boolean {
  const own = lineage.find((s) => s.instructions.includes(user.instruction));
  if (!own) return true;
  if (buildStepsAfter(file, own, user.span.end)) return true;
  return lineage.some((s) => s.index > own.index && s.runs.length > 0);
}

/**
 * Where `USER 65532:65532` goes: right before the ENTRYPOINT/CMD that close the final stage, or at
 * its end. Never above a RUN or WORKDIR: those would then run as (or create folders for) another user.
 */
function userPosition(file: SourceFile, stage: Stage): { start: number } | 'end' {
  const instructions = stage.instructions;
  let lastBuildStep = -1;
  instructions.forEach((ins, i) => {
    if (ins instanceof Run || ins instanceof Workdir) lastBuildStep = i;
  });
  const runtime = instructions.find((ins, i) => i > lastBuildStep && (ins instanceof Entrypoint || ins instanceof Cmd));
  return runtime ? spanOf(file, runtime.getRange()) : 'end';
}
