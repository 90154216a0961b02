import { useSignedIn, useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { Result } from "antd-mobile";
import { useCallback, useState } from "react";
import { Navigate, useNavigate, useParams } from "react-router";
import { MobileLoadFailed } from "../../../shell/MobileLoadFailed";
import { MobileLoading } from "../../../shell/MobileLoading";
import { ProposalFrame } from "../ProposalFrame";
import { ProposalEditor } from "./ProposalEditor";

/**
 * /proposals/new and /proposals/:id/edit. A new draft, once its first words are saved, moves to
 * its own address (so a reload continues it) without leaving the editor: the draft this screen
 * created is not loaded again.
 */
export function ProposalWritePage() {
  const { id } = useParams();
  const { account } = useSignedIn();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [createdHere, setCreatedHere] = useState<string | null>(null);
  const options = useQuery(trpc.proposal.options.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const loading = !!id && id !== createdHere;
  const detail = useQuery(trpc.proposal.get.queryOptions({ id: id ?? "" }, { enabled: loading }));
  const onCreated = useCallback(
    (created: string) => {
      setCreatedHere(created);
      void navigate(`/proposals/${created}/edit`, { replace: true });
    },
    [navigate],
  );

  const frame = (body: React.ReactNode) => <ProposalFrame title="提案">{body}</ProposalFrame>;
  if (!account.memberId) return frame(<Result status="warning" title="该账号未关联委员信息" description="无法以委员身份撰写提案，请联系市政协办公室" />);
  if (options.isError) return frame(<MobileLoadFailed error={options.error} retry={() => void options.refetch()} />);
  if (loading && detail.isError) return frame(<MobileLoadFailed error={detail.error} retry={() => void detail.refetch()} />);
  if (options.isPending || (loading && detail.isPending)) return frame(<MobileLoading />);
  if (loading && detail.data && !detail.data.my.canEditText) return <Navigate to={`/proposals/${id}`} replace />;
  if (options.data.sessions.length === 0) return frame(<Result status="info" title="尚未设置届次会议" description="市政协办公室设置会议后即可撰写提案" />);
  return (
    <ProposalEditor
      key={loading ? id : "new"}
      options={options.data}
      proposal={loading ? detail.data : undefined}
      memberId={account.memberId}
      onCreated={onCreated}
    />
  );
}
