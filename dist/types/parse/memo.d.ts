export declare function memoizeParser(): void;
