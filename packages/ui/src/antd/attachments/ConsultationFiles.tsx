import { consultationEditable, type ConsultationState } from "@cppcc/domain";
import { Flex } from "antd";
import { AttachmentsCard } from "./AttachmentsCard";

const cards = [
  { title: "会议材料", use: "consultation.material", hint: "受邀委员可在委员端下载" },
  { title: "协商报告", use: "consultation.outcome", hint: "协商形成的报告、建议案" },
] as const;

/**
 * A consultation's meeting materials (invited members download them in the portal) and its
 * report (协商报告), for the office and the township's liaison alike; both change until the
 * consultation is closed or cancelled.
 */
export function ConsultationFiles({ consultation: c }: { consultation: { id: string; state: ConsultationState } }) {
  const editable = consultationEditable(c.state);
  return (
    <Flex vertical gap={16}>
      {cards.map((card) => (
        <AttachmentsCard
          key={card.use}
          title={card.title}
          ownerKind="consultation"
          ownerId={c.id}
          uploadUse={card.use}
          uses={[card.use]}
          editable={editable}
          hint={card.hint}
        />
      ))}
    </Flex>
  );
}
