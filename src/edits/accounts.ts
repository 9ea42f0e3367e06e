/**
 * Users and groups a final stage creates (`adduser`, `addgroup`, ...) do not exist once a rewrite
 * removes those RUNs for an image without a shell: every `USER` and `--chown` that names them
 * must name the account the process runs as after the rewrite, or the build fails with
 * "unable to find user app". This maps each owner to what it becomes.
 */
import type { Account } from '../model/run-effects';

const isNumericId = (x: string) => /^[0-9]+$/.test(x);

/** Users and groups distroless and Chainguard images define. */
export const IMAGE_USERS = new Set(['root', 'nobody', 'nonroot']);
export const IMAGE_GROUPS = new Set(['root', 'nobody', 'nonroot', 'tty', 'staff']);

export interface AccountMap {
  /** The uid:gid an owner written as `user[:group]` becomes; undefined when it cannot be told. */
  owner(text: string): string | undefined;
  /** Names a part could not be mapped for, for the message. */
  unknown(text: string): string | undefined;
}

/**
 * The map for accounts created by removed RUNs: their names (and their uids and gids where the
 * command gave them) become `target`'s ids; image accounts and other numbers stay.
 */
export function accountMap(accounts: readonly Account[], target: { uid: string; gid: string }): AccountMap {
  const users = new Set<string>();
  const groups = new Set<string>();
  const uids = new Set<string>();
  const gids = new Set<string>();
  for (const a of accounts) {
    if (a.kind === 'user') {
      users.add(a.name);
      if (a.id !== undefined) uids.add(a.id);
      // The group made with the user takes the uid as its gid where it is free, as it is in a new image.
      if (a.ownGroup) groups.add(a.name);
      if (a.ownGroup && a.id !== undefined) gids.add(a.id);
    } else {
      groups.add(a.name);
      if (a.id !== undefined) gids.add(a.id);
    }
  }
  const part = (x: string, isGroup: boolean): string | undefined => {
    if (isNumericId(x)) return (isGroup ? gids : uids).has(x) ? (isGroup ? target.gid : target.uid) : x;
    if ((isGroup ? groups : users).has(x)) return isGroup ? target.gid : target.uid;
    return (isGroup ? IMAGE_GROUPS : IMAGE_USERS).has(x) ? x : undefined;
  };
  const split = (text: string) => {
    const colon = text.indexOf(':');
    return colon === -1 ? { user: text, group: undefined } : { user: text.slice(0, colon), group: text.slice(colon + 1) };
  };
  return {
    owner(text) {
      const { user, group } = split(text);
      const u = part(user, false);
      if (u === undefined) return undefined;
      if (group === undefined || group === '') return u === user ? text : u === target.uid ? `${target.uid}:${target.gid}` : u;
      const g = part(group, true);
      return g === undefined ? undefined : `${u}:${g}`;
    },
    unknown(text) {
      const { user, group } = split(text);
      if (part(user, false) === undefined) return user;
      if (group !== undefined && group !== '' && part(group, true) === undefined) return group;
      return undefined;
    },
  };
}
