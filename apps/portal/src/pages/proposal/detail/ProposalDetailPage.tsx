import { hasStep } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { MobileLoadFailed } from "../../../shell/MobileLoadFailed";
import { MobileLoading } from "../../../shell/MobileLoading";
import { ProposalFrame } from "../ProposalFrame";
import { ReturnReasons } from "../ReturnReasons";
import { FilesSection } from "../../files/FilesSection";
import { DetailActions } from "./DetailActions";
import { EvaluationForm } from "./EvaluationForm";
import { EvaluationsCard } from "./EvaluationsCard";
import { HandlingCard } from "./HandlingCard";
import { ProposersCard } from "./ProposersCard";
import { RepliesCard } from "./RepliesCard";
import { Prose, Section } from "./Section";
import { SummaryCard } from "./SummaryCard";
import { Timeline } from "./Timeline";

/**
 * /proposals/:id — one proposal as the member sees it: where it stands, who proposes it, the
 * text, the units and their replies, the evaluation (a form when it is the member's turn) and
 * the timeline of everything that happened.
 */
export function ProposalDetailPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const detail = useQuery(trpc.proposal.get.queryOptions({ id }));
  const options = useQuery(trpc.proposal.options.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  if (detail.isPending) return <ProposalFrame title="提案详情"><MobileLoading /></ProposalFrame>;
  if (detail.isError) return <ProposalFrame title="提案详情"><MobileLoadFailed error={detail.error} retry={() => void detail.refetch()} /></ProposalFrame>;
  const p = detail.data;
  const rules = options.data?.rules;
  return (
    <ProposalFrame title="提案详情" footer={<DetailActions proposal={p} />}>
      <SummaryCard proposal={p} />
      {p.status === "returned" && <ReturnReasons reasons={p.returnReasons} round={p.returns} />}
      <ProposersCard proposal={p} />
      <Section title="案由" testId="situation">
        <Prose text={p.situation} />
      </Section>
      <Section title="具体建议" testId="suggestions">
        <Prose text={p.suggestions} />
      </Section>
      <HandlingCard proposal={p} />
      <FilesSection title="提案材料" ownerKind="proposal" ownerId={p.id} uses={["proposal.material"]} hideWhenEmpty />
      <RepliesCard proposal={p} />
      <FilesSection title="答复函" ownerKind="proposal" ownerId={p.id} uses={["proposal.replyLetter"]} hideWhenEmpty />
      <EvaluationsCard proposal={p} rules={rules} />
      {hasStep(p.my.steps, "evaluate") && rules && <EvaluationForm key={`${p.rehandlings}-${p.version}`} proposal={p} rules={rules} />}
      <Timeline proposalId={p.id} options={options.data} />
    </ProposalFrame>
  );
}
