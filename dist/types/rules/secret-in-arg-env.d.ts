type MessageId = 'secretName' | 'urlCredentials';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
export declare function looksLikeSecret(name: string): boolean;
