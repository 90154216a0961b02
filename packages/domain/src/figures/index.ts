export * from "./catalog";
export * from "./modules";
export * from "./values";
export * from "./rates";
export * from "./period";
export * from "./trend";
export * from "./input";
export * from "./policy";
