import { commentLines, parsePragma, PRAGMA_PREFIX } from '../parse/pragmas';
import { nearestName } from '../model/edit-distance';
import { defineRule, type Report } from './types';

type MessageId = 'unknown';

export default defineRule<MessageId>({
  meta: {
    code: 'GD020',
    name: 'unknown-suppression',
    severity: 'warning',
    tags: ['correctness'],
    docs: {
      summary: 'A `# golint-docker ignore=` comment names a rule that does not exist.',
      why:
        'A suppression comment with a misspelled code or name (`GD04`, `final-run-as-root`) suppresses nothing: the finding it was meant to silence is still reported, or, worse, a later edit that makes it apply is never noticed. Like ESLint\'s report of unused disable directives and Ruff\'s RUF100, each name in the comment must be a rule\'s code (GD004) or name (final-runs-as-root).',
      bad: '# golint-docker global ignore=GD13\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: '# golint-docker global ignore=GD013\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'No automatic fix: which rule was meant is the author\'s to say (the message suggests the nearest name).',
    },
    messages: {
      unknown: '"{{key}}" in this suppression comment names no rule, so it suppresses nothing; use a code (GD001) or a rule name{{hint}}',
    },
  },
  check({ file, ruleKeys }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    // Every pragma names the tool: a file that never does has none (most files).
    if (!ruleKeys || !file.text.includes(PRAGMA_PREFIX)) return reports;
    for (const comment of commentLines(file)) {
      const pragma = parsePragma(comment.content);
      if (!pragma) continue;
      const base = comment.start;
      for (const k of pragma.keys) {
        if (ruleKeys.has(k.key)) continue;
        const near = nearestName(k.key, ruleKeys, k.key.length <= 5 ? 1 : 2);
        reports.push({ messageId: 'unknown', start: base + k.start, end: base + k.end, data: { key: k.key, hint: near ? `; did you mean ${near}?` : '' } });
      }
    }
    return reports;
  },
});
