import { lintText } from '../../src/lint';
import { fixText } from '../../src/fix';
import { parseGoMod } from '../../src/model/gomod';
import type { ImageMirror } from '../../src/model/registries';
import type { Rule } from '../../src/rules/types';
import type { GivenOptions } from '../../src/rules/options';
import { memoryWorkspace } from '../../src/model/workspace';

export interface ValidCase {
  name?: string;
  code: string;
  /** go.mod text of the build context. */
  goMod?: string;
  /** Files of the build context (which is also the repository), by path: `{ 'go.sum': '', 'web/index.html': '' }`. */
  files?: Record<string, string>;
  /** Where the Dockerfile is in the repository (default `Dockerfile`); findings in other files are shown relative to it. */
  dockerfile?: string;
  /** Rule options (from the config file), and mirrors. */
  options?: GivenOptions;
  mirrors?: ImageMirror[];
}

export interface ExpectedError {
  messageId: string;
  /** The other file the finding is in (as shown), when it is not the Dockerfile. */
  file?: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Text the message must contain (why no fix is offered, for one). */
  message?: string;
  /** The finding's severity, checked when given (a rule may report some findings below its own). */
  severity?: 'error' | 'warning' | 'info';
  /** The title of the finding's fix; null: the finding has no fix. */
  fixTitle?: string | null;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** Text after `--fix` with this rule alone; null: no safe fix may change the text. Required when a safe fix applies. */
  output?: string | null;
  /** Text after `--fix --unsafe-fixes`; null: nothing more than `output`. Required when unsafe fixes change more. */
  unsafeOutput?: string | null;
  /** Other files after `--fix` (those it changes, by shown path). Required when a safe fix changes one. */
  outputFiles?: Record<string, string>;
  /** Other files after `--fix --unsafe-fixes`, when unsafe fixes change more of them. */
  unsafeOutputFiles?: Record<string, string>;
}

/**
 * ESLint's RuleTester, for golint-docker: each case is data. Valid cases must produce no finding;
 * invalid cases exactly the listed ones (position and message id); fixes must produce exactly
 * `output` / `unsafeOutput`, respect the rule's declared fixability, be idempotent, and leave no
 * fixable finding of the rule behind.
 */
