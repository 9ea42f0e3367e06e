declare const _default: import("./types").Rule<"tooOld">;
export default _default;
