type MessageId = 'missing' | 'partial';
declare const _default: import("./types").Rule<MessageId>;
export default _default;
