/**
 * The YAML reader, loaded the first time a YAML file is read (a GoReleaser configuration, a CI
 * workflow, a GitHub Action's metadata): a plain run's start-up does without the yaml package.
 */
import type { YamlMap, YamlNode, YamlPair } from './yaml-tree';

type YamlModule = typeof import('./yaml-tree');
let yamlModule: YamlModule | undefined;

/** Read a YAML text (its first document); never throws. */
export function readYaml(text: string): { root?: YamlNode; error?: string } {
  yamlModule ??= require('./yaml-tree') as YamlModule;
  return yamlModule.readYaml(text);
}

/** The pair of a key of a map. */
export function pairOf(m: YamlMap, key: string): YamlPair | undefined {
  return m.pairs.find((p) => p.key === key);
}

/** The value of a key of a map. */
export function get(m: YamlMap, key: string): YamlNode | undefined {
  return pairOf(m, key)?.value;
}

/** A scalar's text; undefined for anything else, and for null. */
export function scalar(n: YamlNode | undefined): string | undefined {
  return n?.kind === 'scalar' && n.value !== null ? n.value : undefined;
}

/** A sequence of strings (or one string) as a list; undefined when absent or of another kind. */
export function strings(n: YamlNode | undefined): string[] | undefined {
  if (!n) return undefined;
  if (n.kind === 'scalar') return n.value === null ? undefined : [n.value];
  if (n.kind !== 'seq') return undefined;
  return n.items.flatMap((i) => (i.kind === 'scalar' && i.value !== null ? [i.value] : []));
}
