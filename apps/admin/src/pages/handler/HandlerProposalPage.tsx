import { ArrowLeftOutlined, PrinterOutlined, RollbackOutlined } from "@ant-design/icons";
import { handlingRoleLabels, hasStep } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { AttachmentsCard } from "@cppcc/ui/antd/attachments";
import { ExtensionRequestButton } from "@cppcc/ui/antd/extension";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Flex, Row, Tag, Typography } from "antd";
import { useState } from "react";
import { useHref, useNavigate, useParams } from "react-router";
import { ExtensionsCard } from "../proposal/detail/ExtensionsCard";
import { HandlingRecord } from "../proposal/shared/HandlingRecord";
import { ProposalTextCard } from "../proposal/shared/ProposalTextCard";
import { StatusTag } from "../proposal/shared/StatusTag";
import { TimelineCard } from "../proposal/shared/TimelineCard";
import type { ProposalDetail } from "../proposal/shared/types";
import { useProposalOptions } from "../proposal/shared/useProposalOptions";
import { useProposalRefresh } from "../proposal/shared/useProposalRefresh";
import { LetterForm } from "./LetterForm";
import { ReturnAssignmentDialog } from "./ReturnAssignmentDialog";

/** What the unit must do and by when, in one line above everything. */
function TaskBanner({ proposal: p }: { proposal: ProposalDetail }) {
  const role = p.my.unitRole;
  if (!role) return null;
  const { dueOn, coOpinionDueOn, returnLastDay } = p.deadlines;
  const steps = p.my.steps;
  const returned = p.status === "assignmentReturned" ? p.assignmentReturn : null;
  const task = returned
    ? `${returned.unitName}已于 ${returned.returnedOn} 退回交办，等待市政协办公室重新交办`
    : hasStep(steps, "reply")
    ? `请于 ${dueOn ?? "期限内"} 前答复提案者${p.status === "rehandling" ? "（提案者对上次答复不满意，请重新办理）" : ""}`
    : hasStep(steps, "sendCoOpinion")
      ? `请于 ${coOpinionDueOn ?? "期限内"} 前将会办意见送主办单位`
      : "本单位的办理任务已完成";
  // The server says whom the lead still waits for (the domain's awaitedCoUnits); only the lead waits.
  const pendingCo = role === "lead" ? (p.assignment?.units ?? []).filter((u) => p.awaitedCoUnitIds.includes(u.handlingUnitId)) : [];
  return (
    <Alert
      type={p.status === "rehandling" || returned ? "warning" : steps.length > 0 ? "info" : "success"}
      showIcon
      title={
        <span>
          本单位为<Tag style={{ marginInline: 4 }}>{handlingRoleLabels[role]}</Tag>单位。{task}
        </span>
      }
      description={
        <>
          {pendingCo.length > 0 && <div>尚待会办意见：{pendingCo.map((u) => u.name).join("、")}（会办意见到齐后方可答复）</div>}
          {hasStep(steps, "returnAssignment") && returnLastDay && <div>如交办不当，可在 {returnLastDay} 前退回。</div>}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}


/** A unit's view of one proposal assigned to it: the text, the letter it writes, and a way back if misassigned. */
export function HandlerProposalPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const refresh = useProposalRefresh();
  const options = useProposalOptions();
  const printHref = useHref(`/proposals/${id}/print`);
  const proposal = useQuery(trpc.proposal.get.queryOptions({ id }));
  const [returning, setReturning] = useState(false);
  const requestExtension = useMutation(trpc.proposal.requestExtension.mutationOptions());
  if (proposal.isPending || options.isPending) return <PageLoading />;
  if (proposal.isError) return <QueryFailed query={proposal} />;
  if (options.isError) return <QueryFailed query={options} />;
  const p = proposal.data;
  const steps = p.my.steps;
  const done = (text: string) => {
    setReturning(false);
    void message.success(text);
    void refresh();
  };
  const letterKind = hasStep(steps, "reply") ? "reply" : hasStep(steps, "sendCoOpinion") ? "coOpinion" : null;
  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate("/handling")} style={{ paddingInline: 0, marginBottom: 8 }}>
        返回承办提案
      </Button>
      <PageTitle
        title={
          <Flex gap={12} align="center" wrap>
            {p.number && <span>{p.number}</span>}
            <span>{p.title}</span>
          </Flex>
        }
        subtitle={
          <Flex gap={8} align="center" wrap component="span">
            <StatusTag status={p.status} />
            {p.isKey && <Tag color="red">重点提案</Tag>}
            <span>{p.sessionLabel}</span>
          </Flex>
        }
      />
      <TaskBanner proposal={p} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            {letterKind && (
              <Card
                title={letterKind === "reply" ? (p.status === "rehandling" ? "重新办理答复" : "撰写答复") : "撰写会办意见"}
                extra={
                  hasStep(steps, "returnAssignment") && (
                    <Button icon={<RollbackOutlined />} danger onClick={() => setReturning(true)}>
                      退回交办
                    </Button>
                  )
                }
              >
                <LetterForm key={`${letterKind}-${p.version}`} proposal={p} kind={letterKind} rules={options.data.rules} onSent={done} onRefresh={() => void refresh()} />
              </Card>
            )}
            {/* The lead unit (or each unit of a split) answers with its sealed letter; a co-unit writes only to the lead. */}
            {p.my.unitRole !== "co" && (
              <AttachmentsCard
                title="答复函"
                ownerKind="proposal"
                ownerId={p.id}
                uploadUse="proposal.replyLetter"
                uses={["proposal.replyLetter"]}
                editable={letterKind === "reply"}
                hint="请上传加盖公章的答复函，答复发出后随答复送达提案者，之后不能再更改"
              />
            )}
            <AttachmentsCard title="提案材料" ownerKind="proposal" ownerId={p.id} uses={["proposal.material"]} />
            <ProposalTextCard proposal={p} />
            <HandlingRecord proposal={p} rules={options.data.rules} detailPath={(other) => `/handling/${other}`} hideDrafts />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Card size="small">
              <Flex gap={8} wrap>
                <Button icon={<PrinterOutlined />} href={printHref} target="_blank">
                  打印提案
                </Button>
                {/* The lead unit answers, so it asks; a co-unit follows the lead's deadline. */}
                {hasStep(steps, "reply") && p.my.unitRole !== "co" && p.deadlines.dueOn && (
                  <ExtensionRequestButton
                    dueOn={p.deadlines.dueOn}
                    past={p.extensions.filter((e) => e.period === p.extensionPeriod)}
                    rules={options.data.extensionRules}
                    onSubmit={(v) => requestExtension.mutateAsync({ id: p.id, ...v })}
                    onDone={() => done("已提交延期申请，等待办公室审批")}
                    onRefresh={() => void refresh()}
                  />
                )}
                {!letterKind && hasStep(steps, "returnAssignment") && (
                  <Button icon={<RollbackOutlined />} danger onClick={() => setReturning(true)}>
                    退回交办
                  </Button>
                )}
              </Flex>
              {steps.length === 0 && (
                <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
                  当前无需本单位操作。
                </Typography.Paragraph>
              )}
            </Card>
            <ExtensionsCard proposal={p} canDecide={false} onDone={done} onRefresh={() => void refresh()} />
            <TimelineCard id={p.id} />
          </Flex>
        </Col>
      </Row>
      {returning && <ReturnAssignmentDialog proposal={p} onClose={() => setReturning(false)} onDone={done} onRefresh={() => void refresh()} />}
    </>
  );
}
