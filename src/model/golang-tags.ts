/**
 * The tags Docker Hub's official `golang` image has published, for the fixes that write a golang
 * tag (GD013 pins, GD014 raises): a tag that was never published fails at FROM, and a pin older
 * than what a floating tag gave goes backwards.
 *
 * Read from the history of the official-images library file for golang (every `Tags:` and
 * `SharedTags:` line since 2014) and docker-library/golang's versions.json.
 * Last checked: {@link GOLANG_TAGS_CHECKED}. Windows variants are left out: no fix writes them.
 */
import { compareGoVersions, parseGoVersion } from './gomod';

export const GOLANG_TAGS_CHECKED = '2026-08-19';

/**
 * Per Go minor release: its newest patch release, and the Linux variant suffixes published for it.
 * A suffix alone was published for every patch release of the minor; `suffix@a-b` only for patches
 * a to b (`@5-`: from .5 on, `@-11`: up to .11). The plain `X.Y` and `X.Y.Z` tags exist for each.
 */
const RELEASES: ReadonlyArray<readonly [string, number, string]> = [
  ['1.2', 2, ''],
  ['1.3', 3, 'wheezy@3-'],
  ['1.4', 3, 'alpine@3- wheezy'],
  ['1.5', 4, 'alpine@1- wheezy'],
  ['1.6', 4, 'alpine wheezy'],
  ['1.7', 6, 'alpine alpine3.4@6- alpine3.5@4- alpine3.6@6- jessie@6- wheezy'],
  ['1.8', 7, 'alpine alpine3.5@3- alpine3.6@3- jessie@3- stretch wheezy@-3'],
  ['1.9', 7, 'alpine alpine3.6 alpine3.7@2- alpine3.8@7- stretch'],
  ['1.10', 8, 'alpine alpine3.7 alpine3.8@3- alpine3.9@8- stretch'],
  ['1.11', 13, 'alpine alpine3.10@11- alpine3.7@-5 alpine3.8@-11 alpine3.9@5- buster@12- stretch'],
  ['1.12', 17, 'alpine alpine3.10@6- alpine3.11@14- alpine3.9@-14 buster@7- stretch'],
  ['1.13', 15, 'alpine alpine3.10@-11 alpine3.11@5- alpine3.12@12- buster stretch'],
  ['1.14', 15, 'alpine alpine3.11 alpine3.12@4- alpine3.13@13- buster stretch'],
  ['1.15', 15, 'alpine alpine3.12@-13 alpine3.13@6- alpine3.14@13- buster stretch@8-'],
  ['1.16', 15, 'alpine alpine3.12@-5 alpine3.13@-10 alpine3.14@5- alpine3.15@10- bullseye@7- buster stretch'],
  ['1.17', 13, 'alpine alpine3.13@-3 alpine3.14@-10 alpine3.15@3- alpine3.16@10- bullseye buster stretch@-11'],
  ['1.18', 10, 'alpine alpine3.14@-2 alpine3.15@-8 alpine3.16@2- alpine3.17@8- bullseye buster stretch@-3'],
  ['1.19', 13, 'alpine alpine3.15@-3 alpine3.16@-9 alpine3.17@3- alpine3.18@9- bookworm@10- bullseye buster@-10'],
  ['1.20', 14, 'alpine alpine3.16@-4 alpine3.17@-12 alpine3.18@4- alpine3.19@12- bookworm@5- bullseye buster@-5'],
  ['1.21', 13, 'alpine alpine3.17@-5 alpine3.18@-10 alpine3.19@5- alpine3.20@10- bookworm bullseye'],
  ['1.22', 12, 'alpine alpine3.18@-3 alpine3.19@-10 alpine3.20@3- alpine3.21@10- bookworm bullseye'],
  ['1.23', 12, 'alpine alpine3.19@-4 alpine3.20@-9 alpine3.21@4- alpine3.22@9- bookworm bullseye'],
  ['1.24', 13, 'alpine alpine3.20@-3 alpine3.21@-11 alpine3.22@3- alpine3.23@11- bookworm bullseye@-6 trixie@6-'],
  ['1.25', 14, 'alpine alpine3.21@-5 alpine3.22@-11 alpine3.23@5- alpine3.24@11- bookworm trixie'],
  ['1.26', 7, 'alpine alpine3.22@-4 alpine3.23 alpine3.24@4- bookworm trixie'],
  ['1.27', 0, 'alpine alpine3.23 alpine3.24 bookworm trixie'],
];

/**
 * The Go release each variant-only tag (`golang:alpine3.19`, `golang:buster`) last pointed at:
 * a variant dropped from new releases freezes there. Variants still published (`alpine`,
 * `bookworm`, `trixie`, `latest`) float with each release; see {@link bareTagGo}.
 */
