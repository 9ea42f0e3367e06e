import { defineRule, type Fix, type Report } from './types';
import type { Stage } from '../model/types';
import type { SourceFile } from '../parse/source';
import { spanOf } from '../parse/source';
import { compareGoVersions, toolchainGoVersion, type GoMod } from '../model/gomod';
import { golangTagGo } from '../model/go-version';
import { GOLANG_TAGS_CHECKED, goMinor, golangTagPublished } from '../model/golang-tags';

type MessageId = 'noTag' | 'latest' | 'floating' | 'frozen';

export default defineRule<MessageId>({
  meta: {
    code: 'GD013',
    name: 'unpinned-image',
    severity: 'warning',
    fixable: ['unsafe'],
    tags: ['reproducibility', 'supply-chain'],
    docs: {
      summary: 'A base image without a tag, with `:latest`, or a `golang` tag that names no Go version.',
      why:
        'An image without a tag means `:latest`, and `latest`, `golang:alpine` or `golang:bookworm` move to a new Go release or OS the day it ships: the same Dockerfile then builds a different binary, or stops building, without any change in the repository. Pin at least the Go minor version (`golang:1.23`, `golang:1.23-alpine`), or a digest for fully reproducible builds. A variant that is no longer published (`golang:alpine3.11`) does not move: it stopped at its last Go release, which the tag does not show; it is reported as information, with the same pin.',
      bad: 'FROM golang AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        `Unsafe, and only for \`golang\` images: pins the tag to the Go minor release it gives today, never older (\`golang\` becomes \`golang:1.27\`, \`golang:alpine\` becomes \`golang:1.27-alpine\`, and \`golang:alpine3.19\`, which stopped at Go 1.23.4, becomes \`golang:1.23-alpine3.19\`), nor older than go.mod's \`go\` or \`toolchain\` line. "Today" is the newest release in golint-docker's table of published golang tags (checked ${GOLANG_TAGS_CHECKED}). Offered when that tag was published. Not offered, and the finding says why, when the variant was never published for that release (go.mod asks for a Go newer than the last \`alpine3.19\` image), when the table does not know the release yet, for Windows variants, and for a tag written with a variable. Other images get no fix: which version to pin is the author's choice.`,
    },
    messages: {
      noTag: '{{image}} has no tag, which means :latest and changes under you; pin a version{{hint}}',
      latest: '{{image}} uses :latest, which changes under you; pin a version{{hint}}',
      floating: '{{image}} names no Go version and moves to each new Go release; pin one{{hint}}',
      frozen: '{{image}} names no Go version: the variant is no longer published and stopped at Go {{version}}, which the tag does not show; pin it{{hint}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    for (const stage of model.stages) {
      if (stage.base.kind !== 'image') continue;
      const { ref, facts } = stage.base;
      if (ref.digest) continue;
      const golang = facts.family === 'golang';
      let messageId: MessageId | undefined =
        ref.tag === undefined ? 'noTag' : ref.tag === 'latest' ? 'latest' : golang && facts.goVersion === undefined && isOsTag(ref.tag) ? 'floating' : undefined;
      if (!messageId) continue;
      // A variant no longer published (`golang:alpine3.11`) stopped at its last Go release: it does not move.
      const frozen = messageId === 'floating' ? golangTagGo(ref.tag, stage.imageText) : undefined;
      if (frozen && frozen.atLeast === false) messageId = 'frozen';
      const pin = golang ? pinTarget(file, stage, ref.tag, model.goMod) : undefined;
      const hint = !pin ? '' : 'tag' in pin ? ` (e.g. golang:${pin.tag})` : `; not fixed automatically: ${pin.reason}`;
      const fix = pin && 'tag' in pin ? pinFix(file, stage, ref.tag, pin) : undefined;
      const version = frozen?.version ?? '';
      reports.push({ messageId, ...stage.imageSpan, ...(messageId === 'frozen' ? { severity: 'info' as const } : {}), data: { image: stage.imageText, hint, version }, fix });
    }
    return reports;
  },
});

/** golang tags that name only an OS flavour: alpine, alpine3.20, bookworm, bullseye, windowsservercore... */
function isOsTag(tag: string): boolean {
  return tag.length > 0 && !(tag[0] >= '0' && tag[0] <= '9') && tag !== 'latest' && !tag.startsWith('tip');
}


/**
 * The tag a floating golang tag is pinned to: the Go minor release the tag gives today (frozen for
 * a variant no longer published), raised to go.mod's `go` or `toolchain` line, with the same
 * variant; or why there is none.
 */
function pinTarget(file: SourceFile, stage: Stage, tag: string | undefined, goMod: GoMod | undefined): { tag: string; floating: boolean } | { reason: string } {
  if (file.text.slice(stage.imageSpan.start, stage.imageSpan.end).includes('$')) return { reason: 'the tag is written with a variable' };
  const suffix = tag === undefined || tag === 'latest' ? '' : tag;
  if (suffix.startsWith('windowsservercore') || suffix.startsWith('nanoserver')) return { reason: 'Windows variants are not pinned automatically' };
  const today = golangTagGo(tag, stage.imageText);
  const floors = [today?.version, goMod?.goVersion, goMod?.toolchain ? toolchainGoVersion(goMod.toolchain) : undefined];
  let target: string | undefined;
  for (const f of floors) {
    const m = f === undefined ? undefined : goMinor(f);
    if (m !== undefined && (target === undefined || (compareGoVersions(m, target) ?? 0) > 0)) target = m;
  }
  if (!today || target === undefined) return { reason: `golint-docker does not know which Go golang:${suffix || 'latest'} gives` };
  const newTag = suffix ? `${target}-${suffix}` : target;
  const published = golangTagPublished(target, suffix);
  if (published === false) return { reason: `golang:${newTag} was never published (go.mod needs Go ${target}, newer than golang:${suffix} gives)` };
  if (published === undefined) return { reason: `golint-docker's table of golang tags (checked ${GOLANG_TAGS_CHECKED}) does not know golang:${newTag}` };
  return { tag: newTag, floating: today.atLeast === true && target === goMinor(today.version) };
}

function pinFix(file: SourceFile, stage: Stage, tag: string | undefined, pin: { tag: string; floating: boolean }): Fix | undefined {
  const from = stage.from;
  // A floating tag gives the newest Go: the table's newest as of its date.
  const title = `Pin golang:${pin.tag}${pin.floating ? ` (the newest Go as of ${GOLANG_TAGS_CHECKED})` : ''}`;
  const tagRange = from.getImageTagRange();
  if (tag !== undefined && tagRange) {
    return { title, applicability: 'unsafe', edits: [{ ...spanOf(file, tagRange), text: pin.tag }] };
  }
  const nameRange = from.getImageNameRange();
  if (!nameRange) return undefined;
  const at = spanOf(file, nameRange).end;
  return { title, applicability: 'unsafe', edits: [{ start: at, end: at, text: `:${pin.tag}` }] };
}
