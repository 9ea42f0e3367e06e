import { lintText } from '../../src/lint';
import { fixText } from '../../src/fix';
import { RULES } from '../../src/rules';
import { defineRule } from '../../src/rules/types';

const BAD = 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n';

const throwing = defineRule<'never'>({
  meta: {
    code: 'GD900',
    name: 'throws',
    severity: 'error',
    tags: [],
    docs: { summary: '', why: '', bad: '', good: '', fixSafety: '' },
    messages: { never: '' },
  },
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at check (rule.ts:1:1)");
  },
});

describe('a rule that throws', () => {
  it('is a file error naming the rule, not an exception', () => {
    const result = lintText(BAD, { rules: [...RULES, throwing] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe("internal error in rule GD900 (throws): Cannot read properties of undefined (reading 'x')");
  });

  it('does not make --fix throw or write anything', () => {
    const result = fixText(BAD, { rules: [...RULES, throwing], unsafe: true });
    expect(result.ok).toBe(false);
  });

  it('leaves the other rules working when it is not run', () => {
    const result = lintText(BAD, { rules: [...RULES, throwing], ignore: ['GD900'] });
    expect(result.ok && result.findings.map((f) => f.code)).toContain('GD001');
  });
});

describe('lintText never throws', () => {
  it('on a recursion deeper than the stack allows, it says so in one line', () => {
    // Nested defaults thousands deep: whatever the model does with them, the result is a value.
    const deep = `ARG X=${'${U:-'.repeat(20000)}x${'}'.repeat(20000)}\nFROM golang:1.23\nRUN go build -o /app .\n`;
    expect(() => lintText(deep)).not.toThrow();
  });
});
