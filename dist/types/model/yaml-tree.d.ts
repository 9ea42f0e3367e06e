/**
 * A YAML document as the GoReleaser reader needs it: plain nodes with the offsets where they are
 * written, so that fixes edit the text in place and never reprint it. Nodes reached through an
 * alias or a merge key (`<<: *defaults`) are marked `shared`: they are written once for several
 * places, and a fix for one place must not edit them.
 */
export type YamlNode = YamlMap | YamlSeq | YamlScalar;
interface Written {
    /** Offsets of the node as written: from its first character to the end of its value. */
    start: number;
    end: number;
    /** Reached through an alias or a merge key. */
    shared?: boolean;
}
export interface YamlMap extends Written {
    kind: 'map';
    flow: boolean;
    pairs: YamlPair[];
}
export interface YamlSeq extends Written {
    kind: 'seq';
    flow: boolean;
    items: YamlNode[];
}
export interface YamlScalar extends Written {
    kind: 'scalar';
    /** The value as a string (numbers and booleans as written), null for a null. */
    value: string | null;
    style: 'plain' | 'single' | 'double' | 'block';
}
export interface YamlPair {
    key: string;
    keyStart: number;
    keyEnd: number;
    value: YamlNode | undefined;
}
/** Read a YAML text; its first document's root, or the first error. Never throws. */
export declare function readYaml(text: string): {
    root?: YamlNode;
    error?: string;
};
export {};
