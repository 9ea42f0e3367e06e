type MessageId = 'noTag' | 'latest' | 'floating' | 'frozen';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
