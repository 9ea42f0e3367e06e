import type { SourceFile, Span } from '../parse/source';
import type { Model, OtherFile } from '../model/types';
import type { Applicability, Fix } from '../edits/types';
import type { GivenOptions, OptionsSpec, OptionValues } from './options';
export type { Applicability, Edit, Fix } from '../edits/types';
export type Severity = 'error' | 'warning' | 'info';
export declare const SEVERITIES: readonly Severity[];
export interface Report<M extends string = string> extends Span {
    messageId: M;
    /** The file the finding is in, when it is not the Dockerfile (its span is into that file's text). */
    file?: OtherFile;
    /**
     * With `file`: the offset in the Dockerfile of what leads there (the RUN that runs the Makefile,
     * the COPY of the binary), where an inline suppression comment applies.
     */
    anchor?: number;
    /** This finding's severity, when it differs from the rule's (a case that works but is not ideal). */
    severity?: Severity;
    data?: Readonly<Partial<Record<string, string>>>;
    fix?: Fix;
    /**
     * Why the fix the rule has for such findings is not offered here (a precondition it cannot see
     * or that does not hold), as a clause: "the build context cannot be seen". Appended to the
     * message, so that a user knows what to change or check by hand.
     */
    noFix?: string;
}
/** The message of a finding: the rule's template filled, and why no fix is offered when it is not. */
export declare function reportMessage(template: string, report: Pick<Report, 'data' | 'fix' | 'noFix'>): string;
/** What a message ends with when no fix is offered for the reason given. */
export declare function noFixClause(reason: string): string;
export interface RuleContext<O = Readonly<Record<string, unknown>>> {
    readonly file: SourceFile;
    readonly model: Model;
    /** The rule's own options (its `meta.options`), defaults applied. */
    readonly options: O;
    /** Every rule's code and name, as suppression comments may name them. */
    readonly ruleKeys?: ReadonlySet<string>;
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
    /** The configuration the examples assume, for rules that only run when configured: the file's text and its values. */
    config?: {
        yaml: string;
        options: GivenOptions;
    };
}
/** The options of a rule that has none. */
export type EmptySpec = {};
/** How often a finding of the rule is right, as GitHub code scanning shows it (SARIF `precision`). */
export type Precision = 'very-high' | 'high' | 'medium' | 'low';
export interface RuleMeta<M extends string, S extends OptionsSpec = EmptySpec> {
    code: `GD${string}`;
    name: string;
    severity: Severity;
    /** The applicabilities this rule's fixes may have (per report); absent when it never fixes. */
    fixable?: readonly Applicability[];
    /** Tags shown in SARIF (e.g. "security", "size", "correctness"). */
    tags: string[];
    /** SARIF `precision`; very-high when absent. */
    precision?: Precision;
    /**
     * SARIF `security-severity` (a CVSS-like score from 0.1 to 10), by which GitHub code scanning
     * ranks security alerts; only rules whose findings are security weaknesses have one.
     */
    securitySeverity?: number;
    /** The configuration keys the rule reads, with their defaults (see options.ts). */
    options?: S;
    docs: RuleDocs;
    /** Message templates with `{{name}}` placeholders, one per messageId. */
    messages: Record<M, string>;
}
export interface Rule<M extends string = string, S extends OptionsSpec = OptionsSpec> {
    meta: RuleMeta<M, S>;
    check(ctx: RuleContext<OptionValues<S>>): Iterable<Report<M>>;
}
/** A rule, typed: its message ids, and its options when it declares any. */
export declare function defineRule<M extends string, S extends OptionsSpec = EmptySpec>(rule: Rule<M, S>): Rule<M, S>;
/** The message of a report, placeholders filled. Templates are split once, then reused. */
export declare function formatMessage(template: string, data: Readonly<Partial<Record<string, string>>> | undefined): string;
