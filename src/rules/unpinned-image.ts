import { defineRule, type Fix, type Report } from './types';
import type { Stage } from '../model/types';
import type { SourceFile } from '../parse/source';
import { spanOf } from '../parse/source';
import { parseGoVersion, type GoMod } from '../model/gomod';

type MessageId = 'noTag' | 'latest' | 'floating';

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
        'An image without a tag means `:latest`, and `latest`, `golang:alpine` or `golang:bookworm` move to a new Go release or OS the day it ships: the same Dockerfile then builds a different binary, or stops building, without any change in the repository. Pin at least the Go minor version (`golang:1.23`, `golang:1.23-alpine`), or a digest for fully reproducible builds.',
      bad: 'FROM golang AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Unsafe, and only for `golang` images when go.mod is found in the build context: pins the tag to go.mod\'s Go minor version (`golang` becomes `golang:1.23`, `golang:alpine` becomes `golang:1.23-alpine`). It may change the Go release the build uses. Other images get no fix: which version to pin is the author\'s choice.',
    },
    messages: {
      noTag: '{{image}} has no tag, which means :latest and changes under you; pin a version{{hint}}',
      latest: '{{image}} uses :latest, which changes under you; pin a version{{hint}}',
      floating: '{{image}} names no Go version and moves to each new Go release; pin one{{hint}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    for (const stage of model.stages) {
      if (stage.base.kind !== 'image') continue;
      const { ref, facts } = stage.base;
      if (ref.digest) continue;
      const golang = facts.family === 'golang';
      const goMinor = minor(model.goMod);
      const hint = golang ? ` (e.g. golang:${goMinor ?? '1.23'}${tagSuffix(ref.tag)})` : '';
      const data = { image: stage.imageText, hint };
      const fix = golang ? pinFix(file, stage, ref.tag, goMinor) : undefined;
      if (ref.tag === undefined) reports.push({ messageId: 'noTag', ...stage.imageSpan, data, fix });
      else if (ref.tag === 'latest') reports.push({ messageId: 'latest', ...stage.imageSpan, data, fix });
      else if (golang && facts.goVersion === undefined && isOsTag(ref.tag)) reports.push({ messageId: 'floating', ...stage.imageSpan, data, fix });
    }
    return reports;
  },
});

/** go.mod's Go version as an image tag version: its minor release ("1.22.5" -> "1.22"). */
function minor(goMod: GoMod | undefined): string | undefined {
  const v = goMod?.goVersion === undefined ? undefined : parseGoVersion(goMod.goVersion);
  return v?.minor === undefined ? undefined : `${v.major}.${v.minor}`;
}

/** golang tags that name only an OS flavour: alpine, alpine3.20, bookworm, bullseye, windowsservercore... */
function isOsTag(tag: string): boolean {
  return tag.length > 0 && !(tag[0] >= '0' && tag[0] <= '9') && tag !== 'latest' && !tag.startsWith('tip');
}

function tagSuffix(tag: string | undefined): string {
  return tag && tag !== 'latest' && isOsTag(tag) ? `-${tag}` : '';
}

function pinFix(file: SourceFile, stage: Stage, tag: string | undefined, goMinor: string | undefined): Fix | undefined {
  if (!goMinor) return undefined;
  const from = stage.from;
  const written = file.text.slice(stage.imageSpan.start, stage.imageSpan.end);
  if (written.includes('$')) return undefined;
  const newTag = goMinor + tagSuffix(tag);
  const tagRange = from.getImageTagRange();
  if (tag !== undefined && tagRange) {
    return { title: `Pin golang:${newTag}`, applicability: 'unsafe', edits: [{ ...spanOf(file, tagRange), text: newTag }] };
  }
  const nameRange = from.getImageNameRange();
  if (!nameRange) return undefined;
  const at = spanOf(file, nameRange).end;
  return { title: `Pin golang:${newTag}`, applicability: 'unsafe', edits: [{ start: at, end: at, text: `:${newTag}` }] };
}
