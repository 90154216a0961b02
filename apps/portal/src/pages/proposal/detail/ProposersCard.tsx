import { cosignerStatusLabels, type CosignerStatus } from "@cppcc/domain";
import { Tag } from "antd-mobile";
import dayjs from "dayjs";
import type { ProposalDetail } from "../types";
import { Section } from "./Section";

const colors: Record<CosignerStatus, string> = { invited: "warning", confirmed: "success", declined: "default" };

/** 提案者: the first proposer (or the body) and each co-signer with their answer. */
export function ProposersCard({ proposal: p }: { proposal: ProposalDetail }) {
  const { proposer } = p;
  return (
    <Section title="提案者" testId="proposers">
      {proposer.bodyName && <Row name={proposer.bodyName} tag={<Tag color="primary">集体</Tag>} />}
      {proposer.leadMemberName && <Row name={proposer.leadMemberName} tag={<Tag color="primary">{proposer.bodyName ? "联系人" : "领衔"}</Tag>} />}
      {proposer.cosigners.map((c) => (
        <Row
          key={c.memberId}
          name={c.name}
          note={c.respondedAt ? dayjs(c.respondedAt).tz().format("M月D日 HH:mm") : undefined}
          tag={<Tag color={colors[c.status]}>{cosignerStatusLabels[c.status]}</Tag>}
          cosigner
        />
      ))}
    </Section>
  );
}

function Row({ name, tag, note, cosigner }: { name: string; tag: React.ReactNode; note?: string; cosigner?: boolean }) {
  return (
    <div data-cosigner={cosigner ? name : undefined} style={{ display: "flex", alignItems: "center", gap: 8, padding: "6px 0", fontSize: 15 }}>
      <span>{name}</span>
      {tag}
      {note && <span style={{ marginLeft: "auto", fontSize: 12, color: "#999" }}>{note}</span>}
    </div>
  );
}
