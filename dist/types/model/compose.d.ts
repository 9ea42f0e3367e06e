import type { Workspace } from './workspace';
export interface ComposeMount {
    /** The host path (a bind mount) or the volume name, as written. */
    source: string;
    target: string;
    bind: boolean;
    readOnly: boolean;
}
export interface ComposeService {
    /** The compose file's repository path, and the service name. */
    file: string;
    name: string;
    /** 'same': its build names this Dockerfile; 'sibling': another Dockerfile of the same folder and context. */
    match: 'same' | 'sibling';
    mounts: ComposeMount[];
    privileged: boolean;
    capAdd: string[];
    user?: string;
    /** The health check's command: `['CMD', 'wget', ...]`, `['CMD-SHELL', '...']`, or a string (shell). */
    healthcheck?: string[];
}
/** The compose services that build this workspace's Dockerfile (or a sibling of it). */
export declare function composeServices(ws: Workspace | undefined): ComposeService[];
