import type { RuleOptionsConfig } from '../rules';
import type { OptionInput } from '../rules/options';
import type { BASE_OPTIONS } from './spec';
type Base = typeof BASE_OPTIONS;
/**
 * The configuration file, validated: `.golint-docker.yaml`, `.golint-docker.yml` or
 * `.golint-docker.json`. Its type comes from the declarations the schema is made of: the base keys
 * (config/spec.ts) and the options each rule declares (rules/options.ts).
 */
export type Config = {
    [K in Exclude<keyof Base, '$schema'>]?: OptionInput<Base[K]>;
} & RuleOptionsConfig;
export declare const CONFIG_NAMES: string[];
export type ConfigResult = {
    ok: true;
    config: Config;
} | {
    ok: false;
    line?: number;
    message: string;
};
export {};
