export * from "./policy";
export * from "./rules";
export * from "./units";
export * from "./pledge";
export * from "./annualReport";
export * from "./inputs";
