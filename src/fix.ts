import { lintText, type FileError, type Finding, type LintOptions, type LintResult, type OtherFileResult } from './lint';
import { restoreBom } from './parse/source';
import { withTexts } from './model/workspace';
import type { Edit, Fix } from './edits/types';
import { pushTo } from './parse/maps';

/** ESLint's bound: a fix that needs more passes than this is cycling. */
export const MAX_FIX_PASSES = 10;

export interface FixOptions extends LintOptions {
  /** Also apply fixes marked unsafe. */
  unsafe?: boolean;
  /** Apply only fixes that edit the Dockerfile alone (its text goes to standard output; no other file is written). */
  dockerfileOnly?: boolean;
}

export interface AppliedFix {
  code: string;
  rule: string;
  title: string;
  /** For a rejected fix: why ("it would leave the file unparseable", "it would add GD014 ..."). */
  reason?: string;
}

/** Another file a fix changed: a Makefile, a build script, a GoReleaser configuration. */
export interface FixedFile {
  /** Its path as shown (see Finding.file). */
  path: string;
  /** Its path in the repository. */
  repositoryPath: string;
  original: string;
  output: string;
}

export type FixResult =
  | {
      ok: true;
      /** The fixed text, BOM restored; equal to the input when nothing was fixed. */
      output: string;
      changed: boolean;
      /** The other files the fixes changed, with their new texts. */
      files: FixedFile[];
      /** The other files the findings left are in, with their texts. */
      others: OtherFileResult[];
      applied: AppliedFix[];
      /** Findings left in the output (linted once more after the last pass). */
      findings: Finding[];
      /** More findings are left than a file reports (see MAX_FINDINGS); `findings` holds the first ones. */
      truncated?: boolean;
      /** Fixes dropped because they broke a file's structure or added an error-severity finding. */
      rejected: AppliedFix[];
      passes: number;
    }
  | { ok: false; error: FileError };

/** The texts a pass works on: the Dockerfile's and the other files' (by their shown paths). */
interface Texts {
  dockerfile: string;
  others: Map<string, string>;
}

/**
 * Fix a Dockerfile (and the other files its findings are in): lint, apply the non-overlapping
 * fixes, parse again, repeat until nothing is left to fix (at most {@link MAX_FIX_PASSES} passes,
 * stopping on a cycle), then lint once more. A file that cannot be linted is never changed. Pure.
 */
export function fixText(text: string, options: FixOptions = {}): FixResult {
  const first = lintText(text, options);
  if (!first.ok) return { ok: false, error: first.error };
  let result: LintResult & { ok: true } = first;
  const bom = result.file.bom;
  const loop = new FixLoop(options, result);
  let current: Texts = { dockerfile: result.file.text, others: new Map() };
  let previous: Texts | undefined;
  const applied: AppliedFix[] = [];
  const rejected: AppliedFix[] = [];
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const candidates = result.findings.filter(
      (f) =>
        f.fix &&
        (f.fix.applicability === 'safe' || options.unsafe) &&
        !(options.dockerfileOnly && f.fix.edits.some((e) => e.file !== undefined)) &&
        !rejected.some((r) => r.code === f.code && r.title === f.fix?.title),
    );
    if (candidates.length === 0) break;
    const pass = loop.pass(current, result.findings, candidates, rejected);
    if (!pass) break;
    passes++;
    if (sameTexts(pass.texts, current)) break;
    if (previous && sameTexts(pass.texts, previous)) break; // A fix undoing another: stop before it cycles.
    for (const f of pass.applied) applied.push(describe(f));
    previous = current;
    current = pass.texts;
    result = pass.result;
  }
  // `result` is always the lint of `current` (they are set together above), so the findings left
  // are its findings: linting the fixed text once more would find the same.
  const final = result;
  return {
    ok: true,
    output: restoreBom({ bom }, current.dockerfile),
    changed: current.dockerfile !== loop.original,
    files: loop.changedFiles(current),
    others: final.others,
    applied,
    findings: final.findings,
    ...(final.truncated ? { truncated: true } : {}),
    rejected,
    passes,
  };
}

/** The state of one fix run: the original texts, and the other files met along the way. */
class FixLoop {
  readonly original: string;
  /** Other files by shown path: their repository paths and original texts. */
  private readonly files = new Map<string, { repositoryPath: string; original: string }>();

