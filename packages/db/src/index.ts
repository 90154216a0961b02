export * from "./client";
export * from "./migrate";
export * from "./password";
export * as schema from "./schema";
export * from "./schema";
