export * from "./stage";
export * from "./parts";
export * from "./deadline";
export * from "./rating";
