import { consultationStateLabels, hasStep, meetingContactText, shanghaiMoment } from "@cppcc/domain";
import { Button, List, Space, Tag } from "antd-mobile";
import { useNavigate } from "react-router";
import { checkInPhase } from "./checkInPhase";
import { InvitationTag } from "./InvitationTag";
import { meetingText } from "./meetingText";
import type { MyInvitation } from "./types";
import { useInvitationReply } from "./useInvitationReply";

type Props = { invitation: MyInvitation; onLeave: (i: MyInvitation) => void };

/**
 * One invitation: the meeting, the member's reply, the replies still open to them (接受邀请, 请假)
 * and when check-in opens; while it is open the page's own 签到 button leads.
 */
export function ActivityCard({ invitation: i, onLeave }: Props) {
  const navigate = useNavigate();
  const reply = useInvitationReply();
  const upcoming = i.consultationState === "planned" || i.consultationState === "scheduled";
  const phase = checkInPhase(i.consultationState, i.checkInWindow, i.checkedInAt != null);
  // Present already: whether to come is no longer the question.
  const canAccept = hasStep(i.steps, "accept") && phase !== "checkedIn";
  const canLeave = hasStep(i.steps, "requestLeave") && phase !== "checkedIn";
  return (
    <List.Item
      data-invitation-id={i.id}
      onClick={() => void navigate(`/activities/${i.consultationId}`)}
      arrowIcon
      description={
        <>
          <div>
            {i.formatName} · {meetingText(i)}
          </div>
          {upcoming && meetingContactText(i) && <div>联系人：{meetingContactText(i)}</div>}
          <Space wrap block style={{ marginTop: 6, "--gap": "6px" } as never}>
            <InvitationTag state={i.state} />
            {!upcoming && (
              <Tag color="default" fill="outline" style={{ fontSize: 12 }}>
                {consultationStateLabels[i.consultationState]}
              </Tag>
            )}
            {i.checkedInAt && (
              <Tag color="success" style={{ fontSize: 12 }}>
                已签到
              </Tag>
            )}
          </Space>
          {i.leaveReason && i.state !== "accepted" && <div style={{ marginTop: 4 }}>请假事由：{i.leaveReason}</div>}
          {i.rejectReason && i.state === "leaveRejected" && <div style={{ marginTop: 4, color: "var(--adm-color-danger)" }}>未准假：{i.rejectReason}，请按时参加</div>}
          {phase === "before" && i.checkInWindow && (
            <div style={{ marginTop: 4 }}>签到将于 {shanghaiMoment(new Date(i.checkInWindow.opensAt))} 开放</div>
          )}
          {phase === "open" && <div style={{ marginTop: 4, color: "var(--adm-color-primary)" }}>签到进行中，请点上方「签到」</div>}
          {(canAccept || canLeave) && (
            <Space block style={{ marginTop: 10 }} onClick={(e) => e.stopPropagation()}>
              {canAccept && (
                <Button
                  size="small"
                  color="primary"
                  loading={reply.isPending}
                  onClick={() => reply.mutate({ id: i.id, version: i.version, type: "accept", reason: "" })}
                >
                  接受邀请
                </Button>
              )}
              {canLeave && (
                <Button size="small" disabled={reply.isPending} onClick={() => onLeave(i)}>
                  请假
                </Button>
              )}
            </Space>
          )}
        </>
      }
    >
      <span style={{ fontWeight: 500 }}>{i.title}</span>
    </List.Item>
  );
}
