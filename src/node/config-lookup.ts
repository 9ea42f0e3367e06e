import * as path from 'path';
import { CONFIG_NAMES, type ConfigResult } from '../config/types';
import { dirIndex } from './dir-index';
import { displayPath } from './display-path';
import { asText, describeFailure, readRepositoryFile } from './read';

/** A configuration file is a few lines; a larger one is refused before it is parsed (parsing cost grows with it). */
export const MAX_CONFIG_BYTES = 256 * 1024;

export interface FoundConfig {
  /** Path of the file, as shown in errors. */
  path: string;
  result: ConfigResult;
}

type Parse = (name: string, text: string) => ConfigResult;

/**
 * The configuration for a Dockerfile: the nearest `.golint-docker.{yaml,yml,json}` from its
 * folder upwards, stopping at the repository root (a folder with .git). Cached per folder.
 * `parse` is only called when a file exists, so zod and yaml load only then.
 */
export class ConfigLookup {
  private readonly cache = new Map<string, FoundConfig | undefined>();

  constructor(private readonly parse: () => Parse, private readonly explicit?: string) {}

  forFile(file: string): FoundConfig | undefined {
    if (this.explicit !== undefined) return this.load(path.resolve(this.explicit));
    const start = path.dirname(path.resolve(file === '-' ? 'Dockerfile' : file));
    return this.fromDir(start, 0);
  }

  private fromDir(dir: string, depth: number): FoundConfig | undefined {
    if (this.cache.has(dir)) return this.cache.get(dir);
    let found: FoundConfig | undefined;
    for (const name of CONFIG_NAMES) {
      if (dirIndex.has(dir, name)) {
        found = this.load(path.join(dir, name));
        break;
      }
    }
    const parent = path.dirname(dir);
    if (!found && parent !== dir && depth < 64 && !dirIndex.has(dir, '.git')) found = this.fromDir(parent, depth + 1);
    this.cache.set(dir, found);
    return found;
  }

  private load(file: string): FoundConfig {
    const shown = displayPath(file);
    if (this.cache.has(`file:${file}`)) return this.cache.get(`file:${file}`) as FoundConfig;
    let result: ConfigResult;
    // Read as any file the repository names (node/read.ts): inside it, regular, bounded, and text.
    const read = readRepositoryFile(file, MAX_CONFIG_BYTES);
    const text = read.ok ? asText(read.bytes) : undefined;
    if (!read.ok) result = { ok: false, message: read.reason === 'missing' ? 'no such file' : describeFailure(read.reason, read.size, MAX_CONFIG_BYTES) };
    else if (text === undefined) result = { ok: false, message: 'not a text file (binary, or not UTF-8); not read' };
    else result = this.parse()(path.basename(file), text);
    const found = { path: shown, result };
    this.cache.set(`file:${file}`, found);
    return found;
  }
}
