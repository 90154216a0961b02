import { Empty, Timeline, Typography } from "antd";
import { dayText } from "../../roster/format";
import { historyActionLabels, memberHistory, type HistoryAction } from "../../roster/history";
import type { MemberDetail } from "../../roster/types";

// Explicit blue: the theme makes antd's "blue" the brand red, which would read as a withdrawal.
const colors: Record<HistoryAction, string> = { join: "green", move: "#1677ff", leave: "gray", withdraw: "red" };

/** The dated membership history: when the member joined, moved and left each place. */
export function MemberHistory({ member }: { member: MemberDetail }) {
  const entries = memberHistory(member);
  if (entries.length === 0) return <Empty description="暂无任职记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={entries.map((e) => ({
        key: e.date,
        color: colors[e.action],
        content: (
          <div>
            <Typography.Text strong>
              {dayText(e.date)} · {historyActionLabels[e.action]}
            </Typography.Text>
            {e.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
            {e.reason && <Typography.Text type="secondary">原因：{e.reason}</Typography.Text>}
          </div>
        ),
      }))}
    />
  );
}
