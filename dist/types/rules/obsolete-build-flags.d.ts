type MessageId = 'forceRebuild' | 'installSuffix' | 'extStatic';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
