/**
 * The YAML reader, loaded the first time a YAML file is read (a GoReleaser configuration, a CI
 * workflow, a GitHub Action's metadata): a plain run's start-up does without the yaml package.
 */
import type { YamlMap, YamlNode, YamlPair } from './yaml-tree';
/** Read a YAML text (its first document); never throws. */
export declare function readYaml(text: string): {
    root?: YamlNode;
    error?: string;
};
/** The pair of a key of a map. */
export declare function pairOf(m: YamlMap, key: string): YamlPair | undefined;
/** The value of a key of a map. */
export declare function get(m: YamlMap, key: string): YamlNode | undefined;
/** A scalar's text; undefined for anything else, and for null. */
export declare function scalar(n: YamlNode | undefined): string | undefined;
/** A sequence of strings (or one string) as a list; undefined when absent or of another kind. */
export declare function strings(n: YamlNode | undefined): string[] | undefined;
