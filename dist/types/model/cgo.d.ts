/**
 * Deliberate cgo that the Dockerfile does not show: a module that only works with cgo in go.mod's
 * requirements, or sources that import the "C" pseudo-package. Such a build is like an explicit CGO_ENABLED=1:
 * turning cgo off breaks it ("build constraints exclude all Go files", or a driver that fails at
 * run time with "requires cgo to work").
 */
import type { GoMod } from './gomod';
import type { GoBuild, Model } from './types';
import type { Workspace } from './workspace';
/** The first module go.mod requires that only works with cgo. */
export declare function cgoOnlyModule(goMod: GoMod | undefined): string | undefined;
/**
 * The first .go file of the build context (tests, vendor/ and testdata/ aside) that imports "C",
 * read through the workspace; undefined when there is none, when the context cannot be seen, or
 * past the scan's limits. Scanned once per workspace.
 */
export declare function cgoSourceFile(workspace: Workspace | undefined): string | undefined;
/** Does Go source text import the "C" pseudo-package (on an import line of its own, or in an import block)? */
export declare function importsC(text: string): boolean;
/**
 * Why a build uses cgo on purpose although CGO_ENABLED is not set, or undefined: CGO_* settings,
 * flags that need cgo, a cgo-only module in go.mod, or sources of the build context that use the "C" pseudo-package.
 */
export declare function deliberateCgo(model: Model, build: GoBuild): string | undefined;
/**
 * Why turning cgo off may break a `-buildmode=pie` build: the platform it targets is not known to
 * link PIE internally (GOARCH unset or a variable: the builder's own platform, which a multi-platform
 * build varies). Undefined when the build is no PIE build or its target links PIE internally.
 */
export declare function pieNeedsCgo(build: Pick<GoBuild, 'flags' | 'goos' | 'goarch'>): string | undefined;
/** `-ldflags '-linkmode external'` (or `-linkmode=external`): the external linker makes a dynamic binary, cgo or not. */
export declare function linksExternally(build: GoBuild): boolean;
