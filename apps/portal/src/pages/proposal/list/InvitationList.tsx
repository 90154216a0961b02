import { errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, List, Space, Toast } from "antd-mobile";
import { useNavigate } from "react-router";
import type { Invitation } from "../types";

/** 待确认的联名邀请: drafts of fellow members that name this member, answered here with one tap. */
export function InvitationList() {
  const trpc = useTRPC();
  const invitations = useQuery(trpc.proposal.invitations.queryOptions(undefined, { staleTime: 0 }));
  if (!invitations.data || invitations.data.length === 0) return null;
  return (
    <List header={`待确认的联名邀请（${invitations.data.length}）`} mode="card" data-testid="invitations">
      {invitations.data.map((i) => (
        <InvitationRow key={i.id} invitation={i} />
      ))}
    </List>
  );
}

function InvitationRow({ invitation: i }: { invitation: Invitation }) {
  const navigate = useNavigate();
  const respond = useRespond();
  const decline = async () => {
    if (await confirmDecline(i.title, i.leadMemberName)) respond.mutate({ id: i.id, confirm: false });
  };
  return (
    <List.Item
      data-invitation-id={i.id}
      description={
        <>
          <div>
            {i.leadMemberName}邀请您联名 · {i.sessionLabel}
          </div>
          <Space style={{ marginTop: 8 }} onClick={(e) => e.stopPropagation()}>
            <Button size="small" color="primary" loading={respond.isPending && respond.variables.confirm} disabled={respond.isPending} onClick={() => respond.mutate({ id: i.id, confirm: true })}>
              确认联名
            </Button>
            <Button size="small" disabled={respond.isPending} onClick={() => void decline()}>
              谢绝
            </Button>
            <Button size="small" fill="none" color="primary" onClick={() => void navigate(`/proposals/${i.id}`)}>
              查看全文
            </Button>
          </Space>
        </>
      }
    >
      <span style={{ fontWeight: 500 }}>{i.title || "（未填写标题）"}</span>
    </List.Item>
  );
}

/** Declining takes the member off the list for good (only a new invitation brings them back): asked first. */
export function confirmDecline(title: string, leadName: string): Promise<boolean> {
  return Dialog.confirm({
    title: "谢绝联名",
    content: `谢绝后您将不在「${title || "未命名提案"}」的联名名单中；如改变主意，可请${leadName || "第一提案人"}重新邀请。`,
    confirmText: "谢绝",
  });
}

/** Confirms or declines; the lists and the proposal refresh, the member is told which it was. */
export function useRespond() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.proposal.respondToInvitation.mutationOptions({
      onSuccess: (r) => {
        Toast.show({ icon: "success", content: r.status === "confirmed" ? "已确认联名" : "已谢绝联名" });
        void queryClient.invalidateQueries(trpc.proposal.pathFilter());
      },
      onError: (error) => {
        void Dialog.alert({ content: errorMessage(error) });
        void queryClient.invalidateQueries(trpc.proposal.pathFilter());
      },
    }),
  );
}
