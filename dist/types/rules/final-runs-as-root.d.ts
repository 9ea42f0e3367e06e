/** Numeric, so Kubernetes' runAsNonRoot can verify it without reading /etc/passwd. */
type MessageId = 'noUser' | 'explicitRoot';
declare const _default: import("./types").Rule<MessageId, import("./types").EmptySpec>;
export default _default;
