import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { ParticipantsPanel } from "@cppcc/ui/antd/consultation";
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Flex, Row, Tabs, Typography } from "antd";
import { Link, useParams, useSearchParams } from "react-router";
import { StateTag } from "../shared/StateTag";
import { CheckInPanel } from "./checkin/CheckInPanel";
import { InvitationsPanel } from "./invitations/InvitationsPanel";
import { LifecycleBar } from "./LifecycleBar";
import { OutcomeCard } from "./OutcomeCard";
import { ConsultationFiles } from "@cppcc/ui/antd/attachments";
import { OverviewCard } from "./OverviewCard";
import { ParticipationCard } from "./ParticipationCard";
import { SpeechesPanel } from "./speeches/SpeechesPanel";
import { SuggestionsPanel } from "./suggestions/SuggestionsPanel";

const tabs = ["invitations", "checkIn", "participants", "speeches", "suggestions"] as const;
type Tab = (typeof tabs)[number];

/** One consultation from topic to feedback: its steps, who takes part, check-in, speeches, suggestions and outcome. */
export function ConsultationDetailPage() {
  const trpc = useTRPC();
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (tabs as readonly string[]).includes(params.get("tab") ?? "") ? (params.get("tab") as Tab) : "invitations";
  // Before and during the meeting members reply and check in from their phones: the figures follow.
  const detail = useQuery(
    trpc.consultation.get.queryOptions({ id }, { refetchInterval: (q) => (q.state.data?.state === "scheduled" ? 10_000 : false) }),
  );
  if (detail.isPending) return <PageLoading />;
  if (detail.isError) return <QueryFailed query={detail} />;
  const c = detail.data;
  return (
    <>
      <Link to="/consultations" style={{ display: "inline-block", marginBottom: 8 }}>
        <ArrowLeftOutlined /> 协商活动
      </Link>
      <PageTitle
        title={c.title}
        subtitle={
          <Flex gap={8} align="center" wrap>
            <StateTag state={c.state} />
            <Typography.Text type="secondary">
              {c.formatName} · {c.townshipName ?? "市级"} · {c.year} 年度
            </Typography.Text>
          </Flex>
        }
      />
      <LifecycleBar consultation={c} />
      {c.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="进入下一步前需处理"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {c.warnings.map((w) => (
                <li key={`${w.path}${w.message}`}>{w.message}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <OverviewCard consultation={c} />
        </Col>
        <Col xs={24} xl={10}>
          <ParticipationCard consultation={c} />
          <OutcomeCard consultation={c} />
          <div style={{ marginBottom: 16 }}>
            <ConsultationFiles consultation={c} />
          </div>
        </Col>
      </Row>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams((prev) => ({ ...Object.fromEntries(prev), tab: key }), { replace: true })}
          items={[
            { key: "invitations", label: "邀请与回复", children: <InvitationsPanel consultation={c} /> },
            { key: "checkIn", label: "签到与出席", children: <CheckInPanel consultation={c} /> },
            { key: "participants", label: "其他参会人员", children: <ParticipantsPanel consultation={c} /> },
            { key: "speeches", label: "发言", children: <SpeechesPanel consultation={c} /> },
            { key: "suggestions", label: "意见建议", children: <SuggestionsPanel consultation={c} /> },
          ]}
        />
      </Card>
    </>
  );
}
