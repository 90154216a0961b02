import { useTRPC } from "@cppcc/ui";
import { ExtensionRequests } from "@cppcc/ui/antd/extension";
import { useMutation } from "@tanstack/react-query";
import { Card } from "antd";
import type { ProposalDetail } from "../shared/types";

type Props = { proposal: ProposalDetail; canDecide: boolean; onDone: (message: string) => void; onRefresh: () => void };

/** 延期申请 of this proposal: the office decides a waiting one here, a unit sees what it asked and the answer. */
export function ExtensionsCard({ proposal, canDecide, onDone, onRefresh }: Props) {
  const trpc = useTRPC();
  const decide = useMutation(trpc.deadlineExtension.decide.mutationOptions());
  if (proposal.extensions.length === 0) return null;
  return (
    <Card size="small" title="延期申请" data-testid="extension-card">
      <ExtensionRequests
        items={proposal.extensions}
        canDecide={canDecide}
        onDecide={(item, decision) => decide.mutateAsync({ id: item.id, version: item.version, ...decision })}
        onDone={onDone}
        onRefresh={onRefresh}
      />
    </Card>
  );
}
