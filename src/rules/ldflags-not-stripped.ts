import { goVersionAtLeast } from '../model/go-version';
import { isDebugBuild, isOpaqueFlag } from '../model/go';
import type { GoBuild, GoCommand, HostBuild, ReleaseBuild } from '../model/types';
import { releaseLdflagsEdits } from '../edits/goreleaser';
import { insertArgsAfter, prependToFlagValue } from '../edits/text';
import { defineRule, type Fix, type Report } from './types';
import { buildEdits, buildForm, buildPlace, hostLabel, hostPlace } from './util';
import type { SourceFile } from '../parse/source';

type MessageId = 'missing' | 'partial';

export default defineRule<MessageId>({
  meta: {
    code: 'GD002',
    name: 'ldflags-not-stripped',
    severity: 'warning',
    fixable: ['safe'],
    tags: ['size'],
    docs: {
      summary: 'A shipped `go build` does not strip its binary with `-ldflags "-s -w"`.',
      why:
        'By default the linker writes the symbol table (`-s` removes it) and DWARF debug information (`-w` removes it) into the binary. Neither is used at run time: panics and stack traces still show function names and lines, because those come from a separate table. Stripping cuts a typical service binary by a quarter to a third, which is that much less to push, pull and page in at every cold start. Since Go 1.22, `-s` implies `-w`; an explicit `-w=0` (or `-s=false`) keeps that part on purpose and is respected. A value that comes whole from a variable without a known value (`-ldflags "$LDFLAGS"`, GOFLAGS from a build argument) is not judged.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Safe: adds `-ldflags="-s -w"` after `go build`, or puts the missing `-s`/`-w` at the front of the existing value, keeping `-X` and the other flags and the quoting as written (`-ldflags "-X main.version=${VERSION}"` becomes `-ldflags "-s -w -X main.version=${VERSION}"`). The program runs the same; only debuggers lose their symbols. Not offered when -ldflags comes from GOFLAGS. In a Makefile or a script the flags go into the recipe (inside the quotes of `-ldflags "$(LDFLAGS)"`); in a GoReleaser build, first in its `ldflags` (GoReleaser\'s default ldflags have `-s -w`). Not offered where the words come from a make variable. A build for a debugger (`-gcflags` with `-N` or `-l`, as Delve needs) is not reported: it keeps its symbols on purpose.',
    },
    messages: {
      missing: '`go {{verb}}` without -ldflags "-s -w": the binary keeps its symbol table and DWARF debug info, a quarter or more of its size',
      partial: '-ldflags{{from}} lacks {{missing}}: the binary keeps its {{kept}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    for (const build of model.goBuilds) {
      if (build.shipped) judgeCommand(reports, file, build, sImpliesW(build), buildPlace(build).anchor);
    }
    for (const build of model.hostBuilds) {
      // A Go of the machine that makes the release: current, where -s implies -w.
      if (build.command) judgeCommand(reports, file, build.command, true, build.copy.span.start);
      else if (build.release) judgeRelease(reports, build, build.release);
    }
    return reports;
  },
});

/** What -ldflags lacks of `-s -w`; undefined when nothing (or when a variable may hold anything). */
function lacking(flags: readonly string[], sImplies: boolean): { missing: string; kept: string } | undefined {
  // A variable that may hold any linker flags (`-ldflags "$LDFLAGS"`): nothing can be said.
  if (flags.some(isOpaqueFlag)) return undefined;
  const s = linkerBool(flags, 's');
  const w = linkerBool(flags, 'w');
  // An explicit `-s=false` or `-w=0` is a choice, respected; Go 1.22 made `-s` imply `-w`.
  const hasS = s !== undefined;
  const hasW = w !== undefined || (s === true && sImplies);
  if (hasS && hasW) return undefined;
  return { missing: hasS ? '-w' : hasW ? '-s' : '-s -w', kept: hasS ? 'DWARF debug info' : hasW ? 'symbol table' : 'symbol table and DWARF debug info' };
}

