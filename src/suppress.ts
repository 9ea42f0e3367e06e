import type { SourceFile, Span } from './parse/source';
import { spanOf } from './parse/source';
import { commentLines as commentLinesOf, parsePragma, PRAGMA_PREFIX as PREFIX } from './parse/pragmas';

/**
 * Inline suppressions, in the grammar hadolint users know:
 *   # golint-docker ignore=GD004,final-runs-as-root   (the next instruction; above FROM: the whole stage)
 *   # golint-docker global ignore=GD013               (the whole file)
 * Anything after a further `#` is a free-form reason.
 */
export interface Suppressions {
  global: Set<string>;
  /** Suppressed rule keys per instruction span (code or name, as written, upper-cased codes). */
  scoped: Array<{ span: Span; keys: Set<string> }>;
}

export function collectSuppressions(file: SourceFile): Suppressions {
  const global = new Set<string>();
  const scoped: Suppressions['scoped'] = [];
  // Every pragma names the tool: a file that never does has none (most files), and its comments need no reading.
  if (!file.text.includes(PREFIX)) return { global, scoped };
  const pragmasByLine = new Map<number, string[]>();
  const commentLines = new Set<number>();
  for (const comment of commentLinesOf(file)) {
    const line = comment.line;
    commentLines.add(line);
    const pragma = parsePragma(comment.content);
    if (!pragma) continue;
    if (pragma.global) pragma.keys.forEach((k) => global.add(k.key));
    else pragmasByLine.set(line, pragma.keys.map((k) => k.key));
  }
  if (pragmasByLine.size === 0) return { global, scoped };

  const instructions = file.dockerfile.getInstructions();
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i];
    const keys = new Set<string>();
    // The block of comment lines directly above the instruction.
    for (let line = ins.getRange().start.line - 1; line >= 0 && commentLines.has(line); line--) {
      pragmasByLine.get(line)?.forEach((k) => keys.add(k));
    }
    if (keys.size === 0) continue;
    let span = spanOf(file, ins.getRange());
    if (ins.getKeyword() === 'FROM') {
      // The whole stage: up to the next FROM.
      let j = i + 1;
      while (j < instructions.length && instructions[j].getKeyword() !== 'FROM') j++;
      const last = instructions[j - 1];
      span = { start: span.start, end: spanOf(file, last.getRange()).end };
    }
    scoped.push({ span, keys });
  }
  return { global, scoped };
}

export function isSuppressed(s: Suppressions, code: string, name: string, at: number): boolean {
  if (s.global.has(code) || s.global.has(name)) return true;
  return s.scoped.some((x) => at >= x.span.start && at <= x.span.end && (x.keys.has(code) || x.keys.has(name)));
}
