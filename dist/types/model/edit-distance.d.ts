/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export declare function editDistance(a: string, b: string, max: number): number;
/** The candidate a misspelling most likely meant: the nearest within `max` edits (a case difference counts as none), if any. */
export declare function nearestName(name: string, candidates: Iterable<string>, max: number): string | undefined;
