/** Numeric, so Kubernetes' runAsNonRoot can verify it without reading /etc/passwd. */
export declare const NONROOT_USER = "65532:65532";
type MessageId = 'noUser' | 'explicitRoot';
declare const _default: import("./types").Rule<MessageId>;
export default _default;
