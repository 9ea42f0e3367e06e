import type { SourceFile, Span } from './parse/source';
import { spanOf } from './parse/source';

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

const PREFIX = 'golint-docker';

/** Parse one comment's content (without the leading `#`); undefined when it is not a pragma. */
export function parsePragma(content: string): { global: boolean; keys: string[] } | undefined {
  let s = content.trim();
  if (!s.startsWith(PREFIX)) return undefined;
  s = s.slice(PREFIX.length);
  if (s.length > 0 && s[0] !== ' ' && s[0] !== '\t') return undefined;
  s = s.trim();
  let global = false;
  if (s.startsWith('global')) {
    global = true;
    s = s.slice('global'.length).trim();
  }
  if (!s.startsWith('ignore')) return undefined;
  s = s.slice('ignore'.length).trim();
  if (!s.startsWith('=')) return undefined;
  s = s.slice(1);
  const hash = s.indexOf('#');
  if (hash !== -1) s = s.slice(0, hash);
  const keys = s
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k.length > 0)
    .map((k) => (/^gd[0-9]+$/i.test(k) ? k.toUpperCase() : k.toLowerCase()));
  return keys.length > 0 ? { global, keys } : undefined;
}

export function collectSuppressions(file: SourceFile): Suppressions {
  const global = new Set<string>();
  const scoped: Suppressions['scoped'] = [];
  // Every pragma names the tool: a file that never does has none (most files), and its comments need no reading.
  if (!file.text.includes(PREFIX)) return { global, scoped };
  const pragmasByLine = new Map<number, string[]>();
  const commentLines = new Set<number>();
  for (const comment of file.dockerfile.getComments()) {
    const line = comment.getRange().start.line;
    commentLines.add(line);
    const pragma = parsePragma(comment.getContent());
    if (!pragma) continue;
    if (pragma.global) pragma.keys.forEach((k) => global.add(k));
    else pragmasByLine.set(line, pragma.keys);
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
