// Loaded only when a configuration file exists: zod and yaml are not part of a plain run's start-up.
import { z } from 'zod';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import { RULES, findRule } from '../rules';
import type { Config, ConfigResult } from '../config/types';
import { isRegistryPrefix } from '../model/images';
import { isRegistryPattern } from '../rules/untrusted-registry';

const ruleKey = z.string().refine((k) => findRule(k) !== undefined, { message: 'unknown rule' });
const severity = z.enum(['error', 'warning', 'info']);
const registry = z.string().refine(isRegistryPrefix, { message: 'not a registry' });
const trustedEntry = z.string().refine(isRegistryPattern, { message: 'not a registry' });

const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors'),
    ignore: z.array(ruleKey).optional().describe('Rule codes (GD013) or names (unpinned-image) to skip'),
    severity: z.record(z.string(), z.union([severity, z.literal('off')])).optional().describe('Severity per rule code or name: error, warning, info, or off'),
    failureThreshold: z.enum(['error', 'warning', 'info', 'none']).optional().describe('Lowest severity that makes golint-docker exit 1 (default: info)'),
    finalImage: z
      .strictObject({
        static: z.string().min(1).optional().describe('Final image for static binaries (default gcr.io/distroless/static-debian12:nonroot)'),
        cgo: z.string().min(1).optional().describe('Final image when cgo stays on (default gcr.io/distroless/base-debian12:nonroot)'),
      })
      .optional()
      .describe('Final images the final-not-minimal (GD003) fix writes'),
    mirrors: z
      .record(registry, registry)
      .optional()
      .describe('Registries that serve the images of others under the same names, so that golint-docker knows mirrored images: "registry.corp.example/gcr": "gcr.io", "corp.jfrog.io/docker-remote": "docker.io"'),
    trustedRegistries: z
      .union([z.array(trustedEntry), trustedEntry])
      .optional()
      .describe('The only registries images may come from (untrusted-registry, GD018): hosts (gcr.io; docker.io is Docker Hub), host patterns (*.gcr.io) or hosts with a path (registry.corp.example/gcr)'),
  })
  .describe('golint-docker configuration (.golint-docker.yaml)');

/** The JSON Schema editors use to complete and check the file. */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, { io: 'input' });
}

const ALLOWED = Object.keys(configSchema.shape).filter((k) => k !== '$schema');

/** Parse and validate a configuration file's text; the error names the key, the line and what is allowed. */
export function parseConfig(name: string, text: string): ConfigResult {
  let data: unknown;
  let lineOf: (path: readonly PropertyKey[], key?: string) => number | undefined = () => undefined;
  if (name.endsWith('.json')) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
    }
  } else {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      return { ok: false, line: counter.linePos(err.pos[0]).line, message: `not valid YAML: ${err.message.split('\n')[0]}` };
    }
    data = doc.toJS() ?? {};
    lineOf = (path, key) => {
      const node = doc.getIn(path as unknown[], true) as Node | undefined;
      let target: Node | undefined = node;
      if (key !== undefined && isMap(node)) target = node.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined;
      const at = target?.range?.[0];
      return at === undefined ? undefined : counter.linePos(at).line;
    };
  }
  const parsed = configSchema.safeParse(data);
  if (parsed.success) {
    const severityKeys = Object.keys(parsed.data.severity ?? {});
    const bad = severityKeys.find((k) => !findRule(k));
    if (bad) return { ok: false, line: lineOf(['severity'], bad), message: `severity: unknown rule "${bad}"; use a code (GD001-GD0${RULES.length}) or a rule name` };
    const { $schema: _schema, trustedRegistries, ...rest } = parsed.data;
    const config: Config = { ...rest, ...(trustedRegistries !== undefined ? { trustedRegistries: typeof trustedRegistries === 'string' ? [trustedRegistries] : trustedRegistries } : {}) };
    return { ok: true, config };
  }
  const issue = parsed.error.issues[0];
  // A bad key of a record (mirrors) is reported at the record.
  const where = (issue.code === 'invalid_key' ? issue.path.slice(0, -1) : issue.path).map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const allowed = where === 'finalImage' ? 'static, cgo' : ALLOWED.join(', ');
    return { ok: false, line: lineOf(issue.path, key), message: `unknown key "${where ? `${where}.` : ''}${key}"; allowed: ${allowed}` };
  }
  const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
  const shown = JSON.stringify(value) ?? 'nothing';
  let detail: string;
  if (issue.code === 'invalid_value') detail = `${shown} is not one of ${issue.values.map(String).join(', ')}`;
  else if (issue.message === 'unknown rule') detail = `unknown rule ${shown}; use a code (GD001-GD0${RULES.length}) or a rule name`;
  else if (issue.code === 'invalid_key') detail = `${JSON.stringify(issue.path[issue.path.length - 1])} is not a registry; write host[/path] with no scheme, tag or digest, e.g. registry.corp.example/gcr`;
  else if (issue.message === 'not a registry') detail = `${shown} is not a registry; write host[/path] with no scheme, tag or digest, e.g. registry.corp.example/gcr${where.startsWith('trustedRegistries') ? ', or a host pattern such as *.gcr.io' : ''}`;
  else if (issue.code === 'invalid_union') detail = `expected a registry or a list of registries, got ${shown}`;
  else if (issue.code === 'invalid_type') detail = `expected ${issue.expected}, got ${shown}`;
  else detail = issue.message;
  return { ok: false, line: lineOf(issue.path), message: `${where || 'the file'}: ${detail}` };
}
