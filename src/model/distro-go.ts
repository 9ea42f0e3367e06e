/**
 * The Go a distribution package installs (`apk add go`, `apt-get install golang-go`), by release:
 * the go command of Alpine 3.10 is Go 1.12, which has no -trimpath. A release keeps its Go minor
 * for its whole life (only patch releases follow), so the minor is what is recorded here.
 *
 * Last checked: {@link DISTRO_GO_CHECKED}, against the distributions' package indexes (Alpine
 * community `go`, Debian and Ubuntu `golang-defaults`). A release not listed is unknown.
 */
import type { ImageRef } from './image-ref';

export const DISTRO_GO_CHECKED = '2026-08-19';

/** Alpine release → Go minor of its `go` package (community; main before 3.6). */
const ALPINE: Readonly<Record<string, string>> = {
  '3.2': '1.4', '3.3': '1.5', '3.4': '1.6', '3.5': '1.7', '3.6': '1.8', '3.7': '1.9', '3.8': '1.10', '3.9': '1.11',
  '3.10': '1.12', '3.11': '1.13', '3.12': '1.13', '3.13': '1.15', '3.14': '1.16', '3.15': '1.17', '3.16': '1.18',
  '3.17': '1.19', '3.18': '1.20', '3.19': '1.21', '3.20': '1.22', '3.21': '1.23', '3.22': '1.24', '3.23': '1.25',
};

/** Debian release (codename and number) → Go minor of `golang-go` (golang-defaults). */
const DEBIAN: Readonly<Record<string, string>> = {
  jessie: '1.3', '8': '1.3', stretch: '1.7', '9': '1.7', buster: '1.11', '10': '1.11', bullseye: '1.15', '11': '1.15',
  bookworm: '1.19', '12': '1.19', trixie: '1.24', '13': '1.24',
};

/** Ubuntu release (number and codename) → Go minor of `golang-go` (golang-defaults). */
const UBUNTU: Readonly<Record<string, string>> = {
  '16.04': '1.6', xenial: '1.6', '18.04': '1.10', bionic: '1.10', '20.04': '1.13', focal: '1.13',
  '22.04': '1.18', jammy: '1.18', '24.04': '1.22', noble: '1.22',
};

export type Distro = { family: 'alpine' | 'debian' | 'ubuntu'; release: string };

/**
 * The distribution release an image is, from its tag: `alpine:3.10.3` → alpine 3.10,
 * `debian:buster-slim` → debian buster, `ubuntu:18.04` → ubuntu 18.04. Undefined when the tag
 * floats (`latest`, `stable`, `edge`) or is not known.
 */
export function distroOf(family: string, ref: ImageRef): Distro | undefined {
  const tag = ref.tag;
  if (tag === undefined || ref.digest !== undefined) return undefined;
  if (family === 'alpine') {
    const [major, minor] = tag.split('-')[0].split('.');
    return major !== undefined && minor !== undefined ? { family, release: `${major}.${minor}` } : undefined;
  }
  if (family === 'debian') {
    const head = tag.split('-')[0];
    const release = head.includes('.') ? head.split('.')[0] : head;
    return DEBIAN[release] !== undefined ? { family, release } : undefined;
  }
  if (family === 'ubuntu') {
    const head = tag.split('-')[0];
    return UBUNTU[head] !== undefined ? { family, release: head } : undefined;
  }
  return undefined;
}

/** The Go minor the distribution's own package installs; undefined when not known. */
export function distroGo(distro: Distro): string | undefined {
  const table = distro.family === 'alpine' ? ALPINE : distro.family === 'debian' ? DEBIAN : UBUNTU;
  return table[distro.release];
}

/** How a distribution's release is written in messages: "alpine 3.10", "debian buster". */
export function distroName(distro: Distro): string {
  return `${distro.family} ${distro.release}`;
}
