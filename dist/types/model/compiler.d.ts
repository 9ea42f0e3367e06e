/**
 * Is there a C compiler where a go command runs? The go command turns cgo on by default only when
 * it finds one (Go 1.20 and later), so this decides whether a build without CGO_ENABLED is static.
 */
import type { SimpleCommand } from '../shell/lexer';
import type { GoBuild } from './types';
export type Presence = 'yes' | 'no' | 'maybe';
/**
 * For a build on an image without a C compiler (golang:*-alpine), where Go 1.20 and later turn cgo
 * off by default: does a package install before the build, in its stage or a stage it is built
 * FROM, bring one? 'maybe' when a package list cannot be read (a variable) or a package may
 * depend on a compiler. Undefined when the image has a compiler or may have one, and for Go
 * before 1.20, which turned cgo on without looking: cgo is then on by default.
 */
export declare function compilerInstalled(build: GoBuild): Presence | undefined;
/** The packages a command installs (`apk add --no-cache git make`: git, make); empty for other commands. */
export declare function installedPackages(cmd: SimpleCommand): string[];
