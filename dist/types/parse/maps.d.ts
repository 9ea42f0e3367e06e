/** Appends `value` to the list under `key`, making the list on first use (linear, unlike spreading a copy). */
export declare function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void;
