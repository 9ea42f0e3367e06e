// Loaded only when a GoReleaser file exists: the yaml package is not part of a plain run's start-up.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Document, type Node } from 'yaml';

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
export function readYaml(text: string): { root?: YamlNode; error?: string } {
  try {
    const doc = parseDocument(text, { merge: true, uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length > 0) return { error: doc.errors[0].message.split('\n')[0] };
    const root = convert(doc, doc.contents as Node | null, false, 0);
    return root ? { root } : {};
  } catch (e) {
    return { error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
}

const MAX_DEPTH = 64;

function convert(doc: Document, node: Node | null | undefined, shared: boolean, depth: number): YamlNode | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  if (isAlias(node)) return convert(doc, node.resolve(doc) as Node | undefined, true, depth + 1);
  const [start, end] = node.range ?? [0, 0];
  const written = { start, end, ...(shared ? { shared: true } : {}) };
  if (isScalar(node)) return { kind: 'scalar', ...written, value: node.value === null || node.value === undefined ? null : String(node.value), style: scalarStyle(node.type) };
  if (isSeq(node)) return { kind: 'seq', ...written, flow: node.flow === true, items: node.items.map((i) => convert(doc, i as Node, shared, depth + 1)).filter((i): i is YamlNode => i !== undefined) };
  if (isMap(node)) {
    const pairs: YamlPair[] = [];
    const merged: YamlPair[] = [];
    for (const p of node.items) {
      if (!isPair(p)) continue;
      const key = p.key as Node | null;
      const value = convert(doc, p.value as Node | null, shared, depth + 1);
      if (isScalar(key) && typeof key.value === 'symbol') {
        // `<<: *defaults` (or a list of them): the aliased maps' pairs, under the map's own.
        const sources = value?.kind === 'seq' ? value.items : value ? [value] : [];
        for (const s of sources) if (s.kind === 'map') merged.push(...s.pairs.map((q) => ({ ...q, value: q.value && { ...q.value, shared: true } })));
        continue;
      }
      if (!isScalar(key) || !key.range) continue;
      pairs.push({ key: String(key.value), keyStart: key.range[0], keyEnd: key.range[1], value });
    }
    for (const m of merged) if (!pairs.some((p) => p.key === m.key)) pairs.push(m);
    return { kind: 'map', ...written, flow: node.flow === true, pairs };
  }
  return undefined;
}

function scalarStyle(type: Scalar['type']): YamlScalar['style'] {
  if (type === Scalar.QUOTE_DOUBLE) return 'double';
  if (type === Scalar.QUOTE_SINGLE) return 'single';
  if (type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL) return 'block';
  return 'plain';
}
