/**
 * Rule options: each rule declares the configuration keys it reads in its `meta.options`, as plain
 * data. The configuration file's schema (and its JSON Schema), the CLI's flags and the rule docs
 * are derived from these declarations, so that a rule with an option is one file. Plain data and
 * not a zod schema: zod loads only when a configuration file exists, and a plain run stays fast.
 */
import { parseImageRef } from '../model/image-ref';
import { isRegistryPattern, isRegistryPrefix, throughMirror, type ImageMirror } from '../model/registries';

/** What a string value must be; each has a checker and the words of the error message. */
export type ValueFormat = 'image' | 'registry' | 'registry-pattern' | 'rule';

const REGISTRY = 'write host[/path] with no scheme, tag or digest, e.g. registry.corp.example/gcr';

export const FORMATS: Readonly<Record<ValueFormat, { check(value: string): boolean; noun: string; expected: string }>> = {
  image: { check: (v) => parseImageRef(v) !== undefined, noun: 'image', expected: 'an image reference such as gcr.io/distroless/static-debian12:nonroot' },
  registry: { check: isRegistryPrefix, noun: 'registry', expected: `a registry; ${REGISTRY}` },
  'registry-pattern': { check: isRegistryPattern, noun: 'registry', expected: `a registry; ${REGISTRY}, or a host pattern such as *.gcr.io` },
  // Rule keys are checked by the configuration parser, which knows the registry.
  rule: { check: () => true, noun: 'rule', expected: 'a rule code (GD001) or name' },
};

export interface StringOption {
  type: 'string';
  description: string;
  format?: ValueFormat;
  /** The only values allowed. */
  values?: readonly string[];
  /** Used when the configuration does not set it; an image default is pulled through the configured mirrors. */
  default?: string;
}

/** A list of strings; a single string in the file is a list of one. */
export interface ListOption {
  type: 'list';
  description: string;
  format?: ValueFormat;
  /** The command-line flag that sets the list (repeated or comma-separated); it replaces the file's list. */
  flag?: { name: string; description: string };
}

export interface ObjectOption {
  type: 'object';
  description: string;
  properties: Readonly<Record<string, StringOption>>;
}

/** A mapping whose keys and values are strings of a format (`mirrors`, `severity`). */
export interface MapOption {
  type: 'map';
  description: string;
  key: { format?: ValueFormat };
  value: StringOption;
}

export type OptionSpec = StringOption | ListOption | ObjectOption | MapOption;

/** A rule's options: top-level configuration keys and what each holds. */
export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

/** The value a rule reads for an option, defaults applied. */
export type OptionValue<S> = S extends { type: 'map'; value: infer V }
  ? Readonly<Record<string, OptionInput<V>>> | undefined
  : S extends { type: 'string'; default: string }
  ? string
  : S extends { type: 'string' }
    ? string | undefined
    : S extends { type: 'list' }
      ? readonly string[] | undefined
      : S extends { type: 'object'; properties: infer P }
        ? { readonly [K in keyof P]: OptionValue<P[K]> }
        : never;

export type OptionValues<S extends OptionsSpec> = { readonly [K in keyof S]: OptionValue<S[K]> };

/** The value as the configuration file may write it (before defaults). */
export type OptionInput<S> = S extends { type: 'string'; values: ReadonlyArray<infer V> }
  ? V
  : S extends { type: 'string' }
    ? string
    : S extends { type: 'list' }
      ? string | string[]
      : S extends { type: 'object'; properties: infer P }
        ? { [K in keyof P]?: OptionInput<P[K]> }
        : S extends { type: 'map'; value: infer V }
          ? Record<string, OptionInput<V>>
          : never;

/** Option values as given by the configuration file and flags, by configuration key. */
export type GivenOptions = Readonly<Record<string, unknown>>;

/** A rule's option values: what was given, else the defaults (image defaults through the mirrors). */
export function resolveOptions(spec: OptionsSpec | undefined, given: GivenOptions | undefined, mirrors: readonly ImageMirror[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!spec) return out;
  for (const key of Object.keys(spec)) out[key] = resolveValue(spec[key], given?.[key], mirrors);
  return out;
}

function resolveValue(spec: OptionSpec, value: unknown, mirrors: readonly ImageMirror[] | undefined): unknown {
  switch (spec.type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (spec.default === undefined) return undefined;
      return spec.format === 'image' ? throughMirror(spec.default, mirrors) : spec.default;
    case 'list':
      if (typeof value === 'string') return [value];
      return Array.isArray(value) ? value : undefined;
    case 'map':
      return value !== null && typeof value === 'object' ? value : undefined;
    case 'object': {
      const given = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(spec.properties)) out[key] = resolveValue(spec.properties[key], given[key], mirrors);
      return out;
    }
  }
}
