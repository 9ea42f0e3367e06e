import { isDebugBuild } from '../model/go';
import { insertArgsAfter } from '../edits/text';
import { goVersionAtLeast } from '../model/go-version';
import { defineRule, type Report } from './types';
import { buildEdits, buildForm, buildPlace, hostLabel, hostPlace } from './util';
import { releaseFlagEdits } from '../edits/goreleaser';
import type { GoCommand } from '../model/types';

type MessageId = 'missing' | 'oldGo' | 'hostMissing';

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
        'Safe: adds `-trimpath` after `go build`. The program behaves the same; file names in stack traces become module-relative. An explicit `-trimpath=false` is respected. Offered when the Go that runs the build is 1.13 or newer, or its version cannot be known. Not offered when it is older (a `golang:1.12` image, `apk add go` on Alpine 3.10 or older, `golang-go` of Debian buster or Ubuntu 18.04, an old tarball): that go command stops with "flag provided but not defined: -trimpath", so the finding says to upgrade Go first. In a Makefile or a script it goes into the recipe; in a GoReleaser build, first in its `flags` (or in a new `flags` key). Not offered where the words come from a make variable. A build for a debugger (`-gcflags` with `-N` or `-l`, as Delve needs) is not reported: the debugger finds the sources by the paths the binary keeps.',
    },
    messages: {
      missing: '`go {{verb}}` without -trimpath: the binary embeds the build\'s absolute paths and is not reproducible',
      oldGo:
        '`go {{verb}}` without -trimpath: the binary embeds the build\'s absolute paths; but this build\'s Go ({{version}}, from {{source}}) predates -trimpath (Go 1.13) and would stop with "flag provided but not defined: -trimpath": upgrade Go first, then add it',
      hostMissing: '{{build}} runs `go build` without -trimpath: the binary embeds the build machine\'s absolute paths and is not reproducible; add -trimpath to its flags',
    },
  },
  check({ model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    for (const build of model.goBuilds) if (build.shipped) judgeCommand(reports, build, buildPlace(build));
    for (const build of model.hostBuilds) {
      if (build.command) judgeCommand(reports, build.command, { ...buildPlace(build.command), anchor: build.copy.span.start });
      else if (build.release && build.trimpath === false) {
        const edits = releaseFlagEdits(build.release, '-trimpath');
        reports.push({ messageId: 'hostMissing', ...hostPlace(build, 'flags'), data: { build: hostLabel(build) }, fix: edits && { title: 'Add -trimpath', applicability: 'safe', edits } });
      }
    }
    return reports;
  },
});

function judgeCommand(reports: Report<MessageId>[], build: GoCommand & { run?: { form: string } }, place: ReturnType<typeof buildPlace>): void {
  // An argument that may hold any flags (`go build $(FLAGS)`) may hold -trimpath.
  if (build.trimpath !== false || build.opaqueArgs) return;
  // A build for a debugger (`-gcflags all=-N -l`): the debugger finds the sources by the paths it keeps.
  if (isDebugBuild(build)) return;
  if (build.flags.some((f) => f.name === 'trimpath' && (f.value === 'false' || f.value === '0'))) return;
  const go = build.goVersion;
  if (go && goVersionAtLeast(go, TRIMPATH_SINCE) === false) {
    reports.push({ messageId: 'oldGo', ...place, data: { verb: build.verb, version: go.version, source: go.source } });
    return;
  }
  const edits = buildEdits(build, [build.verbWord], [insertArgsAfter(buildForm(build), build.verbWord, '-trimpath', ['-trimpath'])]);
  reports.push({ messageId: 'missing', ...place, data: { verb: build.verb }, fix: edits && { title: 'Add -trimpath', applicability: 'safe', edits } });
}
