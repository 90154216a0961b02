import { consultationEditable, type ConsultationState } from "@cppcc/domain";
import { Flex } from "antd";
import { AttachmentsCard } from "./AttachmentsCard";

/**
 * A consultation's meeting materials (invited members download them in the portal) and its
 * report (协商报告), for the office and the township's liaison alike; both change until the
 * consultation is closed or cancelled.
 */
export function ConsultationFiles({ consultation: c }: { consultation: { id: string; state: ConsultationState } }) {
  const editable = consultationEditable(c.state);
  return (
    <Flex vertical gap={16}>
      <AttachmentsCard
        title="会议材料"
        ownerKind="consultation"
        ownerId={c.id}
        uploadUse="consultation.material"
        uses={["consultation.material"]}
        editable={editable}
        hint="受邀委员可在委员端下载"
      />
      <AttachmentsCard
        title="协商报告"
        ownerKind="consultation"
        ownerId={c.id}
        uploadUse="consultation.outcome"
        uses={["consultation.outcome"]}
        editable={editable}
        hint="协商形成的报告、建议案"
      />
    </Flex>
  );
}
