declare const _default: import("./types").Rule<"unknown", import("./types").EmptySpec>;
export default _default;