  constructor(
    private readonly options: FixOptions,
    first: LintResult & { ok: true },
  ) {
    this.original = first.file.text;
    this.learn(first);
  }

  private learn(result: LintResult): void {
    if (!result.ok) return;
    for (const o of result.others) if (!this.files.has(o.path)) this.files.set(o.path, { repositoryPath: o.repositoryPath, original: o.text });
  }

  originals(): Texts {
    return { dockerfile: this.original, others: new Map() };
  }

  /** Lint the Dockerfile's text with the workspace showing the other files' current texts. */
  lint(texts: Texts): LintResult {
    const byRepository = new Map<string, string>();
    for (const [shown, text] of texts.others) {
      const f = this.files.get(shown);
      if (f) byRepository.set(f.repositoryPath, text);
    }
    const ws = this.options.workspace;
    const result = lintText(texts.dockerfile, ws && byRepository.size > 0 ? { ...this.options, workspace: withTexts(ws, byRepository) } : this.options);
    this.learn(result);
    return result;
  }

  /**
   * One pass. When it leaves a file worse (unparseable, or with an error-severity finding that was
   * not there), the fixes that are fine on their own are kept and the others named. Undefined
   * when nothing is left to apply.
   */
  pass(current: Texts, before: readonly Finding[], candidates: Finding[], rejected: AppliedFix[]): { texts: Texts; applied: Finding[]; result: LintResult & { ok: true } } | undefined {
    const all = applyAll(current, candidates, this.files);
    const linted = this.lint(all.texts);
    if (linted.ok && this.worse(before, all.texts, linted) === undefined) return { ...all, result: linted };
    let texts = current;
    let base = before;
    const kept: Finding[] = [];
    for (const f of all.applied) {
      const alone = applyAll(texts, [f], this.files);
      const check = this.lint(alone.texts);
      const reason = this.worse(base, alone.texts, check);
      if (check.ok && reason === undefined) {
        texts = alone.texts;
        base = check.findings;
        kept.push(f);
      } else rejected.push({ ...describe(f), reason });
    }
    const result = this.lint(texts);
    if (!result.ok || kept.length === 0) return undefined;
    return { texts, applied: kept, result };
  }

  /**
   * Why fixed texts are worse than the findings before them: the Dockerfile cannot be linted, an
   * edited file can no longer be read (a GoReleaser file that is no longer YAML), or an
   * error-severity finding is there that was not. Undefined when they are not.
   */
  private worse(before: readonly Finding[], texts: Texts, after: LintResult): string | undefined {
    if (!after.ok) return 'it would leave the file unparseable';
    for (const shown of texts.others.keys()) {
      if (after.model.unreadable?.has(this.files.get(shown)?.repositoryPath ?? '')) return `it would leave ${shown} unreadable`;
    }
    const count = (list: readonly Finding[]) => {
      const m = new Map<string, number>();
      for (const f of list) if (f.severity === 'error') m.set(`${f.code}:${f.messageId}`, (m.get(`${f.code}:${f.messageId}`) ?? 0) + 1);
      return m;
    };
    const was = count(before);
    for (const [key, n] of count(after.findings)) {
      if (n > (was.get(key) ?? 0)) {
        const added = after.findings.find((f) => f.severity === 'error' && `${f.code}:${f.messageId}` === key);
        return `it would add an error: ${added?.code} (${added?.rule}) at line ${added?.line}`;
      }
    }
    return undefined;
  }

  changedFiles(current: Texts): FixedFile[] {
    const out: FixedFile[] = [];
    for (const [shown, output] of current.others) {
      const f = this.files.get(shown);
      if (f && output !== f.original) out.push({ path: shown, repositoryPath: f.repositoryPath, original: f.original, output });
    }
    return out;
  }
}

function sameTexts(a: Texts, b: Texts): boolean {
  if (a.dockerfile !== b.dockerfile) return false;
  const keys = new Set([...a.others.keys(), ...b.others.keys()]);
  for (const k of keys) if ((a.others.get(k) ?? null) !== (b.others.get(k) ?? null)) return false;
  return true;
}

