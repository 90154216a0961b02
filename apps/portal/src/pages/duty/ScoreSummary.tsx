import { tableText, type DutyRecord } from "@cppcc/ui/duty";
import { Card, ProgressBar, Tag } from "antd-mobile";

/** The year at a glance: the total and band, each category against its cap, minimums not yet met. */
export function ScoreSummary({ record }: { record: DutyRecord }) {
  const { score, table } = record;
  return (
    <Card style={{ margin: 12 }} data-testid="duty-summary">
      {score ? (
        <>
          <div style={{ display: "flex", alignItems: "baseline", gap: 8 }}>
            <span style={{ fontSize: 40, fontWeight: 700, color: "var(--adm-color-primary)" }}>{score.total}</span>
            <span style={{ color: "#666" }}>分</span>
            <Tag color={score.band.lowest ? "danger" : "success"} style={{ marginLeft: "auto", fontSize: 14 }}>
              {score.band.label}
            </Tag>
          </div>
          {score.base > 0 && <div style={{ color: "#999", fontSize: 13 }}>含基础分 {score.base} 分</div>}
          <div style={{ marginTop: 12, display: "flex", flexDirection: "column", gap: 10 }}>
            {score.categories.map((c) => (
              <div key={c.code}>
                <div style={{ display: "flex", justifyContent: "space-between", fontSize: 14 }}>
                  <span>{c.label}</span>
                  <span>
                    {c.subtotal}
                    {c.cap != null && c.cap > 0 && <span style={{ color: "#999" }}> / {c.cap}</span>}
                  </span>
                </div>
                {c.cap != null && c.cap > 0 && <ProgressBar percent={Math.max(0, Math.min(100, (c.subtotal / c.cap) * 100))} style={{ "--track-width": "6px" } as never} />}
              </div>
            ))}
          </div>
          {score.unmetMinimums.length > 0 && (
            <div style={{ marginTop: 12, padding: 8, background: "#fff7e6", borderRadius: 6, fontSize: 13, color: "#ad6800" }}>
              尚未达到：{score.unmetMinimums.map((m) => `${m.label}（已有 ${m.found}，需 ${m.required}）`).join("；")}
            </div>
          )}
        </>
      ) : (
        <div style={{ fontSize: 16 }}>本年度共 {record.entries.length} 条履职记录</div>
      )}
      <div style={{ marginTop: 10, color: "#999", fontSize: 12 }}>{tableText(table)}</div>
    </Card>
  );
}
