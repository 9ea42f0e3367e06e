declare const _default: import("./types").Rule<"shellForm", import("./types").EmptySpec>;
export default _default;
