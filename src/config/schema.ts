// Loaded only when a configuration file exists: zod and yaml are not part of a plain run's start-up.
import { z } from 'zod';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import { RULES, findRule } from '../rules';
import { FORMATS, type OptionSpec, type ValueFormat } from '../rules/options';
import { BASE_OPTIONS } from './spec';
import { nearestName } from '../model/edit-distance';
import type { Config, ConfigResult } from './types';

/** A string of the spec's format (rule keys checked against the registry), one of its values if it lists them. */
function stringSchema(spec: { format?: ValueFormat; values?: readonly string[] }): z.ZodType<string> {
  if (spec.values) return z.enum(spec.values as [string, ...string[]]);
  if (spec.format === 'rule') return z.string().refine((k) => findRule(k) !== undefined, { message: 'rule' });
  const format = spec.format ? FORMATS[spec.format] : undefined;
  return format ? z.string().min(1).refine(format.check, { message: format.expected }) : z.string().min(1);
}

/** "a registry or a list of registries" */
function listNoun(format: ValueFormat | undefined): string {
  const noun = format ? FORMATS[format].noun : 'string';
  return `a ${noun} or a list of ${noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}

function optionSchema(spec: OptionSpec): z.ZodType {
  switch (spec.type) {
    case 'string':
      return stringSchema(spec).optional().describe(spec.description + (spec.default ? ` (default ${spec.default})` : ''));
    case 'list':
      return z.union([z.array(stringSchema(spec)), stringSchema(spec)], { message: listNoun(spec.format) }).optional().describe(spec.description);
    case 'map':
      return z.record(stringSchema(spec.key), stringSchema(spec.value)).optional().describe(spec.description);
    case 'object': {
      const shape: Record<string, z.ZodType> = {};
      for (const [key, p] of Object.entries(spec.properties)) shape[key] = optionSchema(p);
      return z.strictObject(shape).optional().describe(spec.description);
    }
  }
}

/** The whole file's schema: the base keys and every rule's options. */
function configSchema() {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(BASE_OPTIONS)) shape[key] = optionSchema(spec);
  for (const rule of RULES) for (const [key, spec] of Object.entries(rule.meta.options ?? {})) shape[key] = optionSchema(spec);
  return z.strictObject(shape).describe('golint-docker configuration (.golint-docker.yaml)');
}

let schema: ReturnType<typeof configSchema> | undefined;
const theSchema = () => (schema ??= configSchema());

/** The JSON Schema editors use to complete and check the file. */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(theSchema(), { io: 'input' });
}

/** Parse and validate a configuration file's text; the error names the key, the value, the line and what is allowed. */
export function parseConfig(name: string, text: string): ConfigResult {
  const read = name.endsWith('.json') ? readJson(text) : readYaml(text);
  if (!read.ok) return read;
  const parsed = theSchema().safeParse(read.data);
  if (parsed.success) {
    const { $schema: _schema, ...config } = parsed.data as Config & { $schema?: string };
    return { ok: true, config };
  }
  return describeIssue(parsed.error.issues[0], read.data, read.lineOf);
}

type LineOf = (path: readonly PropertyKey[], key?: string) => number | undefined;
type Read = { ok: true; data: unknown; lineOf: LineOf } | { ok: false; line?: number; message: string };

function readJson(text: string): Read {
  try {
    return { ok: true, data: JSON.parse(text), lineOf: () => undefined };
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message.split('\n')[0].slice(0, 120)}` };
  }
}

function readYaml(text: string): Read {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return { ok: false, line: counter.linePos(err.pos[0]).line, message: `not valid YAML: ${err.message.split('\n')[0].slice(0, 120)}` };
  }
  const lineOf: LineOf = (path, key) => {
    const node = doc.getIn(path as unknown[], true) as Node | undefined;
    let target: Node | undefined = node;
    if (key !== undefined && isMap(node)) target = node.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined;
    const at = target?.range?.[0];
    return at === undefined ? undefined : counter.linePos(at).line;
  };
  return { ok: true, data: doc.toJS() ?? {}, lineOf };
}

/** The first problem, in the user's words: the key, the value as written, and what is allowed. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, lineOf: LineOf): ConfigResult {
  // A bad key of a record (severity, mirrors) is reported at the record, naming the key.
  const recordKey = issue.code === 'invalid_key' ? String(issue.path[issue.path.length - 1]) : undefined;
  const path = recordKey !== undefined ? issue.path.slice(0, -1) : issue.path;
  const where = path.map((k) => keyText(String(k))).join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const allowed = allowedKeys(path);
    const near = nearestName(key, allowed, 2);
    return { ok: false, line: lineOf(path, key), message: `unknown key ${where ? `"${where}.${keyText(key)}"` : shortJson(key)}${near ? `; did you mean "${near}"?` : ';'} allowed: ${allowed.join(', ')}` };
  }
  const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
  const shown = shortJson(value);
  let detail: string;
  if (recordKey !== undefined) {
    detail = where === 'severity' ? `unknown rule ${shortJson(recordKey)}; use a code (GD001-${RULES[RULES.length - 1].meta.code}) or a rule name` : `${shortJson(recordKey)} is not ${FORMATS.registry.expected}`;
    return { ok: false, line: lineOf(path, recordKey), message: `${where}: ${detail}` };
  }
  if (issue.code === 'invalid_value') detail = `${shown} is not one of ${issue.values.map(String).join(', ')}`;
  else if (issue.code === 'invalid_union') detail = unionDetail(issue, shown);
  else if (issue.code === 'invalid_type') detail = `expected ${issue.expected}, got ${shown}`;
  else if (issue.code === 'too_small') detail = 'must not be empty';
  else if (issue.message === 'rule') detail = `unknown rule ${shown}; use a code (GD001-${RULES[RULES.length - 1].meta.code}) or a rule name`;
  else detail = `${shown} is not ${issue.message}`;
  return { ok: false, line: lineOf(issue.path), message: `${where || 'the file'}: ${detail}` };
}

/** A union of a list and a single value (`trustedRegistries`): say what the entries must be. */
function unionDetail(issue: z.core.$ZodIssueInvalidUnion, shown: string): string {
  const inner = issue.errors.flat().find((e) => e.code === 'custom');
  if (inner) return `${shown} is not ${inner.message}`;
  return `expected ${issue.message}, got ${shown}`;
}

function allowedKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(theSchema().shape).filter((k) => k !== '$schema');
  for (const rule of RULES) {
    const spec = rule.meta.options?.[String(path[0])];
    if (spec?.type === 'object') return Object.keys(spec.properties);
  }
  return [];
}

/** A key inside a dotted path (`mirrors.<key>`): as written when plain, else as short JSON without its quotes. */
function keyText(key: string): string {
  if (/^[A-Za-z0-9_.:/*-]{1,60}$/.test(key)) return key;
  return shortJson(key).replace(/^"|"$/g, '');
}

/** A value as the message quotes it: JSON (control characters escaped), cut short. */
function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
