/**
 * Questions about stages that rules and edits ask of a built model: what a stage finally rests on
 * (image facts, users) through FROM-stage chains, and what its COPY/ADD instructions place where.
 */
import type { Instruction } from '../parse/ast';
import { type ImageFacts } from './catalogue';
import type { CopyInfo, Model, Stage, UserInfo } from './types';
/**
 * `f` of a stage, computed from the stage itself and the results for the stages it is built FROM
 * (each candidate of `FROM runtime-$TARGETARCH`). Each stage is computed once per memo, in stage
 * order and without recursion: a FROM can only name an earlier stage, so bases come first, and
 * FROM chains thousands of stages long cost linear time.
 */
export declare function foldLineage<T>(memo: WeakMap<Stage, T>, stage: Stage, f: (s: Stage, bases: readonly T[]) => T): T;
/** Facts of the image a stage finally rests on, through FROM-stage chains; merged over candidates. */
export declare function rootFacts(stage: Stage): ImageFacts | undefined;
/**
 * A stage and every stage it is built FROM, the stage first. All candidates of a
 * `FROM runtime-$TARGETARCH` count: each is what some platform builds.
 */
export declare function stageLineage(stage: Stage, limit?: number): Stage[];
/**
 * The USER in force at the end of a stage, once per way its FROM chain can resolve: its own last
 * USER, or the nearest one up the chain; undefined for a chain that sets none. Deduplicated.
 */
export declare function effectiveUsers(stage: Stage): Array<UserInfo | undefined>;
/** Instructions of a stage and of the stages it is built FROM (every candidate), oldest first. */
export declare function lineageInstructions(stage: Stage): Instruction[];
/** The file name of a heredoc source of COPY (`<<EOF`, `<<-"EOF"`), or undefined for a path. */
export declare function heredocName(source: string): string | undefined;
export type Placement = 'yes' | 'maybe' | 'no';
/**
 * Does a COPY or ADD put something at `path` (absolute)? 'yes' when one of its sources lands
 * exactly there; 'maybe' when a folder, a glob, a variable, an archive or an unknown destination
 * could put it there; 'no' otherwise. As Docker does, a file copied to `dest/` (or with several
 * sources) lands at `dest/<name>`, and a folder's contents (not the folder) land in `dest`.
 */
export declare function copyPlaces(model: Model, copy: CopyInfo, path: string): Placement;
/** Does some COPY/ADD of the stages (before `before`, an offset, when given) put something at `path`? */
export declare function placedIn(model: Model, stages: readonly Stage[], path: string, before?: number): Placement;
/**
 * The `--platform` a stage is built for: its own FROM's, else that of the stage it is built FROM
 * (BuildKit gives a stage built FROM another that stage's platform); undefined when none is given
 * (the target platform).
 */
export declare function stagePlatform(stage: Stage): Stage['platform'];
