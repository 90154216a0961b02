export * from "./policy";
export * from "./global";
