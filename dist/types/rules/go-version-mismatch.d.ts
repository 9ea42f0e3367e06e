type MessageId = 'tooOld' | 'olderLanguage';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
