import rule from '../../src/rules/unknown-suppression';
import { GOOD, ruleTester } from '../support/rule-tester';

ruleTester(rule, {
  valid: [
    GOOD,
    `# golint-docker global ignore=GD013\n${GOOD}`,
    `# golint-docker global ignore=unpinned-image, GD010 # reason, GD099 after the reason is prose\n${GOOD}`,
    { name: 'upper- or lower-case codes and names', code: `# golint-docker ignore=gd004,Final-Runs-As-Root\n${GOOD}` },
    { name: 'a comment that is not a pragma', code: `# golint-docker is great; ignore=GD099 is not a pragma\n${GOOD}` },
    { name: 'another tool\'s pragma', code: `# hadolint ignore=DL3006\n${GOOD}` },
  ],
  invalid: [
    {
      name: 'a code missing a digit',
      code: `# golint-docker global ignore=GD13\n${GOOD}`,
      errors: [{ messageId: 'unknown', line: 1, column: 31, endColumn: 35 }],
      output: null,
    },
    {
      name: 'a misspelled name among good ones, above an instruction',
      code: GOOD.replace('FROM gcr.io', '# golint-docker ignore=GD003, final-run-as-root ,GD099 # why\nFROM gcr.io'),
      errors: [
        { messageId: 'unknown', line: 8, column: 31, endColumn: 48 },
        { messageId: 'unknown', line: 8, column: 50, endColumn: 55 },
      ],
      output: null,
    },
  ],
});

describe('GD020 messages', () => {
  it('suggest the rule a typo meant', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { lintText } = require('../../src/lint') as typeof import('../../src/lint');
    const r = lintText(`# golint-docker ignore=final-run-as-root\n${GOOD}`, { rules: [rule] });
    expect(r.ok && r.findings.map((f) => f.message)).toEqual([
      '"final-run-as-root" in this suppression comment names no rule, so it suppresses nothing; use a code (GD001) or a rule name; did you mean final-runs-as-root?',
    ]);
  });
});
