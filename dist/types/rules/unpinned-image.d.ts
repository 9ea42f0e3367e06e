type MessageId = 'noTag' | 'latest' | 'floating';
declare const _default: import("./types").Rule<MessageId>;
export default _default;
