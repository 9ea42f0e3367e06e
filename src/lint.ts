import { buildModel } from './model/build';
import type { GoMod } from './model/gomod';
import type { Workspace } from './model/workspace';
import type { ImageMirror } from './model/registries';
import type { Model, OtherFile } from './model/types';
import { dirname, normalize } from './model/paths';
import { createSourceFile, lineColumn, type SourceFile } from './parse/source';
import { structuralProblems } from './parse/structure';
import { RULES } from './rules';
import { noFixClause, reportMessage, type Fix, type Report, type Rule, type Severity } from './rules/types';
import { resolveOptions, type GivenOptions, type OptionsSpec, type OptionValues } from './rules/options';
import { collectSuppressions, isSuppressed } from './suppress';

export interface LintOptions {
  /** Path shown in findings and errors. */
  path?: string;
  /** go.mod of the build context, for the rules that compare Go versions. */
  goMod?: GoMod;
  /** The files around the Dockerfile (build context, repository); without it, what depends on them is unknown. */
  workspace?: Workspace;
  /** Rule codes or names to skip. */
  ignore?: readonly string[];
  /** Severity per rule code or name; "off" skips the rule. */
  severity?: Readonly<Record<string, Severity | 'off'>>;
  /** Rule options by configuration key (`finalImage`, `trustedRegistries`), from the config file and flags; each rule reads its own (its `meta.options`). */
  options?: GivenOptions;
  /** The rules to run (all by default). */
  rules?: readonly Rule[];
  /** Registries that mirror others, so that mirrored images are known (`mirrors` in the config file). */
  mirrors?: readonly ImageMirror[];
}

export interface Finding {
  code: string;
  rule: string;
  severity: Severity;
  messageId: string;
  message: string;
  /**
   * The file the finding is in, when it is not the Dockerfile: a Makefile, a build script or a
   * GoReleaser configuration, as its path is shown (beside the Dockerfile's: see {@link shownPath}).
   * Positions are into that file, and so are its fix's edits that name it.
   */
  file?: string;
  /** Offsets into the text without BOM. */
  start: number;
  end: number;
  /** 1-based; endColumn is exclusive (the column after the last character). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** Why no fix is offered, when the rule says (the message ends with it). */
  noFix?: string;
}

export interface FileError {
  line?: number;
  message: string;
}

/**
 * The most findings one file reports. A real Dockerfile has a few dozen at most; a generated or
 * hostile one could have hundreds of thousands, and each costs memory and output.
 */
export const MAX_FINDINGS = 1000;

/** A file other than the Dockerfile that findings or fixes are in. */
export interface OtherFileResult {
  /** Its path as shown (the `file` of findings and edits). */
  path: string;
  /** Its path in the repository. */
  repositoryPath: string;
  text: string;
}

export type LintResult =
  /** `truncated`: the file had more than {@link MAX_FINDINGS} findings; `findings` holds the first ones. */
  | { ok: true; file: SourceFile; model: Model; findings: Finding[]; others: OtherFileResult[]; truncated?: boolean }
  | { ok: false; file?: SourceFile; error: FileError };

/** Lint one Dockerfile's text. Pure: no I/O, never throws for any input. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  let file: SourceFile | undefined;
  try {
    file = createSourceFile(options.path ?? 'Dockerfile', text);
    const problems = structuralProblems(file);
    if (problems.length > 0) return { ok: false, file, error: problems[0] };
    return lintSource(file, options);
  } catch (e) {
    // A bug (or an input deeper than a recursion allows), not bad input: this file gets an error
    // that says where it happened, and the other files of the run are linted as usual.
    return { ok: false, file, error: { message: `internal error${e instanceof RuleError ? ` in rule ${e.rule}` : ''}: ${describeError(e)}` } };
  }
}

/** Lint an already parsed file that has no structural problems. Throws only on a bug (see lintText). */
export function lintSource(file: SourceFile, options: LintOptions = {}): LintResult {
  const model = buildModel(file, { goMod: options.goMod, mirrors: options.mirrors, workspace: options.workspace });
  let capped = false;
  const runner = ruleRunner(file, options);
  const run = (m: Model) => {
    const r = runner(m);
    capped ||= r.capped;
    return r.findings;
  };
  const findings = run(model);
  if (model.platformVariants) for (const f of platformFindings(file, options, model.platformVariants, findings, run)) findings.push(f);
  findings.sort(byPlace);
  // A rule that reached the cap stopped there (see ruleRunner): the file's findings are cut too.
  if (capped || findings.length > MAX_FINDINGS) {
    findings.length = Math.min(findings.length, MAX_FINDINGS);
    return { ok: true, file, model, findings, others: othersOf(file, model, findings), truncated: true };
  }
  return { ok: true, file, model, findings, others: othersOf(file, model, findings) };
}

