declare const _default: import("./types").Rule<"missing", import("./types").EmptySpec>;
export default _default;
