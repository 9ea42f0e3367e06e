import { Arg, Run } from '../parse/ast';
import { lineageInstructions, stageLineage } from '../model/lineage';
import { spanOf, type SourceFile, type Span } from '../parse/source';
import type { Model, Stage } from '../model/types';
import { defineRule, type Fix, type Report } from './types';
import { isGoImage, effectiveRuntime, execCommand, isShellProgram } from './util';

type MessageId = 'debugImage';

export default defineRule<MessageId>({
  meta: {
    code: 'GD017',
    name: 'debug-image-in-final',
    severity: 'warning',
    fixable: ['unsafe'],
    tags: ['security'],
    docs: {
      summary: 'The final stage uses a debug image: distroless `:debug`/`:debug-nonroot` or a Chainguard `-dev` tag.',
      why:
        'Debug variants add a busybox shell and tools so that you can `docker exec` into a container while investigating. Shipped to production, they hand the same shell to anyone who gets code execution in the service, and they defeat the point of a distroless image. Use `:nonroot` in the image you deploy, and an ephemeral debug container (`kubectl debug`) when you need a shell. Judged for Go images: a Dockerfile that builds Go, or one that copies in a binary built before `docker build` (by a GoReleaser build or a Makefile target it matches, or in any repository that is a Go module, as long as the image says what to run and shows no other language).',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:debug-nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Replaces the debug tag (in FROM, or in the default of the ARG that FROM names): `debug-nonroot` becomes `nonroot`, `latest-dev` becomes `latest` (same user), `debug` becomes `nonroot` (the user changes from root to 65532); an architecture suffix stays. Not offered for an image pinned by digest (the digest names the debug image). Unsafe: nothing in the image can use the shell afterwards. Not offered when the final image itself still uses the shell (RUN, SHELL, shell-form CMD/ENTRYPOINT/HEALTHCHECK, a command that starts a shell, or no ENTRYPOINT of its own on distroless `:debug`, whose default ENTRYPOINT is /busybox/sh).',
    },
    messages: {
      debugImage: '{{image}} is a debug image: it adds a busybox shell to the final image; use :{{suggested}} for the image you ship',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    if (!isGoImage(file, model)) return reports;
    const final = model.final;
    if (!final) return reports;
    // Asked once there is a debug image to report: most final images are not.
    let shell: boolean | undefined;
    // Report where the debug image is named: the final FROM or a stage it is built FROM (each
    // candidate of `FROM runtime-$TARGETARCH`, even when the others are not debug images).
    for (const stage of stageLineage(final)) {
      if (stage.base.kind !== 'image' || !stage.base.facts.debug) continue;
      shell ??= usesShell(file, final);
      const tag = stage.base.ref.tag;
      const suggested = tag === undefined ? undefined : replacementTag(tag);
      reports.push({
        messageId: 'debugImage',
        ...stage.imageSpan,
        data: { image: stage.imageText, suggested: suggested ?? 'nonroot' },
        // A digest pins the debug image whatever the tag says: the new digest is the author's to pick.
        fix: suggested !== undefined && tag !== undefined && stage.base.ref.digest === undefined && !shell ? tagFix(file, model, stage, tag, suggested) : undefined,
      });
    }
    return reports;
  },
});

/** The tag without its debug part: "debug-nonroot-arm64" -> "nonroot-arm64", "latest-dev" -> "latest". */
function replacementTag(tag: string): string | undefined {
  if (tag.startsWith('debug-nonroot')) return 'nonroot' + tag.slice('debug-nonroot'.length);
  if (tag.startsWith('debug')) return 'nonroot' + tag.slice('debug'.length);
  if (tag.endsWith('-dev')) return tag.slice(0, -'-dev'.length);
  return undefined;
}

/** Does anything in the final image run the shell the debug image brings? */
function usesShell(file: SourceFile, stage: Stage): boolean {
  if (lineageInstructions(stage).some((i) => i instanceof Run || i.getKeyword() === 'SHELL')) return true;
  const { cmd, entrypoint, healthcheck } = effectiveRuntime(stage);
  // Distroless debug images start /busybox/sh when the Dockerfile sets no ENTRYPOINT.
  if (!entrypoint && stageLineage(stage).some((s) => s.base.kind === 'image' && s.base.facts.family === 'distroless' && s.base.facts.debug)) return true;
  for (const ins of [entrypoint, cmd, healthcheck]) {
    if (!ins) continue;
    if (ins === healthcheck && (ins.getArgumentsContent() ?? '').trim().toUpperCase() === 'NONE') continue;
    const exec = execCommand(file, ins);
    // Shell form runs a shell; exec form may start one (`["/busybox/sh", "-c", "..."]`).
    if (!exec || (exec.length > 0 && isShellProgram(exec[0]))) return true;
  }
  return false;
}

/**
 * The edit of the tag: in the FROM line, or, for `FROM ${RUNTIME}`, in the default of the global
 * ARG RUNTIME when that is a plain literal no other FROM uses.
 */
function tagFix(file: SourceFile, model: Model, stage: Stage, tag: string, suggested: string): Fix | undefined {
  const imageRaw = file.text.slice(stage.imageSpan.start, stage.imageSpan.end);
  let span: Span | undefined;
  if (!imageRaw.includes('$')) {
    const range = stage.from.getImageTagRange();
    span = range ? spanOf(file, range) : undefined;
  } else {
    span = argTagSpan(file, model, imageRaw, tag);
  }
  if (!span || file.text.slice(span.start, span.end) !== tag) return undefined;
  return { title: `Use :${suggested}`, applicability: 'unsafe', edits: [{ ...span, text: suggested }] };
}

/** `$NAME` or `${NAME}` alone. */
function soleVariable(text: string): string | undefined {
  let name = '';
  if (text.startsWith('${') && text.endsWith('}')) name = text.slice(2, -1);
  else if (text.startsWith('$')) name = text.slice(1);
  if (name.length === 0) return undefined;
  for (const c of name) {
    const ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_';
    if (!ok) return undefined;
  }
  return name;
}

function argTagSpan(file: SourceFile, model: Model, imageRaw: string, tag: string): Span | undefined {
  const name = soleVariable(imageRaw);
  if (name === undefined) return undefined;
  // Other FROMs naming the same ARG would change too.
  const users = model.stages.filter((s) => file.text.slice(s.imageSpan.start, s.imageSpan.end).includes(name));
  if (users.length !== 1) return undefined;
  const firstFrom = model.stages[0] ? spanOf(file, model.stages[0].from.getRange()).start : 0;
  const decls = file.dockerfile
    .getInstructions()
    .filter((i): i is Arg => i instanceof Arg && spanOf(file, i.getRange()).start < firstFrom)
    .flatMap((a) => a.getProperties().filter((p) => p.getName() === name));
  if (decls.length !== 1) return undefined;
  const valueRange = decls[0].getValueRange();
  if (!valueRange) return undefined;
  const value = spanOf(file, valueRange);
  const raw = file.text.slice(value.start, value.end);
  if (raw.includes('$') || raw.includes('\\') || raw.includes('"') || raw.includes("'")) return undefined;
  const at = raw.lastIndexOf(':' + tag);
  if (at === -1 || at < raw.lastIndexOf('/')) return undefined;
  const start = value.start + at + 1;
  const end = start + tag.length;
  return end === value.end ? { start, end } : undefined;
}
