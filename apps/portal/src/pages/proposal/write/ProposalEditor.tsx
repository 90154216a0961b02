import { cosignProblems, submitProblems, type Proposer } from "@cppcc/domain";
import { errorCode, errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, Toast } from "antd-mobile";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { ProblemList, splitReasons } from "../ProblemList";
import { ProposalFrame, useBack } from "../ProposalFrame";
import { newRequestId } from "../requestId";
import { ReturnReasons } from "../ReturnReasons";
import type { ProposalDetail, ProposalOptions } from "../types";
import { FilesSection } from "../../files/FilesSection";
import { CosignerSection } from "./CosignerSection";
import { DraftForm } from "./DraftForm";
import { draftOf, draftProblem, emptyDraft, type DraftField } from "./draftFields";
import { SaveStatus } from "./SaveStatus";
import { SessionField } from "./SessionField";
import { SimilarProposals } from "./SimilarProposals";
import { useDraftAutosave } from "./useDraftAutosave";

/** Who proposes, as the rules judge it: the member alone, or jointly once anyone was invited. */
function proposerOf(p: ProposalDetail | undefined, memberId: string): Proposer {
  const cosigners = p?.proposer.cosigners ?? [];
  return cosigners.length > 0
    ? { kind: "joint", memberId, cosigners: cosigners.map((c) => ({ memberId: c.memberId, status: c.status })) }
    : { kind: "member", memberId };
}

type Props = {
  options: ProposalOptions;
  /** The draft as loaded; none for a new one. */
  proposal: ProposalDetail | undefined;
  memberId: string;
  onCreated: (id: string) => void;
};

/**
 * Writing a proposal: saved as the member types, co-signers invited, similar proposals of the
 * session shown below, every reason it cannot be submitted yet shown at its field and on top.
 * A returned proposal is revised here and submitted again.
 */
