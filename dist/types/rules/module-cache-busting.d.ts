declare const _default: import("./types").Rule<"sourcesFirst", import("./types").EmptySpec>;
export default _default;
