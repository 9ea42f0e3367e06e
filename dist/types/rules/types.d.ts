import type { SourceFile, Span } from '../parse/source';
import type { Model } from '../model/types';
export type Severity = 'error' | 'warning' | 'info';
export declare const SEVERITIES: readonly Severity[];
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
export declare const DEFAULT_RULE_OPTIONS: RuleOptions;
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
    config?: {
        yaml: string;
        options: Partial<RuleOptions>;
    };
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
export declare function defineRule<M extends string>(rule: Rule<M>): Rule<M>;
/** The message of a report, placeholders filled. Templates are split once, then reused. */
export declare function formatMessage(template: string, data: Readonly<Partial<Record<string, string>>> | undefined): string;
