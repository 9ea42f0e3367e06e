declare const _default: import("./types").Rule<"tooOld", import("./types").EmptySpec>;
export default _default;
