import type { ReleaseConfig } from './types';
import type { FileTree, Workspace } from './workspace';
/** The names GoReleaser looks for, in its order. */
export declare const GORELEASER_FILES: string[];
/**
 * The GoReleaser configurations that may build the Dockerfile's image: in its folder and the
 * folders above it, up to the repository root. `unreadable` collects the files that are not YAML.
 */
export declare function releaseConfigs(ws: Workspace, unreadable: Set<string>): ReleaseConfig[];
/**
 * The environment GitHub Actions gives the steps that run GoReleaser (`uses:
 * goreleaser/goreleaser-action`, or a `run:` of goreleaser): the workflow's, job's and step's
 * `env`, which GoReleaser's builds inherit (`CGO_ENABLED: 0` is often set there). A name that
 * two such steps set differently, or from an expression (`${{ ... }}`), is unknown.
 */
export declare function releaseCiEnvironment(repository: FileTree): ReadonlyMap<string, {
    value: string;
    known: boolean;
}>;
