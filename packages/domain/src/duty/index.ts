export * from "./ledger";
export * from "./policy";
export * from "./manualEntry";
export * from "./recordInput";
export * from "./source";
export * from "./warnings";
