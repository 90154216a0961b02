import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { App, Button, Card, Col, Flex, Row, Tag } from "antd";
import { useLocation, useNavigate, useParams } from "react-router";
import { HandlingRecord } from "../shared/HandlingRecord";
import { ProposalTextCard } from "../shared/ProposalTextCard";
import { StatusTag } from "../shared/StatusTag";
import { TimelineCard } from "../shared/TimelineCard";
import { useProposalOptions } from "../shared/useProposalOptions";
import { useProposalRefresh } from "../shared/useProposalRefresh";
import { ExtensionsCard } from "./ExtensionsCard";
import { SimilarProposalsCard } from "./SimilarProposalsCard";
import { StepActions } from "./StepActions";

/** One proposal for the office: its text, what was done, the timeline, and the steps staff may take now. */
export function ProposalDetailPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const refresh = useProposalRefresh();
  const options = useProposalOptions();
  const proposal = useQuery(trpc.proposal.get.queryOptions({ id }));
  if (proposal.isPending || options.isPending) return <PageLoading />;
  if (proposal.isError) return <QueryFailed query={proposal} />;
  if (options.isError) return <QueryFailed query={options} />;
  const p = proposal.data;
  const detailPath = (other: string) => `/proposals/${other}`;
  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void (location.key === "default" ? navigate("/proposals") : navigate(-1))} style={{ paddingInline: 0, marginBottom: 8 }}>
        返回列表
      </Button>
      <PageTitle
        title={
          <Flex gap={12} align="center" wrap>
            {p.number && <span>{p.number}</span>}
            <span>{p.title || "（无标题）"}</span>
          </Flex>
        }
        subtitle={
          <Flex gap={8} align="center" wrap component="span">
            <StatusTag status={p.status} />
            {p.isKey && <Tag color="red">重点提案</Tag>}
            {p.mergeGroupId && <Tag color="purple">并案</Tag>}
            <span>{p.sessionLabel}</span>
          </Flex>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <StepActions
          proposal={p}
          options={options.data}
          onRefresh={() => void refresh()}
          onDone={(text) => {
            void message.success(text);
            void refresh();
          }}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <ProposalTextCard proposal={p} />
            <HandlingRecord proposal={p} rules={options.data.rules} detailPath={detailPath} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <ExtensionsCard
              proposal={p}
              canDecide
              onRefresh={() => void refresh()}
              onDone={(text) => {
                void message.success(text);
                void refresh();
              }}
            />
            <SimilarProposalsCard proposal={p} />
            <TimelineCard id={p.id} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
