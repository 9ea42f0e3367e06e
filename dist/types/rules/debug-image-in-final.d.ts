declare const _default: import("./types").Rule<"debugImage">;
export default _default;
