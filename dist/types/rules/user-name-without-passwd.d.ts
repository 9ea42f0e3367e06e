type MessageId = 'noPasswd' | 'unknownUser' | 'chownNoPasswd' | 'chownUnknown';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
/**
 * The same user in numbers: numeric parts stay, well-known names get their ids (`root` -> 0), any
 * other name becomes 65532 (nonroot); a named group follows the user (`1000:app` -> 1000:1000).
 */
export declare function numericUser(user: string, group: string | undefined): string;