/** The Dockerfile's findings first, then each other file's, each in the order of the text. */
function byPlace(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file === undefined ? -1 : b.file === undefined ? 1 : a.file < b.file ? -1 : 1;
  return a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || a.end - b.end;
}

/** The other files the findings and their fixes are in. */
function othersOf(file: SourceFile, model: Model, findings: readonly Finding[]): OtherFileResult[] {
  const wanted = new Set<string>();
  for (const f of findings) {
    if (f.file !== undefined) wanted.add(f.file);
    for (const e of f.fix?.edits ?? []) if (e.file !== undefined) wanted.add(e.file);
  }
  if (wanted.size === 0) return [];
  const out: OtherFileResult[] = [];
  for (const other of otherFiles(model)) {
    const shown = shownPath(file.path, model.workspace?.dockerfilePath, other.path);
    if (wanted.has(shown) && !out.some((o) => o.path === shown)) out.push({ path: shown, repositoryPath: other.path, text: other.text });
  }
  return out;
}

/** Every file other than the Dockerfile that the model read for its builds. */
function otherFiles(model: Model): OtherFile[] {
  const files: OtherFile[] = [];
  for (const b of [...model.goBuilds, ...model.hostBuilds.flatMap((h) => (h.command ? [h.command] : []))]) {
    if (b.file) files.push(b.file);
    for (const m of b.cgoMistakes) if (m.file) files.push(m.file);
  }
  for (const b of model.hostBuilds) files.push(b.file);
  return files;
}

/**
 * How a file of the repository is shown, given how the Dockerfile is: the same way (relative to
 * the working directory, or absolute), so that `app/Dockerfile` and the repository's
 * `.goreleaser.yaml` read `app/Dockerfile` and `.goreleaser.yaml`.
 */
export function shownPath(dockerfileShown: string, dockerfileInRepository: string | undefined, repositoryPath: string): string {
  if (dockerfileInRepository === undefined) return repositoryPath;
  const up = dirname(dockerfileInRepository);
  const fromDockerfile = relativePath(up === '.' ? '' : up, repositoryPath);
  const shownDir = dockerfileShown.includes('/') ? dockerfileShown.slice(0, dockerfileShown.lastIndexOf('/')) : '';
  if (shownDir === '') return fromDockerfile;
  const joined = normalize(`${shownDir}/${fromDockerfile}`);
  return joined;
}

/** `to` relative to the folder `from` (both '/'-separated paths in one tree, '' for its root). */
function relativePath(from: string, to: string): string {
  const a = from === '' ? [] : from.split('/');
  const b = to.split('/');
  let k = 0;
  while (k < a.length && k < b.length - 1 && a[k] === b[k]) k++;
  return [...a.slice(k).map(() => '..'), ...b.slice(k)].join('/');
}

/** An exception thrown by a rule's check, with the rule it came from. */
class RuleError extends Error {
  constructor(
    readonly rule: string,
    override readonly cause: unknown,
  ) {
    super(describeError(cause));
  }
}

function describeError(e: unknown): string {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'the file nests too deeply to analyse';
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0].slice(0, 200);
}

/** Runs the rules on a model of the file: suppressions, ignored rules and severities applied. */
function ruleRunner(file: SourceFile, options: LintOptions): (model: Model) => { findings: Finding[]; capped: boolean } {
  const suppressions = collectSuppressions(file);
  const ignored = new Set((options.ignore ?? []).map(normalizeKey));
  const severity = new Map(Object.entries(options.severity ?? {}).map(([k, v]) => [normalizeKey(k), v]));
  return (model) => {
    const findings: Finding[] = [];
    let capped = false;
    for (const rule of options.rules ?? RULES) {
      const { code, name } = rule.meta;
      if (ignored.has(code) || ignored.has(name)) continue;
      // A configured severity is the user's word for every finding of the rule; otherwise a report
      // may state its own (a case that works but is not ideal), else the rule's.
      const configured = severity.get(code) ?? severity.get(name);
      if (configured === 'off') continue;
      let seen: Set<string> | undefined;
      let reports: Iterable<Report>;
      try {
        reports = rule.check({ file, model, options: optionsOf(rule, options), ruleKeys: RULE_KEYS });
      } catch (e) {
        throw new RuleError(`${code} (${name})`, e);
      }
      let kept = 0;
      for (const report of guarded(reports, `${code} (${name})`)) {
        if (kept === MAX_FINDINGS) {
          capped = true;
          break;
        }
        if (isSuppressed(suppressions, code, name, report.file ? report.anchor ?? -1 : report.start)) continue;
        const shown = report.file ? shownPath(file.path, model.workspace?.dockerfilePath, report.file.path) : undefined;
        // One place reported twice (an ENV seen by two builds) is one finding.
        const key = `${report.messageId}:${shown ?? ''}:${report.start}:${report.end}`;
        seen ??= new Set();
        if (seen.has(key)) continue;
        seen.add(key);
        const text = report.file ?? file;
        const start = lineColumn(text, report.start);
        const end = lineColumn(text, report.end);
        findings.push({
          code,
          rule: name,
          severity: configured ?? report.severity ?? rule.meta.severity,
          messageId: report.messageId,
          message: reportMessage(rule.meta.messages[report.messageId], report),
          ...(shown !== undefined ? { file: shown } : {}),
          start: report.start,
          end: report.end,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          fix: report.fix && shownEdits(report.fix, file.path, model.workspace?.dockerfilePath),
          ...(report.fix === undefined && report.noFix ? { noFix: report.noFix } : {}),
        });
        kept++;
      }
    }
    return { findings, capped };
  };
}

