type MessageId = 'copiesRoot' | 'copiesToolchain' | 'copiesGopath' | 'copiesCache' | 'copiesSources' | 'contextSources' | 'cacheInImage';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
