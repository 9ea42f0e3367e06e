import type { SourceFile } from '../parse/source';
import type { Model } from './types';
/**
 * Is there a go.mod in the build context, or in the Dockerfile's folder or a folder above it
 * within the repository? Unknown (false) without a workspace, unless the caller gave a go.mod.
 */
export declare function inGoModule(model: Model): boolean;
/**
 * Does the Dockerfile show another language: a RUN of another language's tool or package manager,
 * a final image of another runtime or server (node, python, nginx), or a final command that starts
 * one? Only asked of a Dockerfile that does not build Go.
 */
export declare function showsOtherLanguage(file: SourceFile, model: Model): boolean;
/** The program the final stage starts (ENTRYPOINT, else CMD, through its FROM chain); undefined when none. */
export declare function finalCommand(file: SourceFile, model: Model): string | undefined;
/** Does the final stage (or a stage it is built FROM) say what to run: an ENTRYPOINT or CMD? */
export declare function hasFinalCommand(model: Model): boolean;
/**
 * Is the Dockerfile a GitHub Action's image: an `action.yml` that runs `using: docker` with this
 * Dockerfile as its image (`image: Dockerfile` beside it, or a path to it from a folder above)?
 * GitHub runs such an image as root and says not to set USER: the workspace it mounts is root's.
 */
export declare function isContainerAction(model: Model): boolean;
