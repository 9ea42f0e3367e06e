import { removeWord } from '../fixers/edits';
import type { GoBuild } from '../model/types';
import type { SourceFile } from '../parse/source';
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
      fixSafety: 'Safe: removes the flags; with cgo off the binary is the same. Not reported while cgo is on, where `-extldflags "-static"` does link statically.',
    },
    messages: {
      forceRebuild: '-a rebuilds every package on each build and defeats the build cache; with CGO_ENABLED=0 it is not needed for a static binary',
      installSuffix: '-installsuffix {{value}} has had no use since Go 1.10\'s build cache; remove it',
      extStatic: '-extldflags "-static" does nothing with CGO_ENABLED=0: the external linker never runs',
    },
  },
  *check({ file, model }) {
    for (const build of model.goBuilds) {
      if (build.cgo.value !== '0') continue;
      yield* obsoleteFlags(file, build);
    }
  },
});

function* obsoleteFlags(file: SourceFile, build: GoBuild): Iterable<Report<MessageId>> {
  for (const flag of build.flags) {
    if (flag.name === 'a' && flag.value === undefined) {
      yield { messageId: 'forceRebuild', start: flag.nameWord.start, end: flag.nameWord.end, fix: { title: 'Remove -a', applicability: 'safe', edits: [removeWord(file, flag.nameWord)] } };
    } else if (flag.name === 'installsuffix') {
      const end = (flag.valueWord ?? flag.nameWord).end;
      const edits: Edit[] = [removeWord(file, flag.nameWord)];
      if (flag.valueWord && flag.valueWord !== flag.nameWord) edits.push(removeWord(file, flag.valueWord));
      yield { messageId: 'installSuffix', start: flag.nameWord.start, end, data: { value: flag.value ?? '' }, fix: { title: 'Remove -installsuffix', applicability: 'safe', edits: disjoint(edits) } };
    }
  }
  const ld = build.ldflags;
  if (ld?.flag?.valueWord) {
    const i = ld.flags.indexOf('-extldflags');
    const inline = ld.flags.findIndex((f) => f.startsWith('-extldflags='));
    const value = i !== -1 ? ld.flags[i + 1] : inline !== -1 ? ld.flags[inline].slice('-extldflags='.length) : undefined;
    if (value !== undefined && value.trim() === '-static') {
      const w = ld.flag.valueWord;
      const edit = removeExtldflags(file, w);
      yield { messageId: 'extStatic', start: w.start, end: w.end, fix: edit && { title: 'Remove -extldflags "-static"', applicability: 'safe', edits: [edit] } };
    }
  }
}

/** Two removals of adjacent words may both claim the blank between them; keep them apart. */
function disjoint(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start);
  for (let k = 1; k < edits.length; k++) if (edits[k].start < edits[k - 1].end) edits[k] = { ...edits[k], start: edits[k - 1].end };
  return edits;
}

/**
 * Remove `-extldflags "-static"` (or `-extldflags=-static`, `-extldflags '-static'`,
 * `-extldflags \"-static\"`) from the source of one -ldflags value word, with its leading blank.
 */
function removeExtldflags(file: SourceFile, word: { start: number; end: number }): Edit | undefined {
  const raw = file.text.slice(word.start, word.end);
  const at = raw.indexOf('-extldflags');
  if (at === -1 || raw.indexOf('-extldflags', at + 1) !== -1) return undefined;
  let j = at + '-extldflags'.length;
  if (raw[j] === '=') j++;
  else while (raw[j] === ' ') j++;
  for (const form of ['\\"-static\\"', '"-static"', "'-static'", '-static']) {
    if (raw.startsWith(form, j)) {
      let end = j + form.length;
      let start = at;
      while (start > 0 && raw[start - 1] === ' ') start--;
      // Keep a blank when the flag was the first thing in the value.
      if (start === 0 || raw[start - 1] === '"' || raw[start - 1] === "'" || raw[start - 1] === '=') {
        start = at;
        while (raw[end] === ' ') end++;
      }
      return { start: word.start + start, end: word.start + end, text: '' };
    }
  }
  return undefined;
}
