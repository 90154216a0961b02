export * from "./smsLogin";
export * from "./deliveryPolicy";
export * from "./smsText";
export * from "./wechat";
export * from "./residentText";
