import { Tag } from "antd-mobile";
import dayjs from "dayjs";
import type { ProposalDetail } from "../types";
import { Prose, Section } from "./Section";

/** 答复函: each unit's letter, the reply category on top, the one after re-handling marked. */
export function RepliesCard({ proposal: p }: { proposal: ProposalDetail }) {
  const sent = p.replies.filter((r) => r.sentAt);
  if (sent.length === 0) return null;
  return (
    <>
      {sent.map((r) => (
        <Section
          key={`${r.handlingUnitId}-${r.round}`}
          title={`${r.unitName}答复${r.round > 0 ? "（重新办理）" : ""}`}
          extra={r.sentAt && <span style={{ fontSize: 12, color: "#999" }}>{dayjs(r.sentAt).tz().format("YYYY-MM-DD")}</span>}
          testId="reply"
        >
          <Tag color="primary" fill="outline" style={{ marginBottom: 8 }}>
            {r.categoryCode} 类 · {r.categoryLabel ?? ""}
          </Tag>
          <Prose text={r.text} />
          {(r.signer || r.contact) && (
            <div style={{ fontSize: 13, color: "#666", marginTop: 8 }}>
              {r.signer && `签发人：${r.signer}`}
              {r.signer && r.contact && "　"}
              {r.contact && `联系人：${r.contact}`}
            </div>
          )}
        </Section>
      ))}
    </>
  );
}
