export { AttachmentsCard, type AttachmentsCardProps } from "./AttachmentsCard";
export { ConsultationFiles } from "./ConsultationFiles";
