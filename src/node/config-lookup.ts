import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_NAMES, type ConfigResult } from '../config/types';
import { dirIndex } from './dir-index';

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
    const shown = path.relative(process.cwd(), file) || file;
    if (this.cache.has(`file:${file}`)) return this.cache.get(`file:${file}`) as FoundConfig;
    let result: ConfigResult;
    try {
      result = this.parse()(path.basename(file), fs.readFileSync(file, 'utf8'));
    } catch (e) {
      result = { ok: false, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read the file' };
    }
    const found = { path: shown.split(path.sep).join('/'), result };
    this.cache.set(`file:${file}`, found);
    return found;
  }
}
