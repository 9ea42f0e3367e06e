import { createHash } from 'crypto';
import type { Finding } from '../lint';

/**
 * A fingerprint that survives edits elsewhere in the file: the rule, the file and the finding's
 * line with blanks squeezed out, hashed, plus which occurrence of that same line and rule it is.
 * Moving the instruction keeps it; changing the instruction changes it. Shape: "<hex>:<n>".
 */
export function lineFingerprints(path: string, text: string | undefined, findings: readonly Finding[]): string[] {
  const lines = text === undefined ? [] : text.split(/\r\n|\n|\r/);
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const line = (lines[f.line - 1] ?? '').replace(/\s+/g, ' ').trim();
    const hash = createHash('sha256').update(`${f.code}\0${path}\0${line}`).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
