export * from "./result";
export * from "./step";
export * from "./steps";
