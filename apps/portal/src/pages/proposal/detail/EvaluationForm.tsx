import { evaluationProblems, isSatisfied } from "@cppcc/domain";
import { errorCode, errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Selector, TextArea, Toast } from "antd-mobile";
import { useRef, useState } from "react";
import { ProblemList, splitReasons } from "../ProblemList";
import { newRequestId } from "../requestId";
import { selectorStyle } from "../selectorStyle";
import type { ProposalDetail, ProposalRules } from "../types";
import { Section } from "./Section";

const commentMax = 500;

/**
 * 测评: the reply rated overall and on each of the council's dimensions, on the council's scale
 * (满意 / 基本满意 / 不满意); a reason is asked for when unsatisfied, which sends the proposal
 * back to the units to handle again (once).
 */
export function EvaluationForm({ proposal: p, rules }: { proposal: ProposalDetail; rules: ProposalRules }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { scale, dimensions } = rules.satisfaction;
  const [overall, setOverall] = useState<string | null>(null);
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [comment, setComment] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<string[]>([]);
  const requestId = useRef(newRequestId());
  const evaluate = useMutation(
    trpc.proposal.evaluate.mutationOptions({
      onSuccess: (r) => {
        Toast.show({ icon: "success", content: r.status === "rehandling" ? "已提交评价，承办单位将重新办理" : "已提交评价" });
        void queryClient.invalidateQueries(trpc.proposal.pathFilter());
      },
      onError: (error) => {
        setRefusal(errorCode(error) === "CONFLICT" ? [errorMessage(error)] : splitReasons(errorMessage(error)));
        if (errorCode(error) === "CONFLICT") void queryClient.invalidateQueries(trpc.proposal.pathFilter());
      },
    }),
  );
  const input = { overall: overall ?? "", dimensions: ratings, comment: comment.trim() || undefined };
  const problems = evaluationProblems(input, rules);
  const unsatisfied = overall !== null && !isSatisfied(overall, rules);
  const options = scale.map((l) => ({ label: l.label, value: l.code }));

  const submit = () => {
    setAttempted(true);
    setRefusal([]);
    if (problems.length > 0 || evaluate.isPending) return;
    evaluate.mutate({ id: p.id, version: p.version, requestId: requestId.current, ...input });
  };

  return (
    <Section
      title={p.rehandlings > 0 ? "测评重新办理后的答复" : "测评答复"}
      extra={p.deadlines.evaluationLastDay && <span style={{ fontSize: 12, color: "#999" }}>请于 {p.deadlines.evaluationLastDay} 前测评</span>}
      testId="evaluation-form"
    >
      <Rating id="overall" label="总体评价" options={options} value={overall} onChange={setOverall} />
      {dimensions.map((d) => (
        <Rating key={d.code} id={`dimension-${d.code}`} label={d.label} options={options} value={ratings[d.code] ?? null} onChange={(v) => setRatings((r) => ({ ...r, [d.code]: v }))} />
      ))}
      <div style={{ margin: "12px 0 4px", fontSize: 14, display: "flex", justifyContent: "space-between" }}>
        <label htmlFor="evaluation-comment">
          意见和建议
          <span style={{ color: unsatisfied ? "var(--adm-color-danger)" : "#999", fontSize: 12, marginLeft: 6 }}>{unsatisfied ? "（不满意时必填）" : "（选填）"}</span>
        </label>
        <span style={{ fontSize: 12, color: comment.trim().length > commentMax ? "var(--adm-color-danger)" : "#999" }}>
          {comment.trim().length}/{commentMax}
        </span>
      </div>
      <div style={{ border: "1px solid #eee", borderRadius: 6, padding: "6px 8px" }}>
        <TextArea
          id="evaluation-comment"
          value={comment}
          onChange={setComment}
          placeholder={unsatisfied ? "请写明不满意的原因，便于承办单位重新办理" : "对答复和办理工作的意见（选填）"}
          autoSize={{ minRows: 3, maxRows: 8 }}
        />
      </div>
      <div style={{ margin: "0 -12px" }}>
        <ProblemList title="还不能提交评价：" problems={attempted ? [...new Set([...problems, ...refusal])] : refusal} />
      </div>
      <Button block color="primary" size="large" style={{ marginTop: 12 }} loading={evaluate.isPending} disabled={evaluate.isPending} onClick={submit}>
        提交评价
      </Button>
    </Section>
  );
}

type RatingProps = { id: string; label: string; options: { label: string; value: string }[]; value: string | null; onChange: (v: string) => void };

function Rating({ id, label, options, value, onChange }: RatingProps) {
  return (
    <div style={{ marginBottom: 10 }}>
      <div style={{ fontSize: 14, marginBottom: 6 }}>{label}</div>
      <div id={id}>
        <Selector columns={options.length} options={options} value={value ? [value] : []} onChange={(v) => v[0] && onChange(v[0])} style={selectorStyle} />
      </div>
    </div>
  );
}
