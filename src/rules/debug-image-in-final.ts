import { execForm } from '../model/exec-form';
import { lineageInstructions } from '../model/build';
import { spanOf, type SourceFile } from '../parse/source';
import type { Stage } from '../model/types';
import { defineRule, type Fix } from './types';
import { effectiveRuntime, finalImage } from './util';

export default defineRule<'debugImage'>({
  meta: {
    code: 'GD017',
    name: 'debug-image-in-final',
    severity: 'warning',
    fixable: ['unsafe'],
    tags: ['security'],
    docs: {
      summary: 'The final stage uses a debug image: distroless `:debug`/`:debug-nonroot` or a Chainguard `-dev` tag.',
      why:
        'Debug variants add a busybox shell and tools so that you can `docker exec` into a container while investigating. Shipped to production, they hand the same shell to anyone who gets code execution in the service, and they defeat the point of a distroless image. Use `:nonroot` in the image you deploy, and an ephemeral debug container (`kubectl debug`) when you need a shell.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:debug-nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Replaces the debug tag: `debug-nonroot` becomes `nonroot`, `latest-dev` becomes `latest` (same user), `debug` becomes `nonroot` (the user changes from root to 65532). Unsafe: nothing in the image can use the shell afterwards. Not offered when the final stage itself still uses the shell (RUN, shell-form CMD/ENTRYPOINT/HEALTHCHECK).',
    },
    messages: {
      debugImage: '{{image}} is a debug image: it adds a busybox shell to the final image; use :{{suggested}} for the image you ship',
    },
  },
  *check({ file, model }) {
    const final = finalImage(model);
    if (!final || !final.facts.debug) return;
    const stage = final.stage;
    const tag = stage.base.kind === 'image' ? stage.base.ref.tag : undefined;
    const suggested = tag ? replacementTag(tag) : undefined;
    yield {
      messageId: 'debugImage',
      ...stage.imageSpan,
      data: { image: final.image, suggested: suggested ?? 'nonroot' },
      fix: suggested && !usesShell(file, stage) ? tagFix(file, stage, suggested) : undefined,
    };
  },
});

function replacementTag(tag: string): string | undefined {
  if (tag.startsWith('debug-nonroot')) return 'nonroot' + tag.slice('debug-nonroot'.length);
  if (tag.startsWith('debug')) return 'nonroot' + tag.slice('debug'.length);
  if (tag.endsWith('-dev')) return tag.slice(0, -'-dev'.length);
  return undefined;
}

function usesShell(file: SourceFile, stage: Stage): boolean {
  if (lineageInstructions(stage).some((i) => i.getKeyword() === 'RUN')) return true;
  const { cmd, entrypoint, healthcheck } = effectiveRuntime(stage);
  for (const ins of [cmd, entrypoint]) {
    const r = ins?.getArgumentsRange();
    if (r && !execForm(file, spanOf(file, r))) return true;
  }
  return healthcheck !== undefined && !(healthcheck.getArgumentsContent() ?? '').includes('[');
}

function tagFix(file: SourceFile, stage: Stage, tag: string): Fix | undefined {
  if (stage.base.kind !== 'image') return undefined;
  const range = stage.from.getImageTagRange();
  if (!range || file.text.slice(stage.imageSpan.start, stage.imageSpan.end).includes('$')) return undefined;
  return { title: `Use :${tag}`, applicability: 'unsafe', edits: [{ ...spanOf(file, range), text: tag }] };
}