export function ruleTester(
  rule: Rule,
  cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] },
  /** Options of every case that sets none of its own. */
  defaults: { options?: GivenOptions; mirrors?: ImageMirror[] } = {},
): void {
  const rules = [rule];
  const opts = (c: ValidCase) => ({
    rules,
    goMod: c.goMod === undefined ? undefined : { ...parseGoMod(c.goMod), hasGoSum: true },
    options: c.options ?? defaults.options,
    workspace: c.files ? memoryWorkspace(c.files, c.dockerfile) : undefined,
    mirrors: c.mirrors ?? defaults.mirrors,
  });
  const seen = new Set<string>();
  const key = (c: ValidCase) => c.code + (c.goMod ?? '') + JSON.stringify([c.options, c.mirrors, c.files, c.dockerfile]);
  const title = (c: ValidCase) => {
    // Unnamed cases are titled by what sets them apart from GOOD (or by their first lines).
    const lines = c.code.split(/\r?\n/).filter((l) => l.trim());
    const own = lines.filter((l) => !GOOD_LINES.has(l));
    const t = c.name ?? (own.length > 0 ? own : lines).slice(0, 2).join(' ⏎ ') + (own.length === 0 ? ' (GOOD)' : '');
    return t.length > 110 ? t.slice(0, 107) + '...' : t;
  };

  describe(`${rule.meta.code} ${rule.meta.name}`, () => {
    describe('valid', () => {
      for (const v of cases.valid) {
        const c = typeof v === 'string' ? { code: v } : v;
        it(title(c), () => {
          expect(seen.has(key(c))).toBe(false);
          seen.add(key(c));
          const result = lintText(c.code, opts(c));
          if (!result.ok) throw new Error(`not lintable: line ${result.error.line}: ${result.error.message}`);
          expect(result.findings.map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(title(c), () => {
          expect(seen.has(key(c))).toBe(false);
          seen.add(key(c));
          const result = lintText(c.code, opts(c));
          if (!result.ok) throw new Error(`not lintable: line ${result.error.line}: ${result.error.message}`);
          const got = result.findings.map((f, i) => {
            const want = c.errors[i];
            const row: Record<string, unknown> = { messageId: f.messageId, ...(f.file !== undefined ? { file: f.file } : {}), line: f.line, column: f.column };
            if (want?.endLine !== undefined) row.endLine = f.endLine;
            if (want?.endColumn !== undefined) row.endColumn = f.endColumn;
            if (want?.message !== undefined) row.message = f.message.includes(want.message) ? want.message : f.message;
            if (want?.severity !== undefined) row.severity = f.severity;
            if (want?.fixTitle !== undefined) row.fixTitle = f.fix?.title ?? null;
            return row;
          });
          expect(got).toEqual(c.errors);
          for (const f of result.findings) {
            expect(f.message).not.toMatch(/\{\{/);
            if (f.fix) {
              expect(rule.meta.fixable ?? []).toContain(f.fix.applicability);
            }
          }

          const safe = fixText(c.code, { ...opts(c), unsafe: false });
          const unsafe = fixText(c.code, { ...opts(c), unsafe: true });
          if (!safe.ok || !unsafe.ok) throw new Error('fixing failed');
          expect(safe.rejected).toEqual([]);
          expect(unsafe.rejected).toEqual([]);
          const changedFiles = (fixed: typeof safe) => (fixed.ok ? Object.fromEntries(fixed.files.map((f) => [f.path, f.output])) : {});
          if (c.output === undefined) {
            if (safe.changed) throw new Error(`the rule fixed the code; add output:\n${safe.output}`);
          } else if (c.output === null) {
            expect(safe.changed).toBe(false);
          } else {
            expect(c.output).not.toBe(c.code);
            expect(safe.output).toBe(c.output);
          }
          if (c.outputFiles === undefined && safe.files.length > 0) throw new Error(`the rule fixed other files; add outputFiles:\n${JSON.stringify(changedFiles(safe), null, 2)}`);
          expect(changedFiles(safe)).toEqual(c.outputFiles ?? {});
          const expectedUnsafe = c.unsafeOutput === undefined || c.unsafeOutput === null ? safe.output : c.unsafeOutput;
          if (c.unsafeOutput === undefined && unsafe.output !== safe.output) throw new Error(`unsafe fixes changed more; add unsafeOutput:\n${unsafe.output}`);
          expect(unsafe.output).toBe(expectedUnsafe);
          expect(changedFiles(unsafe)).toEqual(c.unsafeOutputFiles ?? c.outputFiles ?? {});

          for (const [fixed, unsafeMode] of [[safe, false], [unsafe, true]] as const) {
            if (!fixed.changed && fixed.files.length === 0) continue;
            // Idempotent, and nothing fixable of this rule is left; the other files as fixed.
            const files = { ...c.files };
            for (const f of fixed.files) files[f.repositoryPath] = f.output;
            const again = fixText(fixed.output, { ...opts({ ...c, files }), unsafe: unsafeMode });
            if (!again.ok) throw new Error('fixed output is not lintable');
            expect(again.output).toBe(fixed.output);
            expect(again.files).toEqual([]);
            const left = fixed.findings.filter((f) => f.fix && (unsafeMode || f.fix.applicability === 'safe'));
            expect(left.map((f) => f.message)).toEqual([]);
          }
        });
      }
    });
  });
}

const GOOD_LINES = new Set<string>();

/** A two-stage Go Dockerfile with every good practice; rules' cases vary one thing from it. */
export const GOOD = `FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;
for (const l of GOOD.split('\n')) GOOD_LINES.add(l);
