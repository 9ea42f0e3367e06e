import type { Rule } from './types';
/** Every rule, in code order. Explicit, so that adding a rule is a reviewed change. */
export declare const RULES: readonly Rule[];
/** A rule by code ("GD003") or name ("final-not-minimal"). */
export declare function findRule(key: string): Rule | undefined;
