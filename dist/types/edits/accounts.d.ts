/**
 * Users and groups a final stage creates (`adduser`, `addgroup`, ...) do not exist once a rewrite
 * removes those RUNs for an image without a shell: every `USER` and `--chown` that names them
 * must name the account the process runs as after the rewrite, or the build fails with
 * "unable to find user app". This maps each owner to what it becomes.
 */
import type { Account } from '../model/run-effects';
/** Users and groups distroless and Chainguard images define. */
export declare const IMAGE_USERS: Set<string>;
export declare const IMAGE_GROUPS: Set<string>;
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
export declare function accountMap(accounts: readonly Account[], target: {
    uid: string;
    gid: string;
}): AccountMap;
