declare const _default: import("./types").Rule<"debugImage", import("./types").EmptySpec>;
export default _default;
