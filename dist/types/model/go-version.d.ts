import { type GoMod } from './gomod';
import type { GoVersionFact, RunInfo, Stage } from './types';
export type { GoInstall, GoVersionFact } from './types';
/** Is the Go at least `min`? Undefined when that cannot be known. */
export declare function goVersionAtLeast(fact: GoVersionFact | undefined, min: string): boolean | undefined;
/** The Go a golang image tag gives: its version, or where a variant-only tag froze or floats. */
export declare function golangTagGo(tag: string | undefined, image: string): GoVersionFact | undefined;
/**
 * Fill `stage.goVersion`, `stage.goInstall` and each RUN's `goVersion` (the local Go; see
 * {@link effectiveGoVersion} for go.mod's part). Stages come in order: a FROM names an earlier one.
 */
export declare function assignGoVersions(stages: readonly Stage[], lineOf: (offset: number) => number): void;
/**
 * The Go that runs a RUN's go commands: its stage's local Go, raised to go.mod's `go` or
 * `toolchain` line where GOTOOLCHAIN lets a Go ≥ 1.21 switch (`auto`, `<name>+auto`, a named
 * `go1.x.y`), as the go command does.
 */
export declare function effectiveGoVersion(run: RunInfo, goMod: GoMod | undefined): GoVersionFact | undefined;