/** A rule's reports, read one at a time; an exception while producing them names the rule. */
function* guarded(reports: Iterable<Report>, rule: string): Generator<Report> {
  const it = reports[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<Report>;
    try {
      next = it.next();
    } catch (e) {
      throw new RuleError(rule, e);
    }
    if (next.done) return;
    yield next.value;
  }
}

/** A fix whose edits name other files by their repository paths, with those paths as shown. */
function shownEdits(fix: Fix, dockerfileShown: string, dockerfileInRepository: string | undefined): Fix {
  if (!fix.edits.some((e) => e.file !== undefined)) return fix;
  return { ...fix, edits: fix.edits.map((e) => (e.file === undefined ? e : { ...e, file: shownPath(dockerfileShown, dockerfileInRepository, e.file) })) };
}

/**
 * `FROM runtime-$TARGETARCH` with candidates that differ (a :nonroot image for one platform, a
 * root one for another): the model of every platform at once cannot tell, so each platform is
 * linted on its own, and what only some platforms have is reported once, saying which
 * ("... (when TARGETARCH=arm64)"). These findings carry no fix: an edit right for one platform's
 * stage may be wrong for the others'.
 */
function platformFindings(
  file: SourceFile,
  options: LintOptions,
  variants: ReadonlyArray<Record<string, string>>,
  found: readonly Finding[],
  run: (model: Model) => Finding[],
): Finding[] {
  const place = (f: Finding) => `${f.code}:${f.messageId}:${f.start}:${f.end}`;
  const known = new Set(found.map(place));
  const extra = new Map<string, { finding: Finding; name: string; values: string[] }>();
  for (const platform of variants) {
    const [name, value] = Object.entries(platform)[0];
    for (const f of run(buildModel(file, { goMod: options.goMod, mirrors: options.mirrors, workspace: options.workspace, platform }))) {
      if (known.has(place(f))) continue;
      const key = `${place(f)}:${f.message}`;
      const seen = extra.get(key);
      if (seen) seen.values.push(value);
      else extra.set(key, { finding: f, name, values: [value] });
    }
  }
  return [...extra.values()].map(({ finding, name, values }) => {
    // Why one platform's model offers no fix is not why this finding has none: it is per platform.
    const message = finding.noFix ? finding.message.slice(0, finding.message.length - noFixClause(finding.noFix).length) : finding.message;
    return { ...finding, message: values.length === variants.length ? message : `${message} (when ${name}=${values.join(' or ')})`, fix: undefined, noFix: undefined };
  });
}

/**
 * A rule's options, defaults applied (the images the fixes write come through the user's mirror
 * when it mirrors their registry). Resolved once per rule and configuration, not per file.
 */
function optionsOf(rule: Rule, options: LintOptions): OptionValues<OptionsSpec> {
  if (!rule.meta.options) return NO_OPTIONS;
  const last = RESOLVED.get(rule);
  if (last && last.given === options.options && last.mirrors === options.mirrors) return last.value;
  const value = resolveOptions(rule.meta.options, options.options, options.mirrors) as OptionValues<OptionsSpec>;
  RESOLVED.set(rule, { given: options.options, mirrors: options.mirrors, value });
  return value;
}

/** Codes and names of every rule (not only those run): what a suppression comment may name. */
const RULE_KEYS: ReadonlySet<string> = new Set(RULES.flatMap((r) => [r.meta.code, r.meta.name]));

const NO_OPTIONS = Object.freeze({}) as OptionValues<OptionsSpec>;
/** The last resolution of each rule's options: one configuration serves many files. */
const RESOLVED = new WeakMap<Rule, { given?: GivenOptions; mirrors?: readonly ImageMirror[]; value: OptionValues<OptionsSpec> }>();

/** Codes compare upper-case, names lower-case. */
export function normalizeKey(key: string): string {
  return /^gd[0-9]+$/i.test(key) ? key.toUpperCase() : key.toLowerCase();
}
