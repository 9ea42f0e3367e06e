type MessageId = 'notCopied' | 'noCommand';
declare const _default: import("./types").Rule<MessageId>;
export default _default;
