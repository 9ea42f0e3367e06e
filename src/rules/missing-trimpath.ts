import { commandForm, insertArgsAfter } from '../edits/text';
import { defineRule, type Report } from './types';

type MessageId = 'missing';

export default defineRule<MessageId>({
  meta: {
    code: 'GD010',
    name: 'missing-trimpath',
    severity: 'info',
    fixable: ['safe'],
    tags: ['reproducibility'],
    docs: {
      summary: 'A shipped `go build` runs without `-trimpath`.',
      why:
        'Without `-trimpath` the binary records the absolute file system paths of the build (`/src/internal/...`, `/go/pkg/mod/...`) in its file tables, so stack traces leak the builder\'s layout and two builds of the same code in different folders give different binaries. `-trimpath` records module paths instead, which makes builds reproducible; ko builds this way by default.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'Safe: adds `-trimpath` after `go build`. The program behaves the same; file names in stack traces become module-relative. An explicit `-trimpath=false` is respected.',
    },
    messages: {
      missing: '`go {{verb}}` without -trimpath: the binary embeds the build\'s absolute paths and is not reproducible',
    },
  },
  check({ model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    for (const build of model.goBuilds) {
      if (!build.shipped || build.trimpath !== false) continue;
      if (build.flags.some((f) => f.name === 'trimpath' && (f.value === 'false' || f.value === '0'))) continue;
      reports.push({
        messageId: 'missing',
        start: build.goWord.start,
        end: build.verbWord.end,
        data: { verb: build.verb },
        fix: { title: 'Add -trimpath', applicability: 'safe', edits: [insertArgsAfter(commandForm(build.run), build.verbWord, '-trimpath', ['-trimpath'])] },
      });
    }
    return reports;
  },
});
