import { commandForm, insertArgsAfter } from '../edits/text';
import { goVersionAtLeast } from '../model/go-version';
import { defineRule, type Report } from './types';

type MessageId = 'missing' | 'oldGo';

/** The release that added `go build -trimpath`. */
const TRIMPATH_SINCE = '1.13';

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
      fixSafety:
        'Safe: adds `-trimpath` after `go build`. The program behaves the same; file names in stack traces become module-relative. An explicit `-trimpath=false` is respected. Offered when the Go that runs the build is 1.13 or newer, or its version cannot be known. Not offered when it is older (a `golang:1.12` image, `apk add go` on Alpine 3.10 or older, `golang-go` of Debian buster or Ubuntu 18.04, an old tarball): that go command stops with "flag provided but not defined: -trimpath", so the finding says to upgrade Go first.',
    },
    messages: {
      missing: '`go {{verb}}` without -trimpath: the binary embeds the build\'s absolute paths and is not reproducible',
      oldGo:
        '`go {{verb}}` without -trimpath: the binary embeds the build\'s absolute paths; but this build\'s Go ({{version}}, from {{source}}) predates -trimpath (Go 1.13) and would stop with "flag provided but not defined: -trimpath": upgrade Go first, then add it',
    },
  },
  check({ model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    for (const build of model.goBuilds) {
      if (!build.shipped || build.trimpath !== false) continue;
      if (build.flags.some((f) => f.name === 'trimpath' && (f.value === 'false' || f.value === '0'))) continue;
      const go = build.goVersion;
      if (go && goVersionAtLeast(go, TRIMPATH_SINCE) === false) {
        reports.push({ messageId: 'oldGo', start: build.goWord.start, end: build.verbWord.end, data: { verb: build.verb, version: go.version, source: go.source } });
        continue;
      }
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
