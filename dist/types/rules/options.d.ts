import { type ImageMirror } from '../model/registries';
/** What a string value must be; each has a checker and the words of the error message. */
export type ValueFormat = 'image' | 'registry' | 'registry-pattern' | 'rule';
export declare const FORMATS: Readonly<Record<ValueFormat, {
    check(value: string): boolean;
    noun: string;
    expected: string;
}>>;
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
    flag?: {
        name: string;
        description: string;
    };
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
    key: {
        format?: ValueFormat;
    };
    value: StringOption;
}
export type OptionSpec = StringOption | ListOption | ObjectOption | MapOption;
/** A rule's options: top-level configuration keys and what each holds. */
export type OptionsSpec = Readonly<Record<string, OptionSpec>>;
/** The value a rule reads for an option, defaults applied. */
export type OptionValue<S> = S extends {
    type: 'map';
    value: infer V;
} ? Readonly<Record<string, OptionInput<V>>> | undefined : S extends {
    type: 'string';
    default: string;
} ? string : S extends {
    type: 'string';
} ? string | undefined : S extends {
    type: 'list';
} ? readonly string[] | undefined : S extends {
    type: 'object';
    properties: infer P;
} ? {
    readonly [K in keyof P]: OptionValue<P[K]>;
} : never;
export type OptionValues<S extends OptionsSpec> = {
    readonly [K in keyof S]: OptionValue<S[K]>;
};
/** The value as the configuration file may write it (before defaults). */
export type OptionInput<S> = S extends {
    type: 'string';
    values: ReadonlyArray<infer V>;
} ? V : S extends {
    type: 'string';
} ? string : S extends {
    type: 'list';
} ? string | string[] : S extends {
    type: 'object';
    properties: infer P;
} ? {
    [K in keyof P]?: OptionInput<P[K]>;
} : S extends {
    type: 'map';
    value: infer V;
} ? Record<string, OptionInput<V>> : never;
/** Option values as given by the configuration file and flags, by configuration key. */
export type GivenOptions = Readonly<Record<string, unknown>>;
/** A rule's option values: what was given, else the defaults (image defaults through the mirrors). */
export declare function resolveOptions(spec: OptionsSpec | undefined, given: GivenOptions | undefined, mirrors: readonly ImageMirror[] | undefined): Record<string, unknown>;
