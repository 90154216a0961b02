export * from "./owners";
export * from "./fileKinds";
export * from "./rules";
export * from "./replyLetter";
