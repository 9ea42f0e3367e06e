declare const _default: import("./types").Rule<"missing">;
export default _default;
