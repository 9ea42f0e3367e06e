/**
 * What `make [VAR=value] [target...]` runs: the recipe lines of the goals and of their
 * prerequisites (depth first, each target once), expanded with the rule's automatic and
 * target-specific variables, each with the environment its shell gets (the exported variables).
 */
import { expandMapped, expandMake, patternStem, type ExpandScope, type MakeValue, type MakeVariable, type Substitution } from './make-expand';
import type { Makefile, MakeRule, RecipeLine, TargetVariable } from './makefile';

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

const MAX_TARGETS = 256;
const MAX_DEPTH = 32;

/** The recipe lines `make goals...` runs, in order. No goal: the default goal. */
export function recipeRuns(mk: Makefile, goals: readonly string[]): RecipeRun[] {
  const runs: RecipeRun[] = [];
  const done = new Set<string>();
  const visit = (target: string, inherited: readonly TargetVariable[], depth: number) => {
    if (done.has(target) || done.size >= MAX_TARGETS || depth > MAX_DEPTH) return;
    done.add(target);
    const found = findRule(mk, target);
    const own = [...inherited, ...targetVariables(mk, target)];
    if (!found) return;
    for (const p of found.rule.prerequisites) visit(p, own, depth + 1);
    if (found.rule.recipe.length === 0) return;
    const scope = ruleScope(mk, own, { '@': target, '<': found.rule.prerequisites[0] ?? '', '^': unique(found.rule.prerequisites), '+': found.rule.prerequisites.join(' '), '?': unique(found.rule.prerequisites), '*': found.stem, '|': '' });
    const env = exportedEnv(mk, scope, own);
    for (const line of found.rule.recipe) {
      const { value, map, substitutions } = expandMapped(line.text, line.offsets, scope);
      runs.push({ line, target, text: value.value, map, substitutions, env });
    }
  };
  const list = goals.length > 0 ? goals : mk.defaultGoal !== undefined ? [mk.defaultGoal] : [];
  for (const g of list) visit(g, [], 0);
  return runs;
}

/** The rule that makes a target: its own, else the first pattern rule with a recipe that matches. */
export function findRule(mk: Makefile, target: string): { rule: MakeRule; stem: string } | undefined {
  const rule = mk.rules.get(target);
  if (rule && rule.recipe.length > 0) return { rule, stem: '' };
  for (const p of mk.patternRules) {
    if (p.recipe.length === 0) continue;
    const stem = patternStem(p.targets[0], target);
    if (stem === undefined) continue;
    const prerequisites = p.prerequisites.map((x) => x.replace('%', stem));
    return { rule: { ...p, prerequisites: rule ? [...rule.prerequisites, ...prerequisites] : prerequisites }, stem };
  }
  return rule ? { rule, stem: '' } : undefined;
}

/** Target-specific variables of a target: its own and those of the patterns it matches. */
function targetVariables(mk: Makefile, target: string): TargetVariable[] {
  const out: TargetVariable[] = [];
  for (const [t, vars] of mk.targetVars) if (t === target || (t.includes('%') && patternStem(t, target) !== undefined)) out.push(...vars);
  return out;
}

/** The variables as a rule's recipe sees them: the file's, then its target-specific ones, then the automatic ones. */
function ruleScope(mk: Makefile, own: readonly TargetVariable[], automatic: Record<string, string>): ExpandScope {
  const local = new Map<string, MakeVariable>();
  const base: ExpandScope = { lookup: (name) => local.get(name) ?? mk.vars.get(name), automatic };
  for (const v of own) {
    const old = local.get(v.name) ?? mk.vars.get(v.name);
    if (old?.origin === 'command line') continue;
    if (v.op === '?=' && old && old.origin !== 'default') continue;
    if (v.op === ':=' || v.op === '::=') {
      const value = expandMake(v.text, base);
      local.set(v.name, { flavor: 'simple', text: value.value, known: value.known, origin: 'file' });
    } else if (v.op === '+=' && old) {
      local.set(v.name, old.flavor === 'simple' ? { ...old, text: `${old.text} ${expandMake(v.text, base).value}` } : { ...old, text: `${old.text} ${v.text}` });
    } else {
      local.set(v.name, { flavor: 'recursive', text: v.text, known: true, origin: 'file' });
    }
  }
  return base;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The environment make gives a recipe's shell: the variables it exports (`export`, the
 * environment's and the command line's, or all with `.EXPORT_ALL_VARIABLES`), with their values.
 */
function exportedEnv(mk: Makefile, scope: ExpandScope, own: readonly TargetVariable[]): Map<string, MakeValue> {
  const env = new Map<string, MakeValue>();
  const names = new Set<string>([...mk.vars.keys(), ...mk.exports.keys(), ...own.map((v) => v.name)]);
  for (const name of names) {
    if (!NAME.test(name)) continue;
    const v = scope.lookup(name);
    if (!v || v.origin === 'default') continue;
    const said = own.some((t) => t.name === name && t.export) ? true : mk.exports.get(name);
    const exported = said ?? (mk.inherited.has(name) || mk.exportAll);
    if (!exported) continue;
    env.set(name, expandMake(`$(${name})`, scope));
  }
  return env;
}

function unique(list: readonly string[]): string {
  return [...new Set(list)].join(' ');
}
