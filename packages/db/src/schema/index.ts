export * from "./council";
export * from "./auth";
export * from "./audit";
export * from "./duty";
export * from "./roster";
export * from "./consultation";
export * from "./proposal";
export * from "./extension";
