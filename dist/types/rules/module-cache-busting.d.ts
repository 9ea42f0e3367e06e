declare const _default: import("./types").Rule<"sourcesFirst">;
export default _default;
