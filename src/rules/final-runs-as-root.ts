import { Cmd, Entrypoint, Run, Workdir } from '../parse/ast';
import { effectiveUsers } from '../model/lineage';
import type { Stage, UserInfo } from '../model/types';
import { NONROOT_USER } from '../model/constants';
import { isContainerAction } from '../model/project';
import { appendToStage, insertBefore } from '../edits/layout';
import { replaceSpan } from '../edits/text';
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
        'Unsafe: the process then runs as uid 65532, which may lose access to files owned by root or to ports below 1024 outside Docker. Adds `USER 65532:65532` before the final ENTRYPOINT/CMD (or at the end of the final stage), or replaces `USER root`. The uid is numeric so that Kubernetes `runAsNonRoot` can check it; on distroless it is the `nonroot` user.',
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
      reports.push({ messageId: 'explicitRoot', ...user.span, data: { user: label(user) }, fix: replaceUserFix(file, user) });
    }
    if (!inheritsDefault || final.facts.defaultUid !== 0) return reports;
    const stage = final.stage;
    reports.push({
      messageId: 'noUser',
      ...stage.imageSpan,
      data: { image: final.image },
      fix: { title: `Add USER ${NONROOT_USER}`, applicability: 'unsafe', edits: [addUserEdit(file, stage)] },
    });
    return reports;
  },
});

function label(user: UserInfo): string {
  return user.user + (user.group !== undefined ? `:${user.group}` : '');
}

function replaceUserFix(file: SourceFile, user: UserInfo): Fix | undefined {
  const args = user.instruction.getArgumentsRange();
  if (!args) return undefined;
  return { title: `Run as ${NONROOT_USER}`, applicability: 'unsafe', edits: [replaceSpan(spanOf(file, args), NONROOT_USER)] };
}

/**
 * `USER 65532:65532` right before the ENTRYPOINT/CMD that close the final stage, or at its end.
 * Never above a RUN or WORKDIR: those would then run as (or create folders for) another user.
 */
function addUserEdit(file: SourceFile, stage: Stage): Edit {
  const instructions = stage.instructions;
  let lastBuildStep = -1;
  instructions.forEach((ins, i) => {
    if (ins instanceof Run || ins instanceof Workdir) lastBuildStep = i;
  });
  const runtime = instructions.find((ins, i) => i > lastBuildStep && (ins instanceof Entrypoint || ins instanceof Cmd));
  if (!runtime) return appendToStage(file, stage, `USER ${NONROOT_USER}`);
  return insertBefore(file, stage, spanOf(file, runtime.getRange()), `USER ${NONROOT_USER}`);
}
