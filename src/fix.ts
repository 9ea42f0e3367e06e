import { lintText, type FileError, type Finding, type LintOptions, type LintResult } from './lint';
import { restoreBom } from './parse/source';
import type { Fix } from './edits/types';

/** ESLint's bound: a fix that needs more passes than this is cycling. */
export const MAX_FIX_PASSES = 10;

export interface FixOptions extends LintOptions {
  /** Also apply fixes marked unsafe. */
  unsafe?: boolean;
}

export interface AppliedFix {
  code: string;
  rule: string;
  title: string;
  /** For a rejected fix: why ("it would leave the file unparseable", "it would add GD014 ..."). */
  reason?: string;
}

export type FixResult =
  | {
      ok: true;
      /** The fixed text, BOM restored; equal to the input when nothing was fixed. */
      output: string;
      changed: boolean;
      applied: AppliedFix[];
      /** Findings left in the output (linted once more after the last pass). */
      findings: Finding[];
      /** More findings are left than a file reports (see MAX_FINDINGS); `findings` holds the first ones. */
      truncated?: boolean;
      /** Fixes dropped because they broke the file's structure or added an error-severity finding. */
      rejected: AppliedFix[];
      passes: number;
    }
  | { ok: false; error: FileError };

/**
 * Fix a Dockerfile: lint, apply the non-overlapping fixes, parse again, repeat until nothing is
 * left to fix (at most {@link MAX_FIX_PASSES} passes, stopping on a cycle), then lint once more.
 * A file that cannot be linted is never changed. Pure.
 */
export function fixText(text: string, options: FixOptions = {}): FixResult {
  let result = lintText(text, options);
  if (!result.ok) return { ok: false, error: result.error };
  const bom = result.file.bom;
  const original = result.file.text;
  let current = original;
  let previous: string | undefined;
  const applied: AppliedFix[] = [];
  const rejected: AppliedFix[] = [];
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const candidates = result.findings.filter((f) => f.fix && (f.fix.applicability === 'safe' || options.unsafe) && !rejected.some((r) => r.code === f.code && r.title === f.fix?.title));
    if (candidates.length === 0) break;
    let pass = applyFixes(current, candidates);
    let next = pass.text;
    let lintedNext = lintText(next, options);
    if (worse(result.findings, lintedNext) !== undefined) {
      // The pass broke the file, or added an error: keep the fixes that are fine on their own, and name the others.
      pass = salvage(current, result.findings, pass.applied, options, rejected);
      next = pass.text;
      lintedNext = lintText(next, options);
      if (pass.applied.length === 0) break;
    }
    if (!lintedNext.ok) break;
    passes++;
    if (next === current) break;
    if (next === previous) break; // A fix undoing another: stop before it cycles.
    for (const f of pass.applied) applied.push(describe(f));
    previous = current;
    current = next;
    result = lintedNext;
  }
  // `result` is always the lint of `current` (they are set together above), so the findings left
  // are its findings: linting the fixed text once more would find the same.
  const final = result;
  return { ok: true, output: restoreBom({ bom }, current), changed: current !== original, applied, findings: final.findings, ...(final.truncated ? { truncated: true } : {}), rejected, passes };
}

/** Apply `fixes` one at a time, keeping each that leaves the text no worse; the others go to `rejected`. */
function salvage(text: string, findings: readonly Finding[], fixes: readonly Finding[], options: FixOptions, rejected: AppliedFix[]): { text: string; applied: Finding[] } {
  let current = text;
  let base = findings;
  const kept: Finding[] = [];
  for (const f of fixes) {
    const alone = applyFixes(current, [f]);
    const check = lintText(alone.text, options);
    const reason = worse(base, check);
    if (check.ok && reason === undefined) {
      current = alone.text;
      base = check.findings;
      kept.push(f);
    } else rejected.push({ ...describe(f), reason });
  }
  return { text: current, applied: kept };
}

/**
 * Why a fixed text is worse than the findings before it: it cannot be linted (its structure is
 * broken), or it has an error-severity finding that was not there (more of some rule's errors).
 * Undefined when it is not.
 */
function worse(before: readonly Finding[], after: LintResult): string | undefined {
  if (!after.ok) return 'it would leave the file unparseable';
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

function describe(f: Finding): AppliedFix {
  return { code: f.code, rule: f.rule, title: f.fix?.title ?? '' };
}

/**
 * One pass: fixes sorted by where they start, each applied whole or not at all; a fix that
 * overlaps or touches one already taken waits for the next pass (it stays a finding).
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: Finding[] } {
  const withRange = findings
    .filter((f): f is Finding & { fix: Fix } => f.fix !== undefined && f.fix.edits.length > 0 && editsValid(f.fix, text.length))
    .map((f) => ({ f, start: f.fix.edits.reduce((m, e) => Math.min(m, e.start), Infinity), end: f.fix.edits.reduce((m, e) => Math.max(m, e.end), -Infinity) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.f.code.localeCompare(b.f.code));
  let out = '';
  let pos = 0;
  let lastEnd = -1;
  const applied: Finding[] = [];
  for (const { f, start, end } of withRange) {
    if (start <= lastEnd) continue;
    for (const e of [...f.fix.edits].sort((a, b) => a.start - b.start)) {
      out += text.slice(pos, e.start) + e.text;
      pos = e.end;
    }
    lastEnd = end;
    applied.push(f);
  }
  return { text: out + text.slice(pos), applied };
}

/** Edits inside the text, each well-formed, none overlapping another of the same fix. */
function editsValid(fix: Fix, length: number): boolean {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (e.start < 0 || e.end > length || e.start > e.end) return false;
    if (i > 0 && e.start < edits[i - 1].end) return false;
  }
  return true;
}
