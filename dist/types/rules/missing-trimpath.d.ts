type MessageId = 'missing' | 'oldGo' | 'hostMissing';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
