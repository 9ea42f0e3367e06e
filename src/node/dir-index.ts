import * as fs from 'fs';
import * as path from 'path';
import { fsPath } from './os-path';

/**
 * Which names a folder holds, asked once per folder and name. The go.mod, config file and
 * repository-root lookups ask about the same few names in the same folders for every
 * Dockerfile. A folder the search listed answers from its listing; any other (the folders above
 * the searched one, up to the repository root) is asked name by name, so that a large folder
 * such as a home folder is never read whole for a handful of names.
 */
export type EntryType = 'file' | 'dir' | 'link';

/** A folder's entries that are files, folders or symbolic links, by name. */
export function entryTypes(entries: readonly fs.Dirent[]): Map<string, EntryType> {
  const result = new Map<string, EntryType>();
  for (const e of entries) {
    const t: EntryType | undefined = e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : undefined;
    if (t) result.set(e.name, t);
  }
  return result;
}

export class DirIndex {
  private readonly listings = new Map<string, ReadonlyMap<string, EntryType>>();
  private readonly probed = new Map<string, Map<string, boolean>>();

  /**
   * A listing read elsewhere (the folder search), so that the folder is not read twice: the
   * lookups here and the repository trees (node/disk-tree.ts) answer from it.
   */
  record(dir: string, entries: readonly fs.Dirent[]): void {
    this.listings.set(dir, entryTypes(entries));
  }

  /** The recorded listing of a folder, by its absolute path; undefined when the search did not read it. */
  listing(dir: string): ReadonlyMap<string, EntryType> | undefined {
    return this.listings.get(dir);
  }

  has(dir: string, name: string): boolean {
    const listed = this.listings.get(dir);
    if (listed) return listed.has(name);
    let names = this.probed.get(dir);
    if (!names) {
      names = new Map();
      this.probed.set(dir, names);
    }
    let found = names.get(name);
    if (found === undefined) {
      found = fs.existsSync(fsPath(path.join(dir, name)));
      names.set(name, found);
    }
    return found;
  }
}

/** One index for the whole run: files do not appear while golint-docker reads them. */
export const dirIndex = new DirIndex();
