import { rootFacts } from '../model/build';
import { compareGoVersions } from '../model/gomod';
import type { GoBuild } from '../model/types';
import { insertAt, prependToFlagValue } from '../fixers/edits';
import { defineRule, type Fix } from './types';
import type { SourceFile } from '../parse/source';

export default defineRule<'missing' | 'partial'>({
  meta: {
    code: 'GD002',
    name: 'ldflags-not-stripped',
    severity: 'warning',
    fixable: ['safe'],
    tags: ['size'],
    docs: {
      summary: 'A shipped `go build` does not strip its binary with `-ldflags "-s -w"`.',
      why:
        'By default the linker writes the symbol table (`-s` removes it) and DWARF debug information (`-w` removes it) into the binary. Neither is used at run time: panics and stack traces still show function names and lines, because those come from a separate table. Stripping cuts a typical service binary by a quarter to a third, which is that much less to push, pull and page in at every cold start. Since Go 1.22, `-s` implies `-w`; an explicit `-w=0` keeps DWARF on purpose and is respected.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Safe: adds `-ldflags="-s -w"` after `go build`, or puts the missing `-s`/`-w` at the front of the existing value, keeping `-X` and the other flags and the quoting as written (`-ldflags "-X main.version=${VERSION}"` becomes `-ldflags "-s -w -X main.version=${VERSION}"`). The program runs the same; only debuggers lose their symbols. Not offered when -ldflags comes from GOFLAGS.',
    },
    messages: {
      missing: '`go {{verb}}` without -ldflags "-s -w": the binary keeps its symbol table and DWARF debug info, a quarter or more of its size',
      partial: '-ldflags lacks {{missing}}: the binary keeps its {{kept}}',
    },
  },
  *check({ file, model }) {
    for (const build of model.goBuilds) {
      if (!build.shipped) continue;
      const flags = build.ldflags?.flags ?? [];
      const has = (f: string) => flags.some((x) => x === f || x === `${f}=true` || x === `${f}=1`);
      const hasS = has('-s');
      const wOff = flags.some((x) => x === '-w=0' || x === '-w=false');
      const hasW = has('-w') || wOff || (hasS && sImpliesW(build));
      if (hasS && hasW) continue;
      const missing = [hasS ? '' : '-s', hasW ? '' : '-w'].filter(Boolean).join(' ');
      const span = { start: build.goWord.start, end: build.verbWord.end };
      if (!build.ldflags) {
        yield {
          messageId: 'missing',
          ...span,
          data: { verb: build.verb },
          fix: { title: 'Add -ldflags="-s -w"', applicability: 'safe', edits: [insertAt(build.verbWord.end, ' -ldflags="-s -w"')] },
        };
        continue;
      }
      const kept = [hasS ? '' : 'symbol table', hasW ? '' : 'DWARF debug info'].filter(Boolean).join(' and ');
      const flag = build.ldflags.flag;
      const at = flag ? { start: flag.nameWord.start, end: (flag.valueWord ?? flag.nameWord).end } : span;
      yield { messageId: 'partial', ...at, data: { missing, kept }, fix: mergeFix(file, build, missing) };
    }
  },
});

/** Go 1.22 made `-s` imply `-w`; a golang tag without a version is current Go. */
function sImpliesW(build: GoBuild): boolean {
  const v = rootFacts(build.stage)?.goVersion;
  return v === undefined || (compareGoVersions(v, '1.22') ?? 0) >= 0;
}

function mergeFix(file: SourceFile, build: GoBuild, missing: string): Fix | undefined {
  const flag = build.ldflags?.flag;
  if (!flag?.valueWord) return undefined;
  const edit = prependToFlagValue(file, flag.nameWord, flag.valueWord, missing);
  return edit && { title: `Add ${missing} to -ldflags`, applicability: 'safe', edits: [edit] };
}