/** A go command, in the Dockerfile or in the Makefile or script it is written in. */
function judgeCommand(reports: Report<MessageId>[], file: SourceFile, build: GoBuild | GoCommand, sImplies: boolean, anchor: number | undefined): void {
  // A build for a debugger (`-gcflags all=-N -l`) keeps its symbols on purpose.
  if (isDebugBuild(build)) return;
  const found = lacking(build.ldflags?.flags ?? [], sImplies);
  // No -ldflags, but an argument that may hold any flags (`go build $(FLAGS)`): it may hold them.
  if (!found || (!build.ldflags && build.opaqueArgs)) return;
  const place = { start: build.goWord.start, end: build.verbWord.end, ...(build.file ? { file: build.file, ...(anchor !== undefined ? { anchor } : {}) } : {}) };
  if (!build.ldflags) {
    const edits = buildEdits(build, [build.verbWord], [insertArgsAfter(buildForm(build), build.verbWord, '-ldflags="-s -w"', ['-ldflags=-s -w'])]);
    reports.push({ messageId: 'missing', ...place, data: { verb: build.verb }, fix: edits && { title: 'Add -ldflags="-s -w"', applicability: 'safe', edits } });
    return;
  }
  const flag = build.ldflags.flag;
  const at = flag ? { ...place, start: flag.nameWord.start, end: (flag.valueWord ?? flag.nameWord).end } : place;
  const from = build.ldflags.source === 'GOFLAGS' ? ' (set in GOFLAGS)' : '';
  reports.push({ messageId: 'partial', ...at, data: { missing: found.missing, kept: found.kept, from }, fix: mergeFix(file, build, found.missing) });
}

/** A GoReleaser build: its `ldflags` (GoReleaser's default has `-s -w`). */
function judgeRelease(reports: Report<MessageId>[], build: HostBuild, release: ReleaseBuild): void {
  const found = lacking(build.ldflags?.flags ?? [], true);
  if (!found) return;
  const edits = releaseLdflagsEdits(release, found.missing);
  reports.push({
    messageId: 'partial',
    ...hostPlace(build, 'ldflags'),
    data: { missing: found.missing, kept: found.kept, from: ` of ${hostLabel(build)}` },
    fix: edits && { title: `Add ${found.missing} to ldflags`, applicability: 'safe', edits },
  });
}

/**
 * The last setting of boolean linker flag `name` in an -ldflags list (`-s`, `--s`, `-s=false`),
 * parsed as Go's flag package does (strconv.ParseBool); undefined when it is not given.
 */
function linkerBool(flags: readonly string[], name: string): boolean | undefined {
  let value: boolean | undefined;
  for (const token of flags) {
    const body = token.startsWith('--') ? token.slice(2) : token.startsWith('-') ? token.slice(1) : undefined;
    if (body === undefined) continue;
    if (body === name) value = true;
    else if (body.startsWith(name + '=')) {
      const v = body.slice(name.length + 1);
      if (TRUE.has(v)) value = true;
      else if (FALSE.has(v)) value = false;
    }
  }
  return value;
}

const TRUE = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

/** Go 1.22 made `-s` imply `-w`; a Go whose version is unknown is taken as current. */
function sImpliesW(build: GoBuild): boolean {
  return goVersionAtLeast(build.goVersion, '1.22') !== false;
}

function mergeFix(file: SourceFile, build: GoCommand, missing: string): Fix | undefined {
  const flag = build.ldflags?.flag;
  if (!flag?.valueWord) return undefined;
  const edit = prependToFlagValue(build.file ?? file, flag.nameWord, flag.valueWord, missing);
  const edits = edit && buildEdits(build, [flag.nameWord, flag.valueWord], [edit]);
  return edits && { title: `Add ${missing} to -ldflags`, applicability: 'safe', edits };
}
