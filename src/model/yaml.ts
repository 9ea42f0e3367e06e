/**
 * The YAML reader, loaded the first time a YAML file is read (a GoReleaser configuration, a CI
 * workflow, a GitHub Action's metadata): a plain run's start-up does without the yaml package.
 */
import type { YamlNode } from './yaml-tree';

type YamlModule = typeof import('./yaml-tree');
let yamlModule: YamlModule | undefined;

/** Read a YAML text (its first document); never throws. */
export function readYaml(text: string): { root?: YamlNode; error?: string } {
  yamlModule ??= require('./yaml-tree') as YamlModule;
  return yamlModule.readYaml(text);
}
