import { List, Tag } from "antd-mobile";
import { useNavigate } from "react-router";
import type { MemberHomeData } from "./homeBlocks";
import { meetingTime } from "./meetingTime";

type Todo = { key: string; kind: string; color: string; title: string; detail: string; to: string };

/** 待办: every item asks the member to act and opens the screen where they do it; it leaves once done. */
export function TodoBlock({ home }: { home: MemberHomeData }) {
  const navigate = useNavigate();
  const todos: Todo[] = [
    ...home.invitationsToAnswer.map((i) => ({
      key: `i-${i.invitationId}`,
      kind: "待回复邀请",
      color: "primary",
      title: i.title,
      detail: `${meetingTime(i.plannedDate, i.startTime)}${i.place ? ` · ${i.place}` : ""}${i.replyDeadline ? ` · 请于${i.replyDeadline}前回复` : ""}`,
      to: `/activities/${i.consultationId}`,
    })),
    ...home.cosigningToConfirm.map((c) => ({
      key: `c-${c.proposalId}`,
      kind: "待确认联名",
      color: "warning",
      title: c.title || "（未填写标题）",
      detail: `${c.leadMemberName}邀请您联名 · ${c.sessionLabel}`,
      to: "/proposals",
    })),
    ...home.repliesToEvaluate.map((r) => ({
      key: `r-${r.proposalId}`,
      kind: "待测评答复",
      color: "success",
      title: r.title,
      detail: `${r.number ? `${r.number} · ` : ""}${r.units.join("、")}已答复，请测评`,
      to: `/proposals/${r.proposalId}`,
    })),
  ];
  return (
    <List header={`待办（${todos.length}）`} mode="card" data-testid="home-todo">
      {todos.length === 0 && <List.Item>没有需要您处理的事项</List.Item>}
      {todos.map((t) => (
        <List.Item key={t.key} onClick={() => void navigate(t.to)} description={t.detail} prefix={<Tag color={t.color} fill="outline">{t.kind}</Tag>}>
          {t.title}
        </List.Item>
      ))}
    </List>
  );
}
