declare const _default: import("./types").Rule<"noShell", import("./types").EmptySpec>;
export default _default;
