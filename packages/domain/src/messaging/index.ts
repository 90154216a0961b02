export * from "./smsLogin";
export * from "./deliveryPolicy";
export * from "./smsText";
