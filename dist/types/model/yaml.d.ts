/**
 * The YAML reader, loaded the first time a YAML file is read (a GoReleaser configuration, a CI
 * workflow, a GitHub Action's metadata): a plain run's start-up does without the yaml package.
 */
import type { YamlNode } from './yaml-tree';
/** Read a YAML text (its first document); never throws. */
export declare function readYaml(text: string): {
    root?: YamlNode;
    error?: string;
};
