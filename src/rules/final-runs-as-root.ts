import { Cmd, Entrypoint } from 'dockerfile-ast';
import { effectiveUser } from '../model/build';
import { lineStartAt, newInstruction } from '../fixers/layout';
import { replaceSpan } from '../fixers/edits';
import { spanOf } from '../parse/source';
import { defineRule } from './types';
import { buildsGo, finalImage, isRootUser } from './util';

/** Numeric, so Kubernetes' runAsNonRoot can verify it without reading /etc/passwd. */
export const NONROOT_USER = '65532:65532';

export default defineRule<'noUser' | 'explicitRoot'>({
  meta: {
    code: 'GD004',
    name: 'final-runs-as-root',
    severity: 'warning',
    fixable: ['unsafe'],
    tags: ['security'],
    docs: {
      summary: 'The final image runs as uid 0: no USER on a base that defaults to root, or `USER root`/`USER 0`.',
      why:
        'A container process that runs as root is root on the container\'s file system and, after any escape, much closer to root on the node. Kubernetes clusters with `runAsNonRoot: true` refuse to start such an image (`container has runAsNonRoot and image will run as root`). `scratch`, distroless `:latest`/`:debug` and the `golang`, `alpine`, `debian` images all default to root; distroless `:nonroot` and Chainguard images run as 65532 and need no USER. Builder stages are not judged: only the final image runs.',
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
  *check({ file, model }) {
    if (!buildsGo(model)) return;
    const final = finalImage(model);
    if (!final) return;
    const user = effectiveUser(final.stage);
    if (user) {
      if (user.user === undefined || !isRootUser(user.user)) return;
      const args = user.instruction.getArgumentsRange();
      yield {
        messageId: 'explicitRoot',
        ...user.span,
        data: { user: user.user + (user.group !== undefined ? `:${user.group}` : '') },
        fix: args ? { title: `Run as ${NONROOT_USER}`, applicability: 'unsafe', edits: [replaceSpan(spanOf(file, args), NONROOT_USER)] } : undefined,
      };
      return;
    }
    if (final.facts.defaultUid !== 0) return;
    const stage = final.stage;
    const runtime = stage.instructions.find((i) => i instanceof Entrypoint || i instanceof Cmd);
    const edit = runtime
      ? { start: lineStartAt(file, spanOf(file, runtime.getRange()).start), end: lineStartAt(file, spanOf(file, runtime.getRange()).start), text: newInstruction(file, stage, `USER ${NONROOT_USER}`) }
      : appendToStage(file, stage, `USER ${NONROOT_USER}`);
    yield { messageId: 'noUser', ...stage.imageSpan, data: { image: final.image }, fix: { title: `Add USER ${NONROOT_USER}`, applicability: 'unsafe', edits: [edit] } };
  },
});

function appendToStage(file: Parameters<typeof newInstruction>[0], stage: Parameters<typeof newInstruction>[1], line: string) {
  const last = stage.instructions[stage.instructions.length - 1];
  const end = spanOf(file, (last ?? stage.from).getRange()).end;
  return { start: end, end, text: file.eol + newInstruction(file, stage, line).slice(0, -file.eol.length) };
}
