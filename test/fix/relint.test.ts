import { fixText } from '../../src/fix';
import { defineRule, type Report } from '../../src/rules/types';

/**
 * The fix loop's last word: a pass that adds an error-severity finding of any rule (not only one
 * that breaks the file's structure) is thrown away, its other fixes kept when they are fine alone.
 */
const docs = { summary: 's', why: 'w', bad: 'FROM a\n', good: 'FROM b\n', fixSafety: 'f' };

/** Finds `word` in the text and offers to replace it (a warning). */
const replacer = (code: `GD${string}`, word: string, by: string) =>
  defineRule<'found'>({
    meta: { code, name: `replace-${word}`, severity: 'warning', fixable: ['safe'], tags: [], docs, messages: { found: `${word} found` } },
    check({ file }): Report<'found'>[] {
      const at = file.text.indexOf(word);
      return at === -1 ? [] : [{ messageId: 'found', start: at, end: at + word.length, fix: { title: `Use ${by}`, applicability: 'safe', edits: [{ start: at, end: at + word.length, text: by }] } }];
    },
  });

/** An error wherever `word` appears. */
const forbid = (code: `GD${string}`, word: string) =>
  defineRule<'bad'>({
    meta: { code, name: `forbid-${word}`, severity: 'error', tags: [], docs, messages: { bad: `${word} is an error` } },
    check({ file }): Report<'bad'>[] {
      const at = file.text.indexOf(word);
      return at === -1 ? [] : [{ messageId: 'bad', start: at, end: at + word.length }];
    },
  });

describe('fix loop: the final relint', () => {
  it('refuses a fix that adds an error-severity finding of another rule', () => {
    const rules = [replacer('GD901', 'alpine', 'busted'), forbid('GD902', 'busted')];
    const fixed = fixText('FROM alpine\nRUN true\n', { rules });
    if (!fixed.ok) throw new Error('not fixed');
    expect(fixed.changed).toBe(false);
    expect(fixed.output).toBe('FROM alpine\nRUN true\n');
    expect(fixed.rejected).toEqual([{ code: 'GD901', rule: 'replace-alpine', title: 'Use busted', reason: 'it would add an error: GD902 (forbid-busted) at line 1' }]);
    expect(fixed.findings.map((f) => f.code)).toEqual(['GD901']);
  });

  it('keeps the fixes of the same pass that are fine on their own', () => {
    const rules = [replacer('GD901', 'alpine', 'busted'), replacer('GD903', 'true', 'false'), forbid('GD902', 'busted')];
    const fixed = fixText('FROM alpine\nRUN true\n', { rules });
    if (!fixed.ok) throw new Error('not fixed');
    expect(fixed.output).toBe('FROM alpine\nRUN false\n');
    expect(fixed.applied.map((a) => a.code)).toEqual(['GD903']);
    expect(fixed.rejected.map((r) => r.code)).toEqual(['GD901']);
  });

  it('allows a fix while an error that was already there stays', () => {
    const rules = [replacer('GD903', 'true', 'false'), forbid('GD902', 'alpine')];
    const fixed = fixText('FROM alpine\nRUN true\n', { rules });
    if (!fixed.ok) throw new Error('not fixed');
    expect(fixed.output).toBe('FROM alpine\nRUN false\n');
    expect(fixed.rejected).toEqual([]);
  });

  it('still refuses a fix that leaves the file unparseable, and says so', () => {
    const rules = [replacer('GD901', 'true', '<<EOF')];
    const fixed = fixText('FROM alpine\nRUN true\n', { rules });
    if (!fixed.ok) throw new Error('not fixed');
    expect(fixed.changed).toBe(false);
    expect(fixed.rejected[0]?.reason).toBe('it would leave the file unparseable');
  });
});
