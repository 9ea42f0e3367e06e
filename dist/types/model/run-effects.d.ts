/**
 * What the commands of a RUN leave in the image, as far as the rewrites of a final stage need to
 * know: folders `mkdir` creates, packages a package manager installs, accounts `adduser` and its
 * kin create, and commands that write files nobody can list (a script, `make`, `curl -o`, `cp`).
 * A command not known here counts as such a writer: the rewrites then offer nothing.
 */
import type { SimpleCommand } from '../shell/lexer';
import type { RunInfo } from './types';
export interface RunEffects {
    /** Folders `mkdir` creates, absolute; undefined where a variable hides the path. */
    folders: Array<string | undefined>;
    /** Packages installed (apk add, apt-get install, ...), names without versions. */
    packages: string[];
    /** Accounts created (adduser, useradd, addgroup, groupadd). */
    accounts: Account[];
    /** Commands that may write files whose names cannot be known, as written ("make", "cp"). */
    writers: string[];
    /** `chown [-R] OWNER PATH...`: the owner as written, the paths (undefined where unknown), and whether -R. */
    chowns: Array<{
        owner: string;
        paths: Array<string | undefined>;
        recursive: boolean;
    }>;
}
export interface Account {
    kind: 'user' | 'group';
    name: string;
    /** The uid or gid given on the command line, when it is a number (or an ARG with a default). */
    id?: string;
    /** A user's home folder (`-h`, `--home`, `-d`); undefined when not given. */
    home?: string;
    /** A user's primary group when given (`-G app` in busybox, `-g`/`--ingroup`). */
    group?: string;
    /** Does the command also create a group of the user's name (busybox adduser, useradd -U, adduser --group)? */
    ownGroup?: boolean;
    /** Does it make the user's home folder (adduser unless -H or --no-create-home, useradd -m)? */
    makesHome?: boolean;
}
/** The effects of the commands of a RUN. Exec-form RUNs are judged by their program alone. */
export declare function runEffects(run: RunInfo): RunEffects;
export type { SimpleCommand };
