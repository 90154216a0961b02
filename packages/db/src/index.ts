export * from "./accounts";
export * from "./client";
export * from "./distribution";
export * from "./migrate";
export * from "./password";
export * as schema from "./schema";
export * from "./schema";
