export * from "./policy";
export * from "./officeHome";
export * from "./activity";
export * from "./memberHome";
export * from "./liaisonHome";
export * from "./handlerHome";
