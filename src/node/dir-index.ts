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
export class DirIndex {
  private readonly listings = new Map<string, ReadonlySet<string>>();
  private readonly probed = new Map<string, Map<string, boolean>>();

  /** A listing read elsewhere (the folder search), so the folder is not read twice. */
  record(dir: string, names: Iterable<string>): void {
    this.listings.set(dir, new Set(names));
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
