declare const _default: import("./types").Rule<"noShell">;
export default _default;
