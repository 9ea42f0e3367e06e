type MessageId = 'noLibc' | 'libcMismatch' | 'implicit' | 'noCompiler' | 'explicitIncompatible' | 'deliberateIncompatible' | 'externalLink' | 'misspelled' | 'notExported' | 'hostNoLibc' | 'hostLibcMismatch' | 'hostImplicit' | 'hostExplicitIncompatible';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
