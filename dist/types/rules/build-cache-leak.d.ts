type MessageId = 'copiesRoot' | 'copiesToolchain' | 'copiesGopath' | 'copiesCache' | 'copiesSources' | 'contextSources' | 'cacheInImage';
declare const _default: import("./types").Rule<MessageId>;
export default _default;
