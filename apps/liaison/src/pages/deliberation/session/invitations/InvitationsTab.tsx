import { CheckOutlined, UserAddOutlined } from "@ant-design/icons";
import { attendanceMethodLabels, attendanceMethodOf, findStep, invitationStateLabels, invitationStates, type InvitationState } from "@cppcc/domain";
import { errorMessage, useTRPC } from "@cppcc/ui";
import { QueryFailed } from "@cppcc/ui/antd";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Empty, Flex, Segmented, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { formatDateTime } from "../../shared/format";
import { InvitationStateTag } from "../../shared/tags";
import type { Deliberation, Invitation } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useRefresh";
import { InviteDialog } from "./InviteDialog";
import { RejectLeaveDialog } from "./RejectLeaveDialog";
import { useInvitationPages } from "./useInvitees";
import { WalkInDialog } from "./WalkInDialog";

/**
 * Who was invited and how they replied (报名 / 请假 with the reason), who is present (scanned or
 * marked by hand), and the officer's part: inviting more members until the meeting, registering
 * anyone present (invited or not), granting leave.
 */
export function InvitationsTab({ deliberation: d }: { deliberation: Deliberation }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [state, setState] = useState<InvitationState | null>(null);
  const pages = useInvitationPages(d.id, state, d.state === "scheduled");
  const [rejecting, setRejecting] = useState<Invitation | null>(null);
  const [dialog, setDialog] = useState<"invite" | "walkIn" | null>(null);
  const onError = (error: unknown) => {
    void message.error(errorMessage(error));
    refresh();
  };
  const mark = useMutation(
    trpc.consultation.checkIn.mark.mutationOptions({
      onSuccess: (r) => {
        void message.success(r.present ? "已登记出席" : "已取消出席登记");
        refresh();
      },
      onError,
    }),
  );
  const decide = useMutation(
    trpc.consultation.invitation.decide.mutationOptions({
      onSuccess: () => {
        void message.success("已准假");
        refresh();
      },
      onError,
    }),
  );
  if (pages.isError) return <QueryFailed query={pages} />;
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const counts = d.counts.invitations;
  const canMark = d.attendanceOpen;
  const canInvite = d.invitationListOpen;
  const busy = (memberId: string) => mark.isPending && mark.variables?.memberId === memberId;

  const columns: TableColumnsType<Invitation> = [
    {
      title: "委员",
      key: "member",
      width: 100,
      render: (_, i) => <Typography.Text strong>{i.memberName}</Typography.Text>,
    },
    {
      title: "界别 / 委员小组",
      key: "groups",
      render: (_, i) => (
        <Flex vertical>
          <span>{i.sectorName}</span>
          <Typography.Text type="secondary">{i.townshipGroupName}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: "回复",
      key: "reply",
      width: 180,
      render: (_, i) => (
        <Flex vertical gap={4}>
          <span>
            <InvitationStateTag state={i.state} />
          </span>
          {i.leaveReason && ["leaveRequested", "leaveApproved", "leaveRejected"].includes(i.state) && (
            <Typography.Text type="secondary">请假事由：{i.leaveReason}</Typography.Text>
          )}
          {i.state === "leaveRejected" && i.rejectReason && <Typography.Text type="secondary">不准假：{i.rejectReason}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: "签到",
      key: "attendance",
      width: 150,
      render: (_, i) =>
        i.checkedInAt ? (
          <Flex vertical>
            <Tag color="green" style={{ width: "fit-content" }}>
              {i.checkInSource ? attendanceMethodLabels[attendanceMethodOf(i.checkInSource)] : ""}
            </Tag>
            <Typography.Text type="secondary">{formatDateTime(i.checkedInAt)}</Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">未签到</Typography.Text>
        ),
    },
    {
      title: "操作",
      key: "actions",
      fixed: "right",
      width: 170,
      render: (_, i) => (
        <Flex gap={8} wrap>
          {canMark && i.state !== "withdrawn" && !i.checkedInAt && (
            <Button size="small" loading={busy(i.memberId)} onClick={() => mark.mutate({ consultationId: d.id, memberId: i.memberId, present: true })}>
              登记出席
            </Button>
          )}
          {canMark && i.checkedInAt && (
            <Button size="small" type="text" danger loading={busy(i.memberId)} onClick={() => mark.mutate({ consultationId: d.id, memberId: i.memberId, present: false })}>
              取消出席
            </Button>
          )}
          {/* The leave decisions the server offers on this invitation (while the meeting is not over). */}
          {findStep(i.steps, "approveLeave") && (
            <Button
              size="small"
              type="primary"
              loading={decide.isPending && decide.variables?.id === i.id}
              onClick={() => decide.mutate({ id: i.id, version: i.version, type: "approveLeave" })}
            >
              {findStep(i.steps, "approveLeave")?.label}
            </Button>
          )}
          {findStep(i.steps, "rejectLeave") && (
            <Button size="small" onClick={() => setRejecting(i)}>
              {findStep(i.steps, "rejectLeave")?.label}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented<InvitationState | "all">
          value={state ?? "all"}
          onChange={(v) => setState(v === "all" ? null : v)}
          options={[
            { value: "all", label: "全部" },
            ...invitationStates
              .filter((s) => s !== "withdrawn" && (counts[s] > 0 || s === state))
              .map((s) => ({ value: s, label: `${invitationStateLabels[s]} ${counts[s]}` })),
          ]}
        />
        <Tag color="green">出席 {d.counts.attendance} 人</Tag>
        <Flex gap={8} style={{ marginInlineStart: "auto" }}>
          {canInvite && (
            <Button icon={<UserAddOutlined />} onClick={() => setDialog("invite")}>
              邀请委员
            </Button>
          )}
          {canMark && (
            <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog("walkIn")}>
              登记到会委员
            </Button>
          )}
        </Flex>
      </Flex>
      <Table<Invitation>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={pages.isPending}
        pagination={false}
        scroll={{ x: 740 }}
        locale={{ emptyText: <Empty description={canInvite ? "尚未邀请委员：点「邀请委员」按小组、界别或姓名邀请" : "尚未邀请委员"} /> }}
      />
      {rows.length > 0 && (
        <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="位委员" />
      )}
      {rejecting && <RejectLeaveDialog invitation={rejecting} onClose={() => setRejecting(null)} />}
      {dialog === "invite" && <InviteDialog deliberation={d} onClose={() => setDialog(null)} />}
      {dialog === "walkIn" && <WalkInDialog deliberation={d} onClose={() => setDialog(null)} />}
    </>
  );
}
