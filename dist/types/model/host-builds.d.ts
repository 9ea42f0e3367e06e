import type { Word } from '../shell/lexer';
import type { VarValue } from './vars';
import type { SourceFile } from '../parse/source';
import type { HostBuild, Model } from './types';
/**
 * The host builds of the model, and whether a GoReleaser configuration builds its image. With no
 * binary copied in from the context there is no host build, and whether GoReleaser names the
 * Dockerfile is asked only by a rule that needs it (most Dockerfiles build Go themselves, and
 * the question then never comes up): `release` looks the configurations up on first call.
 */
export declare function findHostBuilds(file: SourceFile, model: Model): {
    builds: HostBuild[];
    release: () => boolean;
};
/** Does a COPY source (a glob, with unknown variables) name this path of the context? */
export declare function sourceMatches(source: string, path: string): boolean;
/**
 * The Dockerfile a `docker build` (`docker buildx build`, `podman build`, `buildah bud`) builds,
 * as a path from the context root (where make runs); '?' when it cannot be known; undefined when
 * the command builds no image.
 */
export declare function containerBuild(words: readonly Word[], value: (w: Word) => VarValue, cwd: string): string | undefined;
