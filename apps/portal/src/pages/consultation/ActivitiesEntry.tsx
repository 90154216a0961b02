import { hasStep } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { List } from "antd-mobile";
import { useNavigate } from "react-router";

/** On the home screen: how many invitations wait for a reply and how many meetings are coming, one tap from 我的活动. */
export function ActivitiesEntry() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const upcoming = useQuery(trpc.consultation.invitation.mine.queryOptions({ upcoming: true, limit: 100 }));
  const items = upcoming.data?.items ?? [];
  const waiting = items.filter((i) => hasStep(i.steps, "accept") && i.state === "invited").length;
  const summary = upcoming.data ? (waiting > 0 ? `${waiting} 个邀请待回复` : items.length > 0 ? `${items.length} 个活动待参加` : "暂无待参加的活动") : "";
  return (
    <List header="履职活动" mode="card">
      <List.Item onClick={() => void navigate("/activities")} extra={<span style={{ color: waiting > 0 ? "var(--adm-color-primary)" : undefined }}>{summary}</span>}>
        我的活动
      </List.Item>
    </List>
  );
}
