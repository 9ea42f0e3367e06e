import { removeWord } from '../edits/text';
import { goVersionAtLeast } from '../model/go-version';
import type { GoBuild, GoFlag } from '../model/types';
import type { SourceFile, Span } from '../parse/source';
import { buildPlace } from './util';
import { defineRule, type Edit, type Report } from './types';

type MessageId = 'forceRebuild' | 'installSuffix' | 'extStatic';

export default defineRule<MessageId>({
  meta: {
    code: 'GD015',
    name: 'obsolete-build-flags',
    severity: 'info',
    fixable: ['safe'],
    tags: ['maintainability', 'build-speed'],
    docs: {
      summary: '`-a`, `-installsuffix cgo` or `-extldflags "-static"` on a build that already has cgo off.',
      why:
        'These flags come from Go 1.4-era recipes for static binaries. With `CGO_ENABLED=0` the binary is static already: `-installsuffix cgo` has done nothing since Go 1.10 introduced the build cache, `-extldflags "-static"` only matters when the external (C) linker runs, which it does not without cgo, and `-a` forces every package, the standard library included, to be rebuilt on each build, throwing the build cache away for nothing.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -a -installsuffix cgo -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'Safe: removes the flags; with cgo off the binary is the same. Not reported while cgo is on, where `-extldflags "-static"` does link statically. `-a` and `-installsuffix` are not reported where the Go that runs the build predates 1.10: without a build cache, they are what keeps the standard library\'s cgo-built packages (net, os/user) out of a static binary.',
    },
    messages: {
      forceRebuild: '-a rebuilds every package on each build and defeats the build cache; with CGO_ENABLED=0 it is not needed for a static binary',
      installSuffix: '-installsuffix {{value}} has had no use since Go 1.10\'s build cache; remove it',
      extStatic: '-extldflags "-static" does nothing with CGO_ENABLED=0: the external linker never runs',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    for (const build of model.goBuilds) {
      if (build.cgo.value !== '0') continue;
      const found: Report<MessageId>[] = [];
      // Before Go 1.10's build cache, -a and -installsuffix kept cgo-built standard packages out of a static build.
      const text = build.file ? { ...file, text: build.file.text } : file;
      if (goVersionAtLeast(build.goVersion, '1.10') !== false) obsoleteFlags(found, text, build);
      else staticExtldflagsOnly(found, text, build);
      // Removing words from an exec-form JSON array, or from a Makefile or script, is not done here: reported without a fix.
      const place = buildPlace(build);
      for (const r of found) reports.push(build.file ? { ...r, file: place.file, anchor: place.anchor, fix: undefined } : build.run.form === 'exec' ? { ...r, fix: undefined } : r);
    }
    return reports;
  },
});

function obsoleteFlags(out: Report<MessageId>[], file: SourceFile, build: GoBuild): void {
  for (const flag of build.flags) {
    if (flag.name === 'a' && flag.value === undefined) {
      out.push({ messageId: 'forceRebuild', start: flag.nameWord.start, end: flag.nameWord.end, fix: { title: 'Remove -a', applicability: 'safe', edits: removeWord(file, flag.nameWord) } });
    } else if (flag.name === 'installsuffix') {
      // `-installsuffix cgo` is one unit: the name and its value word go together.
      const span = { start: flag.nameWord.start, end: (flag.valueWord ?? flag.nameWord).end };
      out.push({ messageId: 'installSuffix', ...span, data: { value: flag.value ?? '' }, fix: { title: 'Remove -installsuffix', applicability: 'safe', edits: removeWord(file, span) } });
    }
  }
  staticExtldflagsOnly(out, file, build);
}

/** `-extldflags "-static"` with cgo off: the external linker never runs, whatever the Go. */
function staticExtldflagsOnly(out: Report<MessageId>[], file: SourceFile, build: GoBuild): void {
  const ld = build.ldflags;
  const flag = ld?.flag;
  if (!ld || !flag?.valueWord || !staticExtldflags(ld.flags)) return;
  const found = findExtldflags(file, flag.valueWord);
  if (!found) {
    out.push({ messageId: 'extStatic', start: flag.valueWord.start, end: flag.valueWord.end });
    return;
  }
  out.push({ messageId: 'extStatic', ...found.text, fix: { title: 'Remove -extldflags "-static"', applicability: 'safe', edits: removalEdits(file, flag, found.removal) } });
}

/** `-extldflags -static` (or `-extldflags=-static`) in an -ldflags list. */
function staticExtldflags(flags: readonly string[]): boolean {
  const i = flags.indexOf('-extldflags');
  const inline = flags.findIndex((f) => f.startsWith('-extldflags='));
  const value = i !== -1 ? flags[i + 1] : inline !== -1 ? flags[inline].slice('-extldflags='.length) : undefined;
  return value !== undefined && value.trim() === '-static';
}

/** Forms `-static` is written in after `-extldflags`, longest first. */
const STATIC_FORMS = ['\\"-static\\"', '"-static"', "'-static'", '-static'];

/**
 * Where `-extldflags "-static"` (or `-extldflags=-static`, `-extldflags '-static'`,
 * `-extldflags \"-static\"`) is written in one -ldflags value word: the text itself, and the
 * text to remove with one blank next to it. Undefined when it is written some other way.
 */
function findExtldflags(file: SourceFile, word: Span): { text: Span; removal: Span } | undefined {
  const raw = file.text.slice(word.start, word.end);
  const at = raw.indexOf('-extldflags');
  if (at === -1 || raw.indexOf('-extldflags', at + 1) !== -1) return undefined;
  let j = at + '-extldflags'.length;
  if (raw[j] === '=') j++;
  else while (raw[j] === ' ') j++;
  const form = STATIC_FORMS.find((f) => raw.startsWith(f, j));
  if (form === undefined) return undefined;
  let end = j + form.length;
  let start = at;
  while (start > 0 && raw[start - 1] === ' ') start--;
  // Keep a blank when the flag was the first thing in the value.
  if (start === 0 || raw[start - 1] === '"' || raw[start - 1] === "'" || raw[start - 1] === '=') {
    start = at;
    while (raw[end] === ' ') end++;
  }
  return { text: { start: word.start + at, end: word.start + j + form.length }, removal: { start: word.start + start, end: word.start + end } };
}

/** Remove `removal` from the -ldflags value; when nothing but quotes would be left, remove the whole flag. */
function removalEdits(file: SourceFile, flag: GoFlag, removal: Span): Edit[] {
  const value = flag.valueWord ?? flag.nameWord;
  const before = file.text.slice(value.start, removal.start);
  const after = file.text.slice(removal.end, value.end);
  const rest = flag.valueWord === flag.nameWord ? (before + after).slice((before + after).indexOf('=') + 1) : before + after;
  if ([...rest].every((c) => c === '"' || c === "'" || c === ' ' || c === '\t')) return removeWord(file, { start: flag.nameWord.start, end: value.end });
  return [{ ...removal, text: '' }];
}
