/**
 * golint-docker's library API: pure functions over text, no file system or network access.
 */
export { lintText, type LintOptions, type LintResult, type Finding, type FileError } from './lint';
export { RULES, findRule } from './rules';
export type { Rule, Report, Fix, Edit, Severity, Applicability } from './rules/types';
export type { OptionsSpec, OptionSpec, GivenOptions } from './rules/options';
export { fixText, type FixOptions, type FixResult } from './fix';
export { parseGoMod, type GoMod } from './model/gomod';
export { ruleDocMarkdown, rulesTableMarkdown, withRulesTable } from './docs';
export { parseConfig, configJsonSchema } from './config/schema';
export type { Config } from './config/types';
