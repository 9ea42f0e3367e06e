/**
 * Edits of a GoReleaser configuration, made on the text where its nodes are written: a list gets
 * a new first item in the style it is written in (block or flow), a build gets a new key at the
 * indentation of its keys, a string gets flags at its front (inside its quotes). The rest of the
 * file, comments included, stays byte for byte; nothing is ever reprinted. Nodes reached through
 * an alias or a merge key are shared with other places and are not edited.
 */
import type { ReleaseBuild, ReleaseConfig } from '../model/types';
import type { YamlMap, YamlPair, YamlScalar } from '../model/yaml-tree';
import type { Edit } from './types';

/** Set CGO_ENABLED=0 in the build's `env`. */
export function releaseEnvEdits(build: ReleaseBuild, entry: string): Edit[] | undefined {
  return addToBuildList(build, 'env', entry, build.env?.pair);
}

/** Add a flag (`-trimpath`) to the build's `flags`. */
export function releaseFlagEdits(build: ReleaseBuild, flag: string): Edit[] | undefined {
  return addToBuildList(build, 'flags', flag, build.flags?.pair);
}

/** Put linker flags (`-s -w`) at the front of the build's `ldflags`. */
export function releaseLdflagsEdits(build: ReleaseBuild, flags: string): Edit[] | undefined {
  const pair = build.ldflags?.pair;
  if (!pair?.value || pair.value.shared) return undefined;
  const text = build.config.file.text;
  const edit = pair.value.kind === 'scalar' ? prependToScalar(text, pair.value, flags) : pair.value.kind === 'seq' ? prependItem(text, pair, flags) : undefined;
  return edit && inFile(build.config, [edit]);
}

function addToBuildList(build: ReleaseBuild, key: string, item: string, pair: YamlPair | undefined): Edit[] | undefined {
  const text = build.config.file.text;
  let edit: Edit | undefined;
  if (pair) edit = pair.value?.kind === 'seq' && !pair.value.shared ? prependItem(text, pair, item) : undefined;
  else if (build.node) edit = build.node.shared ? undefined : addKey(text, build.node, key, item);
  else edit = addDefaultBuild(build.config, key, item);
  return edit && inFile(build.config, [edit]);
}

function inFile(config: ReleaseConfig, edits: Edit[]): Edit[] {
  return edits.map((e) => ({ ...e, file: config.file.path }));
}

/** A new first item of a list: `- item` on a line of its own in block style, `item, ` after `[` in flow style. */
function prependItem(text: string, pair: YamlPair, item: string): Edit | undefined {
  const seq = pair.value;
  if (seq?.kind !== 'seq') return undefined;
  if (seq.flow) {
    if (text[seq.start] !== '[') return undefined;
    return { start: seq.start + 1, end: seq.start + 1, text: seq.items.length > 0 ? `${item}, ` : item };
  }
  const first = seq.items[0];
  if (!first) return undefined;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const prefix = text.slice(lineStart, first.start);
  // The first item must start its line: `  - value`.
  if (!/^ *- +$/.test(prefix)) return undefined;
  return { start: lineStart, end: lineStart, text: `${prefix}${item}${eol(text)}` };
}

/** A new key with a one-item list, before the first key of a block map, at its indentation. */
function addKey(text: string, map: YamlMap, key: string, item: string): Edit | undefined {
  // Its own keys, not those a merge key (`<<: *defaults`) brings from elsewhere.
  const own = map.pairs.filter((p) => p.keyStart >= map.start && p.keyStart < map.end);
  if (map.flow || own.length === 0) return undefined;
  const first = own.reduce((a, b) => (b.keyStart < a.keyStart ? b : a));
  const column = first.keyStart - (text.lastIndexOf('\n', first.keyStart - 1) + 1);
  const nl = eol(text);
  return { start: first.keyStart, end: first.keyStart, text: `${key}:${nl}${' '.repeat(column + 2)}- ${item}${nl}${' '.repeat(column)}` };
}

/** A file without `builds` has one default build: write it, with the key, before the `dockers` entry. */
function addDefaultBuild(config: ReleaseConfig, key: string, item: string): Edit | undefined {
  const text = config.file.text;
  const at = config.root.pairs.find((p) => p.key === 'dockers' || p.key === 'dockers_v2');
  if (!at || config.root.flow) return undefined;
  const lineStart = text.lastIndexOf('\n', at.keyStart - 1) + 1;
  if (lineStart !== at.keyStart) return undefined;
  const nl = eol(text);
  return { start: lineStart, end: lineStart, text: `builds:${nl}  - ${key}:${nl}      - ${item}${nl}` };
}

/** Flags at the front of a string: inside its quotes, or before its first character. */
function prependToScalar(text: string, node: YamlScalar, flags: string): Edit | undefined {
  if (node.value === null) return undefined;
  const rest = node.value.trim() === '' ? '' : ' ';
  if (node.style === 'double' || node.style === 'single') return { start: node.start + 1, end: node.start + 1, text: flags + rest };
  if (node.style === 'plain') return { start: node.start, end: node.start, text: flags + rest };
  // A block scalar (`>-`): before the first character of its first line of content.
  const header = text.indexOf('\n', node.start);
  if (header === -1) return undefined;
  let k = header + 1;
  while (k < node.end && (text[k] === ' ' || text[k] === '\r' || text[k] === '\n')) k++;
  return k < node.end ? { start: k, end: k, text: flags + rest } : undefined;
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

