type MessageId = 'noLibc' | 'libcMismatch' | 'implicit' | 'noCompiler' | 'explicitIncompatible' | 'deliberateIncompatible' | 'externalLink' | 'misspelled' | 'notExported';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
