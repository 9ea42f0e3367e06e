import * as fs from 'fs';

/**
 * Which names a folder holds, read once per folder. The go.mod, config file and repository-root
 * lookups ask about the same few folders for every Dockerfile; a listing each is far cheaper
 * than a failed open or stat per name.
 */
export class DirIndex {
  private readonly listings = new Map<string, ReadonlySet<string>>();

  /** A listing read elsewhere (the folder search), so the folder is not read twice. */
  record(dir: string, names: Iterable<string>): void {
    this.listings.set(dir, new Set(names));
  }

  has(dir: string, name: string): boolean {
    let names = this.listings.get(dir);
    if (!names) {
      try {
        names = new Set(fs.readdirSync(dir));
      } catch {
        names = new Set();
      }
      this.listings.set(dir, names);
    }
    return names.has(name);
  }
}

/** One index for the whole run: files do not appear while golint-docker reads them. */
export const dirIndex = new DirIndex();