function describe(f: Finding): AppliedFix {
  return { code: f.code, rule: f.rule, title: f.fix?.title ?? '' };
}

/** Apply fixes to the texts of every file they edit (see {@link applyFixes}). */
function applyAll(current: Texts, findings: readonly Finding[], files: ReadonlyMap<string, { original: string }>): { texts: Texts; applied: Finding[] } {
  const textOf = (file: string | undefined) => (file === undefined ? current.dockerfile : current.others.get(file) ?? files.get(file)?.original);
  const applied = chooseFixes(findings, textOf);
  const byFile = new Map<string | undefined, Edit[]>();
  for (const f of applied) for (const e of (f.fix as Fix).edits) pushTo(byFile, e.file, e);
  const texts: Texts = { dockerfile: current.dockerfile, others: new Map(current.others) };
  for (const [file, edits] of byFile) {
    const next = applyEdits(textOf(file) as string, edits);
    if (file === undefined) texts.dockerfile = next;
    else texts.others.set(file, next);
  }
  return { texts, applied };
}

/**
 * The fixes one pass applies, each whole or not at all; a fix that overlaps or touches one already
 * taken (in any file it edits) waits for the next pass (it stays a finding). The few fixes that
 * edit several files are taken first; then, file by file, the others in the order they start:
 * linear in the fixes, however many a file has.
 */
function chooseFixes(findings: readonly Finding[], textOf: (file: string | undefined) => string | undefined): Finding[] {
  const single: Array<{ f: Finding; file: string | undefined; start: number; end: number }> = [];
  const multi: Array<{ f: Finding; ranges: Map<string | undefined, { start: number; end: number }> }> = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0 || !editsValid(f.fix, textOf)) continue;
    const ranges = rangesByFile(f.fix.edits);
    if (ranges.size === 1) {
      const [[file, r]] = ranges;
      single.push({ f, file, ...r });
    } else multi.push({ f, ranges });
  }
  const applied: Finding[] = [];
  const taken = new Map<string | undefined, Array<{ start: number; end: number }>>();
  const overlaps = (file: string | undefined, r: { start: number; end: number }) => (taken.get(file) ?? []).some((t) => r.start <= t.end && t.start <= r.end);
  for (const { f, ranges } of multi) {
    if ([...ranges].some(([file, r]) => overlaps(file, r))) continue;
    for (const [file, r] of ranges) pushTo(taken, file, r);
    applied.push(f);
  }
  single.sort((a, b) => ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : a.start - b.start || a.end - b.end || a.f.code.localeCompare(b.f.code)));
  let file: string | undefined | null = null;
  let lastEnd = -1;
  for (const c of single) {
    if (c.file !== file) {
      file = c.file;
      lastEnd = -1;
    }
    if (c.start <= lastEnd || overlaps(c.file, c)) continue;
    lastEnd = c.end;
    applied.push(c.f);
  }
  return applied;
}

function rangesByFile(edits: readonly Edit[]): Map<string | undefined, { start: number; end: number }> {
  const out = new Map<string | undefined, { start: number; end: number }>();
  for (const e of edits) {
    const r = out.get(e.file);
    out.set(e.file, r ? { start: Math.min(r.start, e.start), end: Math.max(r.end, e.end) } : { start: e.start, end: e.end });
  }
  return out;
}

/** Apply non-overlapping edits of one text. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * One pass over the Dockerfile alone: fixes sorted by where they start, each applied whole or not
 * at all; a fix that overlaps or touches one already taken waits for the next pass.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: Finding[] } {
  const all = applyAll({ dockerfile: text, others: new Map() }, findings.filter((f) => !f.fix?.edits.some((e) => e.file !== undefined)), new Map());
  return { text: all.texts.dockerfile, applied: all.applied };
}

/** Edits inside their texts, each well-formed, none overlapping another of the same fix in the same file. */
function editsValid(fix: Fix, textOf: (file: string | undefined) => string | undefined): boolean {
  const edits = [...fix.edits].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.start - b.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    const text = textOf(e.file);
    if (text === undefined || e.start < 0 || e.end > text.length || e.start > e.end) return false;
    if (i > 0 && edits[i - 1].file === e.file && e.start < edits[i - 1].end) return false;
  }
  return true;
}
