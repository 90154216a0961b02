export * from "./accounts";
export * from "./demo";
