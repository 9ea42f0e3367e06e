declare const _default: import("./types").Rule<"notMinimal">;
export default _default;