const FROZEN: Readonly<Record<string, string>> = {
  wheezy: '1.7.5', jessie: '1.8.3', onbuild: '1.8.3', stretch: '1.18.3', buster: '1.20.5', bullseye: '1.24.6',
  'alpine3.5': '1.8.3', 'alpine3.6': '1.9.4', 'alpine3.7': '1.11.5', 'alpine3.8': '1.11.5', 'alpine3.9': '1.12.9',
  'alpine3.10': '1.13.8', 'alpine3.11': '1.14.7', 'alpine3.12': '1.16.5', 'alpine3.13': '1.17.3', 'alpine3.14': '1.18.2',
  'alpine3.15': '1.19.3', 'alpine3.16': '1.20.4', 'alpine3.17': '1.21.5', 'alpine3.18': '1.22.3', 'alpine3.19': '1.23.4',
  'alpine3.20': '1.24.3', 'alpine3.21': '1.25.5', 'alpine3.22': '1.26.4',
};

interface Release {
  minor: string;
  newest: number;
  /** Suffix → patch range published. */
  variants: Map<string, { from: number; to: number }>;
}

const TABLE: ReadonlyMap<string, Release> = new Map(
  RELEASES.map(([minor, newest, variants]) => {
    const map = new Map<string, { from: number; to: number }>();
    for (const v of variants.split(' ').filter(Boolean)) {
      const [name, range] = v.split('@');
      const [from, to] = range === undefined ? ['', ''] : range.split('-');
      map.set(name, { from: from ? Number(from) : 0, to: to ? Number(to) : newest });
    }
    return [minor, { minor, newest, variants: map }];
  }),
);

/** The newest Go minor release the table knows ("1.27"). */
export const NEWEST_GO_MINOR = RELEASES[RELEASES.length - 1][0];

/** "1.22.3" → "1.22"; undefined for what is not a Go version with a minor. */
export function goMinor(version: string): string | undefined {
  const v = parseGoVersion(version);
  return v?.minor === undefined ? undefined : `${v.major}.${v.minor}`;
}

/**
 * Was `golang:<version>[-<suffix>]` published? `version` is a minor ("1.20") or a patch release
 * ("1.20.3"). True or false for releases in the table; undefined for a release newer than it
 * (except the plain and `-alpine` tags, which every release since Go 1.6 has had).
 */
export function golangTagPublished(version: string, suffix: string): boolean | undefined {
  const v = parseGoVersion(version);
  if (!v || v.minor === undefined || v.preKind !== undefined) return false;
  const release = TABLE.get(`${v.major}.${v.minor}`);
  if (!release) {
    const newer = (compareGoVersions(version, NEWEST_GO_MINOR) ?? -1) > 0;
    if (!newer) return false;
    return suffix === '' || suffix === 'alpine' ? true : undefined;
  }
  const patch = v.patch === undefined ? undefined : Number(v.patch);
  if (patch !== undefined && patch > release.newest) return false;
  if (suffix === '') return true;
  const range = release.variants.get(suffix);
  if (!range) return false;
  // A minor tag (`1.20-alpine3.19`) exists when some patch release had the suffix.
  return patch === undefined || (patch >= range.from && patch <= range.to);
}

/** Linux variant suffixes published for a Go minor release, in table order. */
export function golangVariants(minor: string): string[] {
  return [...(TABLE.get(minor)?.variants.keys() ?? [])];
}

/**
 * The Go a variant-only golang tag gives (`golang:alpine3.19`, `golang:buster`, `golang:alpine`):
 * frozen at the last release published with it, or floating (at least the newest release the table
 * knows) for a variant that is still published. Undefined for a suffix the table does not know.
 */
export function bareTagGo(suffix: string): { version: string; floating: boolean } | undefined {
  const frozen = FROZEN[suffix];
  if (frozen !== undefined) return { version: frozen, floating: false };
  if (suffix === '' || suffix === 'latest' || TABLE.get(NEWEST_GO_MINOR)?.variants.has(suffix)) return { version: NEWEST_GO_MINOR, floating: true };
  return undefined;
}

/** Debian releases the golang image has been built on, oldest first. */
const DEBIAN_ORDER = ['wheezy', 'jessie', 'stretch', 'buster', 'bullseye', 'bookworm', 'trixie'];

/**
 * The variant of `version` (a minor or patch release) closest to `suffix` that was published:
 * the suffix itself when it was; else the oldest published Alpine (or Debian) release that is not
 * older than the one asked for, so that the OS moves as little as it must. Undefined when none fits.
 */
export function closestGolangVariant(version: string, suffix: string): string | undefined {
  if (golangTagPublished(version, suffix) === true) return suffix;
  const minor = goMinor(version);
  if (minor === undefined) return undefined;
  const published = golangVariants(minor).filter((v) => golangTagPublished(version, v) === true);
  if (suffix.startsWith('alpine')) {
    const want = alpineNumber(suffix);
    const candidates = published.filter((v) => v.startsWith('alpine3.') && alpineNumber(v) >= want).sort((a, b) => alpineNumber(a) - alpineNumber(b));
    return candidates[0] ?? (golangTagPublished(version, 'alpine') === true ? 'alpine' : undefined);
  }
  const rank = DEBIAN_ORDER.indexOf(suffix);
  if (rank === -1) return undefined;
  return DEBIAN_ORDER.slice(rank + 1).find((d) => published.includes(d));
}

function alpineNumber(suffix: string): number {
  const minor = Number(suffix.slice('alpine3.'.length));
  return suffix.startsWith('alpine3.') && Number.isInteger(minor) ? minor : 0;
}
