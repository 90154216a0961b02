import { Typography } from "antd";

/** A suggestion's answer deadline in a 销号清单: red, with the days late, once it has passed unanswered. */
export function SuggestionDeadline({ deadline, overdue, daysOverdue }: { deadline: string | null; overdue: boolean; daysOverdue: number }) {
  if (!deadline) return <>—</>;
  return (
    <Typography.Text type={overdue ? "danger" : undefined} strong={overdue}>
      {deadline}
      {overdue && <div>逾期 {daysOverdue} 天</div>}
    </Typography.Text>
  );
}
