import type { Severity } from '../rules/types';
/** The configuration file, validated: `.golint-docker.yaml`, `.golint-docker.yml` or `.golint-docker.json`. */
export interface Config {
    /** Rule codes or names to skip. */
    ignore?: string[];
    /** Severity per rule code or name; "off" skips the rule. */
    severity?: Record<string, Severity | 'off'>;
    /** Lowest severity that makes the exit code 1. */
    failureThreshold?: Severity | 'none';
    /** Final images the GD003 fix writes. */
    finalImage?: {
        static?: string;
        cgo?: string;
    };
    /** Mirror (host[/path]) → the registry it mirrors (host[/path]). */
    mirrors?: Record<string, string>;
    /** The only registries images may come from (GD018); a single string in the file is one entry. */
    trustedRegistries?: string[];
}
export declare const CONFIG_NAMES: string[];
export type ConfigResult = {
    ok: true;
    config: Config;
} | {
    ok: false;
    line?: number;
    message: string;
};
