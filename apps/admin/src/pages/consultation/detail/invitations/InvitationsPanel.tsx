import { UserAddOutlined } from "@ant-design/icons";
import { attendanceMethodLabels, attendanceMethodOf, findStep, invitationStateLabels, invitationStates, type InvitationState } from "@cppcc/domain";
import { errorMessage, useTRPC } from "@cppcc/ui";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { timeText } from "@cppcc/ui/roster";
import { keepPreviousData, useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { App, Button, Flex, Popconfirm, Segmented, Table, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import type { ConsultationDetail, InvitationRow } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { InvitationStateTag } from "./InvitationStateTag";
import { InviteDialog } from "./InviteDialog";
import { RejectLeaveDialog } from "./RejectLeaveDialog";
import { useMarkAttendance } from "./useMarkAttendance";

const decisionText: Record<"approveLeave" | "rejectLeave" | "withdraw", string> = { approveLeave: "已准假", rejectLeave: "已不准假", withdraw: "已撤回邀请" };

/** Who is invited and how they replied: leave requests to grant or refuse, attendance to mark by hand. */
export function InvitationsPanel({ consultation: c }: { consultation: ConsultationDetail }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [state, setState] = useState<InvitationState | "all">("all");
  const [inviting, setInviting] = useState(false);
  const [rejecting, setRejecting] = useState<InvitationRow | null>(null);
  const attendance = useMarkAttendance(c.id);
  const pages = useInfiniteQuery(
    trpc.consultation.invitation.list.infiniteQueryOptions(
      { consultationId: c.id, state: state === "all" ? null : state, limit: 100 },
      {
        getNextPageParam: (p) => p.nextCursor ?? undefined,
        placeholderData: keepPreviousData,
        refetchInterval: c.invitationListOpen ? 15_000 : false,
      },
    ),
  );
  const decide = useMutation(
    trpc.consultation.invitation.decide.mutationOptions({
      onSuccess: async (_r, input) => {
        await refresh();
        void message.success(decisionText[input.type]);
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  const reply = useMutation(
    trpc.consultation.invitation.reply.mutationOptions({
      onSuccess: async () => {
        await refresh();
        void message.success("已代为报名");
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const counts = pages.data?.pages[0]?.counts;
  // Both from the server's rules: the list is open once the consultation is planned, until the meeting.
  const canInvite = c.invitationListOpen;
  const canMark = c.attendanceOpen;

  // Each row's buttons are the steps the server offers this organiser on that invitation.
  const actions = (r: InvitationRow) => {
    const approve = findStep(r.steps, "approveLeave");
    const reject = findStep(r.steps, "rejectLeave");
    const withdraw = findStep(r.steps, "withdraw");
    return (
      <Flex gap={4} wrap>
        {approve && (
          <Popconfirm title={`准予${r.memberName}请假？`} okText={approve.label} onConfirm={() => decide.mutate({ id: r.id, version: r.version, type: "approveLeave", reason: "" })}>
            <Button size="small" type="primary">
              {approve.label}
            </Button>
          </Popconfirm>
        )}
        {reject && (
          <Button size="small" danger onClick={() => setRejecting(r)}>
            {reject.label}
          </Button>
        )}
        {/* Signing up on a member's behalf is offered for an unanswered invitation only; after a leave request the member decides. */}
        {findStep(r.steps, "accept") && r.state === "invited" && (
          <Button size="small" onClick={() => reply.mutate({ id: r.id, version: r.version, type: "accept", reason: "" })}>
            代为报名
          </Button>
        )}
        {canMark &&
          (r.checkedInAt ? (
            <Popconfirm title={`取消${r.memberName}的出席登记？`} okText="取消出席" onConfirm={() => attendance.mark(r.memberId, false)}>
              <Button size="small">取消出席</Button>
            </Popconfirm>
          ) : (
            <Button size="small" onClick={() => attendance.mark(r.memberId, true)}>
              登记出席
            </Button>
          ))}
        {withdraw && (
          <Popconfirm title={`撤回对${r.memberName}的邀请？`} okText="撤回" onConfirm={() => decide.mutate({ id: r.id, version: r.version, type: "withdraw", reason: "" })}>
            <Button size="small" type="text" danger>
              {withdraw.label}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    );
  };

  const columns: TableColumnsType<InvitationRow> = [
    { title: "委员", dataIndex: "memberName", width: 100 },
    { title: "界别", dataIndex: "sectorName", width: 130 },
    { title: "委员小组", dataIndex: "townshipGroupName", width: 160 },
    { title: "回复", dataIndex: "state", width: 100, render: (s: InvitationState) => <InvitationStateTag state={s} /> },
    {
      title: "请假事由 / 说明",
      key: "reason",
      render: (_: unknown, r) => (
        <Flex vertical>
          {r.leaveReason && <span>{r.leaveReason}</span>}
          {r.rejectReason && <Typography.Text type="danger">不准假：{r.rejectReason}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: "签到",
      key: "checkIn",
      width: 160,
      render: (_: unknown, r) =>
        r.checkedInAt ? (
          <Flex vertical>
            <span>{timeText(r.checkedInAt)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.checkInSource ? attendanceMethodLabels[attendanceMethodOf(r.checkInSource)] : ""}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">未签到</Typography.Text>
        ),
    },
    { title: "操作", key: "actions", width: 230, render: (_: unknown, r) => actions(r) },
  ];

  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented<InvitationState | "all">
          value={state}
          onChange={setState}
          options={[
            { value: "all", label: "全部" },
            ...invitationStates
              .filter((s) => s !== "withdrawn" || (counts?.withdrawn ?? 0) > 0)
              .map((s) => ({ value: s, label: `${invitationStateLabels[s]}${counts ? ` ${counts[s]}` : ""}` })),
          ]}
        />
        {canInvite && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
            邀请委员
          </Button>
        )}
      </Flex>
      <Table<InvitationRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={pages.isPending || (pages.isFetching && pages.isPlaceholderData)}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{
          emptyText: canInvite ? "还没有邀请委员，点击右上角“邀请委员”" : c.state === "draft" ? "列入计划后即可邀请委员" : "没有邀请记录",
        }}
      />
      <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="位委员" />
      {inviting && <InviteDialog consultation={c} onClose={() => setInviting(false)} />}
      {rejecting && <RejectLeaveDialog invitation={rejecting} onClose={() => setRejecting(null)} />}
    </>
  );
}
