import { consultationModeLabels, consultationStateLabels, hasStep, shanghaiMoment } from "@cppcc/domain";
import { useSignedIn, useTRPC } from "@cppcc/ui";
import { dayText, timeText } from "@cppcc/ui/roster";
import { useQuery } from "@tanstack/react-query";
import { Button, List, Space } from "antd-mobile";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { MobileLoadFailed } from "../../shell/MobileLoadFailed";
import { MobileLoading } from "../../shell/MobileLoading";
import { FilesSection } from "../files/FilesSection";
import { ActivityFrame } from "./ActivityFrame";
import { downloadMeetingCalendar } from "./calendarFile";
import { checkInPhase } from "./checkInPhase";
import { InvitationTag } from "./InvitationTag";
import { LeavePopup } from "./LeavePopup";
import { MySuggestions } from "./MySuggestions";
import { SuggestionPopup } from "./SuggestionPopup";
import type { MemberConsultation } from "./types";
import { useInvitationReply } from "./useInvitationReply";

const attendanceSourceText = { scan: "扫码", code: "签到码", manual: "会务登记" } as const;

/** One consultation the member is invited to: what, when and where, their reply, check-in and suggestions. */
export function ActivityDetailPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const detail = useQuery(trpc.consultation.get.queryOptions({ id }));
  return (
    <ActivityFrame title="活动详情">
      {detail.isPending ? (
        <MobileLoading />
      ) : detail.isError ? (
        <MobileLoadFailed error={detail.error} retry={() => void detail.refetch()} />
      ) : (
        <Activity c={detail.data} />
      )}
    </ActivityFrame>
  );
}

function Activity({ c }: { c: MemberConsultation }) {
  const navigate = useNavigate();
  const { council } = useSignedIn();
  const reply = useInvitationReply();
  const [leaving, setLeaving] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const mine = c.myInvitation;
  // The server's steps for this member's invitation; it judges again when the button is pressed.
  const steps = mine?.steps ?? [];
  const invited = mine !== null && mine.state !== "withdrawn";
  const phase = checkInPhase(c.state, c.checkInWindow, c.myAttendance != null);
  // 签到 leads only while check-in is open.
  const canCheckIn = invited && phase === "open";
  // Present already: whether to come is no longer the question (the office corrects attendance if need be).
  const canAccept = hasStep(steps, "accept") && phase !== "checkedIn";
  const canLeave = hasStep(steps, "requestLeave") && phase !== "checkedIn";
  const checkInText = c.myAttendance
    ? `${timeText(c.myAttendance.at)}（${attendanceSourceText[c.myAttendance.source]}）`
    : phase === "before" && c.checkInWindow
      ? `${shanghaiMoment(new Date(c.checkInWindow.opensAt))} 开放`
      : phase === "open"
        ? "未签到（签到进行中）"
        : "未签到";
  // Suggestions raised at the meeting are taken from its day on (the server says when, and refuses them before).
  const canSuggest = invited && c.suggestionsOpen;
  const place = [c.venueRecord?.name, c.venue].filter(Boolean).join(" · ") || null;
  const upcoming = (c.state === "planned" || c.state === "scheduled") && c.plannedDate != null;
  return (
    <>
      <div style={{ background: "#fff", padding: "16px 16px 12px" }}>
        <div style={{ fontSize: 18, fontWeight: 600, lineHeight: 1.5 }}>{c.title}</div>
        <div style={{ color: "#666", fontSize: 14, marginTop: 4 }}>
          {c.formatName} · {c.townshipName ?? council.name} · {consultationStateLabels[c.state]}
        </div>
      </div>
      <List mode="card" header="会议安排">
        <List.Item extra={c.heldOn ? `${dayText(c.heldOn)}（已召开）` : c.plannedDate ? dayText(c.plannedDate) : "待定"}>日期</List.Item>
        {!c.heldOn && <List.Item extra={c.startTime ?? "待通知"}>开始时间</List.Item>}
        <List.Item extra={place ?? "待通知"}>地点</List.Item>
        {(c.contactName || c.contactPhone) && (
          <List.Item
            extra={
              c.contactPhone ? (
                <a href={`tel:${c.contactPhone}`} onClick={(e) => e.stopPropagation()}>
                  {[c.contactName, c.contactPhone].filter(Boolean).join(" ")}
                </a>
              ) : (
                c.contactName
              )
            }
          >
            联系人
          </List.Item>
        )}
        <List.Item extra={consultationModeLabels[c.mode]}>方式</List.Item>
        {c.replyDeadline && <List.Item extra={dayText(c.replyDeadline)}>报名截止</List.Item>}
        {c.leadCommitteeName && <List.Item extra={c.leadCommitteeName}>牵头</List.Item>}
        {c.postponeReason && <List.Item description={c.postponeReason}>延期说明</List.Item>}
        {c.cancelReason && <List.Item description={c.cancelReason}>取消原因</List.Item>}
        {c.description && (
          <List.Item>
            <div style={{ whiteSpace: "pre-wrap", fontSize: 15, color: "#333" }}>{c.description}</div>
          </List.Item>
        )}
      </List>
      <FilesSection title="会议材料" ownerKind="consultation" ownerId={c.id} uses={["consultation.material", "consultation.outcome"]} hideWhenEmpty />
      {upcoming && invited && (
        <div style={{ padding: "0 12px 12px" }}>
          <Button
            block
            fill="outline"
            onClick={() =>
              downloadMeetingCalendar({
                id: c.id,
                title: c.title,
                plannedDate: c.plannedDate!,
                startTime: c.startTime,
                place,
                description: c.description,
                contactName: c.contactName,
                contactPhone: c.contactPhone,
              })
            }
          >
            添加到日历
          </Button>
        </div>
      )}
      {mine && (
        <List mode="card" header="我的参加情况" data-testid="my-participation">
          <List.Item extra={<InvitationTag state={mine.state} />}>邀请回复</List.Item>
          {mine.leaveReason && <List.Item description={mine.leaveReason}>请假事由</List.Item>}
          {mine.state === "leaveRejected" && mine.rejectReason && <List.Item description={`${mine.rejectReason}，请按时参加`}>未准假</List.Item>}
          <List.Item extra={checkInText}>签到</List.Item>
        </List>
      )}
      {(canAccept || canLeave || canCheckIn || canSuggest) && (
        <Space direction="vertical" block style={{ padding: "0 12px", "--gap": "10px" } as never}>
          {canCheckIn && (
            <Button block color="primary" size="large" onClick={() => void navigate("/check-in")}>
              签到
            </Button>
          )}
          {canAccept && (
            <Button block color="primary" fill={canCheckIn ? "outline" : "solid"} size="large" loading={reply.isPending} onClick={() => {
                if (mine) reply.mutate({ id: mine.id, version: mine.version, type: "accept", reason: "" });
              }}>
              接受邀请
            </Button>
          )}
          {canLeave && (
            <Button block size="large" disabled={reply.isPending} onClick={() => setLeaving(true)}>
              请假
            </Button>
          )}
          {canSuggest && (
            <Button block size="large" color="primary" fill="outline" onClick={() => setSuggesting(true)}>
              提交建议
            </Button>
          )}
        </Space>
      )}
      <MySuggestions consultationId={c.id} />
      <LeavePopup invitation={leaving && mine ? { id: mine.id, version: mine.version, title: c.title } : null} onClose={() => setLeaving(false)} />
      <SuggestionPopup consultationId={c.id} visible={suggesting} onClose={() => setSuggesting(false)} />
    </>
  );
}