export function ProposalEditor({ options, proposal, memberId, onCreated }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const back = useBack();
  const [sessionId, setSessionId] = useState(proposal?.sessionId ?? options.currentSessionId ?? options.sessions[0]?.id ?? "");
  const draft = useDraftAutosave({
    start: proposal ? { id: proposal.id, version: proposal.version, fields: draftOf(proposal) } : { id: null, version: 0, fields: emptyDraft },
    sessionId,
    memberId,
    onCreated,
  });
  const live = useQuery(
    trpc.proposal.get.queryOptions(
      { id: draft.id ?? "" },
      // While co-signers have not answered, their answers show up without a reload.
      { enabled: !!draft.id, refetchInterval: (q) => (q.state.data?.proposer.cosigners.some((c) => c.status === "invited") ? 15_000 : false) },
    ),
  );
  const current = live.data ?? proposal;
  const returned = current?.status === "returned";
  const { fields } = draft;

  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const submitRequest = useRef(newRequestId());
  const problemsRef = useRef<HTMLDivElement>(null);
  const { mutateAsync: submit } = useMutation(trpc.proposal.submit.mutationOptions());
  const { mutateAsync: resubmit } = useMutation(trpc.proposal.resubmit.mutationOptions());
  const { mutateAsync: discard } = useMutation(trpc.proposal.discardDraft.mutationOptions());

  const fieldProblems = submitProblems({
    sessionId,
    proposer: { kind: "member", memberId },
    title: fields.title,
    situation: fields.situation,
    suggestions: fields.suggestions,
    category: fields.category ?? undefined,
    isLivelihood: fields.isLivelihood ?? undefined,
  });
  const blockingWith = (p: ProposalDetail | undefined) => [...fieldProblems.map((v) => v.message), ...cosignProblems(proposerOf(p, memberId))];
  const blocking = blockingWith(current);
  const shown = attempted ? [...new Set([...blocking, ...refusal])] : refusal;

  const errorsOf = (field: DraftField) => {
    const messages = [
      draftProblem(field, fields[field]),
      ...draft.problems.filter((p) => p.path?.split(".")[0] === field).map((p) => p.message),
      ...(attempted ? fieldProblems.filter((p) => p.path === field).map((p) => p.message) : []),
    ];
    return [...new Set(messages.filter((m): m is string => !!m))];
  };
  const held = (["title", "situation", "suggestions"] as const).some((f) => draftProblem(f, fields[f]) !== null);

  // Saved elsewhere (another tab or device) or taken out of the member's hands: say so and reload.
  const conflict = draft.state.kind === "conflict" ? draft.state.message : null;
  useEffect(() => {
    if (!conflict || !draft.id) return;
    const id = draft.id;
    void Dialog.alert({
      title: "草稿未能保存",
      content: `${conflict}。可能您在另一窗口或设备上修改过这份草稿，或它已被提交。将载入最新内容，本页尚未保存的修改不会保留。`,
      confirmText: "载入最新内容",
    })
      .then(async () => {
        const fresh = await queryClient.fetchQuery(trpc.proposal.get.queryOptions({ id }, { staleTime: 0 }));
        if (!fresh.my.canEditText) return void navigate(`/proposals/${id}`, { replace: true });
        draft.reset({ id, version: fresh.version, fields: draftOf(fresh) });
      })
      // Deleted meanwhile (another tab discarded it): nothing to reload.
      .catch(() => void navigate("/proposals", { replace: true }));
    // Once per conflict; reset() ends it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conflict]);

  const showProblems = () => void setTimeout(() => problemsRef.current?.scrollIntoView({ behavior: "smooth", block: "start" }), 0);

  const onSubmit = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal([]);
    setAttempted(true);
    try {
      const at = await draft.flush();
      // Co-signers answer in their own portal: judge by their answers as they are now.
      const fresh = at ? await queryClient.fetchQuery(trpc.proposal.get.queryOptions({ id: at.id }, { staleTime: 0 })).catch(() => undefined) : undefined;
      if (!at || blockingWith(fresh ?? current).length > 0) return showProblems();
      const step = returned ? resubmit : submit;
      const done = await draft.withVersion((v) => step({ ...v, requestId: submitRequest.current }));
      if (!done) return;
      Toast.show({ icon: "success", content: returned ? "已重新提交" : "提案已提交" });
      await queryClient.invalidateQueries(trpc.proposal.pathFilter());
      void navigate(`/proposals/${done.id}`, { replace: true });
    } catch (error) {
      if (errorCode(error) !== "CONFLICT") {
        setRefusal(splitReasons(errorMessage(error)));
        showProblems();
      }
    } finally {
      setBusy(false);
    }
  };

  const onDiscard = async () => {
    const sure = await Dialog.confirm({
      title: "删除草稿",
      content: "删除后无法恢复，已邀请的联名委员也将看不到这份草稿。确定删除？",
      confirmText: "删除",
    });
    if (!sure) return;
    setBusy(true);
    try {
      if (await draft.withVersion((v) => discard(v))) {
        Toast.show({ content: "草稿已删除" });
        await queryClient.invalidateQueries(trpc.proposal.list.pathFilter());
        void navigate("/proposals", { replace: true });
      }
    } catch (error) {
      if (errorCode(error) !== "CONFLICT") void Dialog.alert({ content: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const onBack = async () => {
    await draft.flush();
    void queryClient.invalidateQueries(trpc.proposal.list.pathFilter());
    back();
  };

  const editableCosigners = !returned && (current ? current.my.canEditCosigners : true);
  const termId = options.sessions.find((s) => s.id === sessionId)?.termId;
  return (
    <ProposalFrame
      title={returned ? "修改提案" : draft.id ? "编辑草稿" : "新建提案"}
      right={<SaveStatus state={draft.state} unsaved={draft.unsaved} held={held} onRetry={() => void draft.flush()} />}
      onBack={() => void onBack()}
      footer={
        <div style={{ display: "flex", gap: 12 }}>
          {!returned && draft.id && (
            <Button size="large" style={{ flex: 1 }} disabled={busy} onClick={() => void onDiscard()}>
              删除草稿
            </Button>
          )}
          <Button size="large" color="primary" style={{ flex: 2 }} loading={busy} disabled={busy || !!conflict} onClick={() => void onSubmit()}>
            {returned ? "重新提交" : "提交"}
          </Button>
        </div>
      }
    >
      {returned && current && <ReturnReasons reasons={current.returnReasons} round={current.returns} />}
      <div ref={problemsRef}>
        <ProblemList title={returned ? "还不能重新提交：" : "还不能提交："} problems={shown} />
      </div>
      {draft.state.kind === "failed" && draft.problems.length === 0 && <ProblemList title="草稿未能保存：" problems={[draft.state.message]} />}
      <SessionField options={options} sessionId={sessionId} onChange={draft.id ? undefined : setSessionId} />
      <DraftForm draft={draft} errorsOf={errorsOf} />
      {draft.id && (
        <FilesSection
          title="提案材料"
          ownerKind="proposal"
          ownerId={draft.id}
          uses={["proposal.material"]}
          uploadUse="proposal.material"
          hint="调研报告、照片等（PDF、Word、Excel、图片）；左滑可删除"
        />
      )}
      <CosignerSection proposal={current} draft={draft} editable={editableCosigners} termId={termId} memberId={memberId} />
      <SimilarProposals sessionId={sessionId} title={fields.title} text={`${fields.situation}\n${fields.suggestions}`} excludeId={draft.id} />
    </ProposalFrame>
  );
}
