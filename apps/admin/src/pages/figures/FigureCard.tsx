import { percentText } from "@cppcc/domain";
import { Card, Statistic, Tag, Typography } from "antd";
import type { Figure } from "./types";

/** What the card shows for its number: the count with its unit, a share as a percentage, or nothing. */
function shown(f: Figure): { value: string; suffix?: string } | null {
  if (f.status !== "counted" || f.value === null) return null;
  if (f.unit === "%") return { value: percentText(f.value) };
  return { value: String(f.value), suffix: f.unit };
}

/**
 * One figure with its definition (两行，可展开). A figure without a number is greyed and says why (a module
 * not built yet, a filter it has no basis for, a rate with nothing to divide) — never a 0 it did not count.
 */
export function FigureCard({ figure }: { figure: Figure }) {
  const value = shown(figure);
  const unavailable = figure.status !== "counted";
  return (
    <Card
      size="small"
      role="group"
      aria-label={figure.label}
      data-status={figure.status}
      style={{ height: "100%", ...(unavailable ? { background: "#fafafa", color: "rgba(0,0,0,0.45)" } : {}) }}
    >
      {value ? (
        <Statistic title={figure.label} value={value.value} suffix={value.suffix} />
      ) : (
        <Statistic
          title={figure.label}
          value="—"
          styles={{ content: { color: "rgba(0,0,0,0.35)" } }}
          suffix={
            <Tag color={figure.status === "moduleNotBuilt" ? "default" : "warning"} style={{ marginInlineStart: 8, verticalAlign: "middle" }}>
              {figure.note}
            </Tag>
          }
        />
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: "8px 0 0" }} ellipsis={{ rows: 2, expandable: "collapsible", symbol: (open) => (open ? "收起" : "口径") }}>
        统计口径：{figure.definition}
      </Typography.Paragraph>
    </Card>
  );
}
