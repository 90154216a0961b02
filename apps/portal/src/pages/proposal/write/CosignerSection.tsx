import { cosignerStatusLabels, type CosignerStatus } from "@cppcc/domain";
import { errorCode, errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, List, Tag, Toast } from "antd-mobile";
import { useState } from "react";
import type { ProposalDetail } from "../types";
import { InvitePopup } from "./InvitePopup";
import type { DraftAutosave } from "./useDraftAutosave";

const statusColors: Record<CosignerStatus, string> = { invited: "warning", confirmed: "success", declined: "default" };

type Props = {
  proposal: ProposalDetail | undefined;
  draft: DraftAutosave;
  editable: boolean;
  termId: string | undefined;
  memberId: string;
};

/**
 * 联名: the co-signers and where each stands. The first proposer invites fellow members of the
 * term (which creates the draft if there is none yet) and removes them; they confirm in their
 * own portal.
 */
export function CosignerSection({ proposal, draft, editable, termId, memberId }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [picking, setPicking] = useState(false);
  const { mutateAsync: inviteCosigners, isPending: inviting } = useMutation(trpc.proposal.inviteCosigners.mutationOptions());
  const { mutateAsync: removeCosigner } = useMutation(trpc.proposal.removeCosigner.mutationOptions());
  const cosigners = proposal?.proposer.cosigners ?? [];
  const refresh = () => queryClient.invalidateQueries(trpc.proposal.pathFilter());

  const run = async (change: Parameters<DraftAutosave["withVersion"]>[0], done: string) => {
    try {
      const result = await draft.withVersion(change);
      if (!result) return false;
      Toast.show({ icon: "success", content: done });
      return true;
    } catch (error) {
      // A conflict is explained by the editor, which reloads the draft.
      if (errorCode(error) !== "CONFLICT") void Dialog.alert({ content: errorMessage(error) });
      return false;
    } finally {
      await refresh();
    }
  };
  const invite = (memberIds: string[]) => run((at) => inviteCosigners({ ...at, memberIds }), `已邀请 ${memberIds.length} 位委员联名`);
  const remove = async (c: (typeof cosigners)[number]) => {
    const sure = await Dialog.confirm({
      content: c.status === "confirmed" ? `${c.name}已确认联名，移除后如再邀请需重新确认。确定移除？` : `确定将${c.name}移出联名名单？`,
      confirmText: "移除",
    });
    if (sure) await run((at) => removeCosigner({ ...at, memberId: c.memberId }), `已移除${c.name}`);
  };

  const taken = new Map<string, string>([[memberId, "本人"]]);
  for (const c of cosigners) if (c.status !== "declined") taken.set(c.memberId, cosignerStatusLabels[c.status]);

  return (
    <>
      <List
        mode="card"
        header={
          <span>
            联名委员 <span style={{ fontSize: 12, color: "#999" }}>（可选；联名委员在其掌上履职中确认）</span>
          </span>
        }
        data-testid="cosigners"
      >
        {cosigners.map((c) => (
          <List.Item
            key={c.memberId}
            data-cosigner={c.name}
            extra={
              <span style={{ display: "inline-flex", gap: 8, alignItems: "center" }}>
                <Tag color={statusColors[c.status]}>{cosignerStatusLabels[c.status]}</Tag>
                {editable && (
                  <Button size="mini" fill="none" color="danger" onClick={() => void remove(c)}>
                    移除
                  </Button>
                )}
              </span>
            }
          >
            {c.name}
          </List.Item>
        ))}
        {cosigners.length === 0 && <List.Item><span style={{ color: "#999", fontSize: 14 }}>尚未邀请联名委员，将作为个人提案提交</span></List.Item>}
        {editable && (
          <List.Item>
            <Button block fill="outline" color="primary" onClick={() => setPicking(true)}>
              邀请联名委员
            </Button>
          </List.Item>
        )}
      </List>
      {editable && (
        <InvitePopup visible={picking} onClose={() => setPicking(false)} termId={termId} taken={taken} inviting={inviting} onInvite={invite} />
      )}
    </>
  );
}
