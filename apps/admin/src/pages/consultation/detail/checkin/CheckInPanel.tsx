import { attendanceMethodLabels, attendanceMethodOf } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { timeText } from "@cppcc/ui/roster";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { MemberSelect } from "../../shared/MemberSelect";
import type { AttendanceRow as Present, ConsultationDetail } from "../../shared/types";
import { useMarkAttendance } from "../invitations/useMarkAttendance";
import { CheckInCode } from "./CheckInCode";

/** 签到: the code for the room, who is present (scanned or marked), and marking by hand. */
export function CheckInPanel({ consultation: c }: { consultation: ConsultationDetail }) {
  const trpc = useTRPC();
  const [memberId, setMemberId] = useState<string | undefined>();
  const attendance = useMarkAttendance(c.id);
  const pages = useInfiniteQuery(
    trpc.consultation.checkIn.attendance.infiniteQueryOptions(
      { consultationId: c.id, limit: 100 },
      // While members are scanning, the list follows them.
      { getNextPageParam: (p) => p.nextCursor ?? undefined, refetchInterval: c.state === "scheduled" ? 5000 : false },
    ),
  );
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const canMark = c.attendanceOpen;
  const columns: TableColumnsType<Present> = [
    { title: "委员", dataIndex: "memberName", width: 120 },
    {
      title: "方式",
      dataIndex: "source",
      width: 110,
      render: (s: Present["source"]) => <Tag color={s === "manual" ? "blue" : "green"}>{attendanceMethodLabels[attendanceMethodOf(s)]}</Tag>,
    },
    { title: "时间", dataIndex: "at", width: 170, render: (at: Date) => timeText(at) },
    {
      title: "邀请",
      dataIndex: "invitationState",
      render: (s: Present["invitationState"]) => (s && s !== "withdrawn" ? "受邀" : <Typography.Text type="warning">未在邀请名单</Typography.Text>),
    },
    ...(canMark
      ? [
          {
            title: "操作",
            key: "actions",
            width: 110,
            render: (_: unknown, r: Present) => (
              <Popconfirm title={`取消${r.memberName}的出席登记？`} okText="取消出席" onConfirm={() => attendance.mark(r.memberId, false)}>
                <Button size="small">取消出席</Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      {c.state === "scheduled" ? (
        <CheckInCode consultationId={c.id} title={c.title} />
      ) : (
        <Typography.Paragraph type="secondary">{c.state === "held" ? "会议已登记召开，扫码签到已结束；可按签到表补登或更正出席。" : "安排会议日期（已排期）后可出示签到码。"}</Typography.Paragraph>
      )}
      {canMark && (
        <Card size="small" title="手工登记出席" style={{ marginBottom: 16 }}>
          <Flex gap={8} wrap>
            <div style={{ flex: "1 1 320px" }}>
              <MemberSelect value={memberId} onChange={(v) => setMemberId(v as string | undefined)} placeholder="没有手机或扫码失败的委员：输入姓名查找" />
            </div>
            <Button
              type="primary"
              disabled={!memberId}
              loading={attendance.isPending}
              onClick={() => {
                if (memberId) attendance.mark(memberId, true);
                setMemberId(undefined);
              }}
            >
              登记出席
            </Button>
          </Flex>
        </Card>
      )}
      <Typography.Title level={5}>出席名单（{total} 人）</Typography.Title>
      <Table<Present> rowKey="id" size="small" columns={columns} dataSource={rows} loading={pages.isPending} pagination={false} locale={{ emptyText: "还没有人签到" }} />
      <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="人" />
    </>
  );
}
