declare const _default: import("./types").Rule<"shellForm">;
export default _default;
