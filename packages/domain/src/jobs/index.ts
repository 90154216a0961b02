export * from "./retry";
