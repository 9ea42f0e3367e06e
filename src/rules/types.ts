import type { SourceFile, Span } from '../parse/source';
import type { Model } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export type Applicability = 'safe' | 'unsafe';

/** Replace text[start, end) by `text`; an empty span inserts, an empty text deletes. */
export interface Edit extends Span {
  text: string;
}

/** Edits that apply together or not at all. */
export interface Fix {
  /** What the fix does, imperative: "Add CGO_ENABLED=0 to the build". */
  title: string;
  applicability: Applicability;
  edits: Edit[];
}

export interface Report<M extends string = string> extends Span {
  messageId: M;
  /** This finding's severity, when it differs from the rule's (a case that works but is not ideal). */
  severity?: Severity;
  data?: Readonly<Partial<Record<string, string>>>;
  fix?: Fix;
}

/** Options every rule may read (from the config file and flags). */
export interface RuleOptions {
  /** Final image the fixes of GD003 use for static binaries. */
  staticImage: string;
  /** Final image the fixes of GD003 use when cgo stays on. */
  cgoImage: string;
  /** The registries images may come from (GD018); undefined: any. */
  trustedRegistries?: readonly string[];
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  staticImage: 'gcr.io/distroless/static-debian12:nonroot',
  cgoImage: 'gcr.io/distroless/base-debian12:nonroot',
};

export interface RuleContext {
  readonly file: SourceFile;
  readonly model: Model;
  readonly options: RuleOptions;
}

export interface RuleDocs {
  /** One sentence: what the rule finds. */
  summary: string;
  /** One paragraph: why it matters, with the failure a user would see. */
  why: string;
  /** A Dockerfile the rule reports. */
  bad: string;
  /** The same Dockerfile done right; the rule does not report it. */
  good: string;
  /** What the fix does and when it is safe, unsafe, or not offered. */
  fixSafety: string;
  /** go.mod of the examples' build context, for rules that read it. */
  goMod?: string;
  /** The configuration the examples assume, for rules that only run when configured. */
  config?: { yaml: string; options: Partial<RuleOptions> };
}

export interface RuleMeta<M extends string> {
  code: `GD${string}`;
  name: string;
  severity: Severity;
  /** The applicabilities this rule's fixes may have (per report); absent when it never fixes. */
  fixable?: readonly Applicability[];
  /** Tags shown in SARIF (e.g. "security", "size", "correctness"). */
  tags: string[];
  docs: RuleDocs;
  /** Message templates with `{{name}}` placeholders, one per messageId. */
  messages: Record<M, string>;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext): Iterable<Report<M>>;
}

export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** The message of a report, placeholders filled. Templates are split once, then reused. */
export function formatMessage(template: string, data: Readonly<Partial<Record<string, string>>> | undefined): string {
  let parts = TEMPLATES.get(template);
  if (!parts) {
    parts = splitTemplate(template);
    TEMPLATES.set(template, parts);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) out += i % 2 === 0 ? parts[i] : data?.[parts[i]] ?? `{{${parts[i]}}}`;
  return out;
}

const TEMPLATES = new Map<string, string[]>();

/** "a {{x}} b" -> ["a ", "x", " b"]: literal text at even indexes, placeholder names at odd ones. */
function splitTemplate(template: string): string[] {
  const parts: string[] = [];
  let pos = 0;
  for (;;) {
    const open = template.indexOf('{{', pos);
    const close = open === -1 ? -1 : template.indexOf('}}', open + 2);
    if (open === -1 || close === -1) {
      parts.push(template.slice(pos));
      return parts;
    }
    parts.push(template.slice(pos, open), template.slice(open + 2, close).trim());
    pos = close + 2;
  }
}
