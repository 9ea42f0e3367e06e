import type { ConfigResult } from './types';
/** The JSON Schema editors use to complete and check the file. */
export declare function configJsonSchema(): unknown;
/** Parse and validate a configuration file's text; the error names the key, the value, the line and what is allowed. */
export declare function parseConfig(name: string, text: string): ConfigResult;
