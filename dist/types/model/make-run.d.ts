/**
 * What `make [VAR=value] [target...]` runs: the recipe lines of the goals and of their
 * prerequisites (depth first, each target once), expanded with the rule's automatic and
 * target-specific variables, each with the environment its shell gets (the exported variables).
 */
import { type MakeValue, type Substitution } from './make-expand';
import type { Makefile, MakeRule, RecipeLine } from './makefile';
export interface RecipeRun {
    line: RecipeLine;
    target: string;
    /** The command the shell runs, make's references expanded (unknown parts kept as `$(...)`). */
    text: string;
    /** Offset in `line.file.text` of each character of `text`. */
    map: Int32Array;
    /** Where references were substituted: words made from part of one were not written as they read. */
    substitutions: Substitution[];
    /** The environment of the shell: the exported variables, expanded. */
    env: ReadonlyMap<string, MakeValue>;
}
/** The recipe lines `make goals...` runs, in order. No goal: the default goal. */
export declare function recipeRuns(mk: Makefile, goals: readonly string[]): RecipeRun[];
/** The rule that makes a target: its own, else the first pattern rule with a recipe that matches. */
export declare function findRule(mk: Makefile, target: string): {
    rule: MakeRule;
    stem: string;
} | undefined;
