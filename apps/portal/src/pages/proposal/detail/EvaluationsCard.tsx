import type { ProposalDetail, ProposalRules } from "../types";
import { Section } from "./Section";

/** The member's ratings so far: the first one, and the one after re-handling. */
export function EvaluationsCard({ proposal: p, rules }: { proposal: ProposalDetail; rules: ProposalRules | undefined }) {
  if (p.evaluations.length === 0 && !p.closedUnevaluated) return null;
  const level = (code: string) => rules?.satisfaction.scale.find((l) => l.code === code)?.label ?? code;
  const dimension = (code: string) => rules?.satisfaction.dimensions.find((d) => d.code === code)?.label ?? code;
  return (
    <Section title="测评结果" testId="evaluations">
      {p.evaluations.map((e) => (
        <div key={e.round} style={{ padding: "6px 0", borderTop: e.round > 0 ? "1px solid #f0f0f0" : undefined }}>
          <div style={{ fontSize: 15 }}>
            {e.round > 0 ? "重新办理后：" : ""}总体<b style={{ marginLeft: 4 }}>{level(e.overall)}</b>
            <span style={{ float: "right", fontSize: 12, color: "#999" }}>{e.evaluatedOn}</span>
          </div>
          {Object.keys(e.dimensions).length > 0 && (
            <div style={{ fontSize: 13, color: "#666", marginTop: 2 }}>
              {Object.entries(e.dimensions)
                .map(([code, rating]) => `${dimension(code)}：${level(rating)}`)
                .join("　")}
            </div>
          )}
          {e.comment && <div style={{ fontSize: 13, color: "#666", marginTop: 2 }}>意见：{e.comment}</div>}
        </div>
      ))}
      {p.closedUnevaluated && <div style={{ fontSize: 13, color: "#999" }}>测评期满未测评，已办结</div>}
    </Section>
  );
}
