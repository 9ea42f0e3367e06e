type MessageId = 'forceRebuild' | 'installSuffix' | 'extStatic';
declare const _default: import("./types").Rule<MessageId>;
export default _default;
