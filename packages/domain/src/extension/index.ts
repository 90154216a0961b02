export * from "./rules";
export * from "./extension";
export * from "./policy";
