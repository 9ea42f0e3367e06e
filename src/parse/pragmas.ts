import { spanOf, type SourceFile } from './source';
/**
 * Inline suppressions, in the grammar hadolint users know:
 *   # golint-docker ignore=GD004,final-runs-as-root   (the next instruction; above FROM: the whole stage)
 *   # golint-docker global ignore=GD013               (the whole file)
 * Anything after a further `#` is a free-form reason.
 */
export const PRAGMA_PREFIX = 'golint-docker';

export interface PragmaKey {
  /** The rule key as compared: codes upper-case, names lower-case. */
  key: string;
  /** Where it is written, as offsets into the comment's content. */
  start: number;
  end: number;
}

/** Parse one comment's content (without the leading `#`); undefined when it is not a pragma. */
export function parsePragma(content: string): { global: boolean; keys: PragmaKey[] } | undefined {
  let pos = skipBlanks(content, 0);
  if (!content.startsWith(PRAGMA_PREFIX, pos)) return undefined;
  pos += PRAGMA_PREFIX.length;
  if (pos < content.length && content[pos] !== ' ' && content[pos] !== '\t') return undefined;
  pos = skipBlanks(content, pos);
  let global = false;
  if (content.startsWith('global', pos)) {
    global = true;
    pos = skipBlanks(content, pos + 'global'.length);
  }
  if (!content.startsWith('ignore', pos)) return undefined;
  pos = skipBlanks(content, pos + 'ignore'.length);
  if (content[pos] !== '=') return undefined;
  pos++;
  const hash = content.indexOf('#', pos);
  const end = hash === -1 ? content.length : hash;
  const keys: PragmaKey[] = [];
  for (let i = pos; i <= end; ) {
    const comma = content.indexOf(',', i);
    const stop = comma === -1 || comma > end ? end : comma;
    const raw = content.slice(i, stop);
    const lead = raw.length - raw.trimStart().length;
    const k = raw.trim();
    if (k.length > 0) keys.push({ key: /^gd[0-9]+$/i.test(k) ? k.toUpperCase() : k.toLowerCase(), start: i + lead, end: i + lead + k.length });
    i = stop + 1;
  }
  return keys.length > 0 ? { global, keys } : undefined;
}

function skipBlanks(s: string, pos: number): number {
  while (pos < s.length && (s[pos] === ' ' || s[pos] === '\t')) pos++;
  return pos;
}

/** A comment line: its text after `#`, and where that text starts in the file. */
export interface CommentLine {
  /** 0-based line. */
  line: number;
  content: string;
  start: number;
}

/**
 * Every comment line as BuildKit reads them. dockerfile-ast also takes a comment at the top of the
 * file that holds an `=` for a parser directive (`# golint-docker global ignore=GD013`), where
 * BuildKit only takes `# name=value` with a one-word name: such lines are comments here.
 */
export function commentLines(file: SourceFile): CommentLine[] {
  const out: CommentLine[] = [];
  for (const d of file.dockerfile.getDirectives()) {
    const span = spanOf(file, d.getRange());
    const text = file.text.slice(span.start, span.end);
    const hash = text.indexOf('#');
    const eq = text.indexOf('=');
    if (hash === -1 || eq === -1 || !/\s/.test(text.slice(hash + 1, eq).trim())) continue;
    out.push({ line: d.getRange().start.line, content: text.slice(hash + 1), start: span.start + hash + 1 });
  }
  for (const c of file.dockerfile.getComments()) {
    const range = c.getContentRange();
    if (range) out.push({ line: c.getRange().start.line, content: c.getContent(), start: spanOf(file, range).start });
    else out.push({ line: c.getRange().start.line, content: '', start: spanOf(file, c.getRange()).end });
  }
  return out;
}
