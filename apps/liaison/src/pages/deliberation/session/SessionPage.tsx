import { useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { ConsultationFiles } from "@cppcc/ui/antd/attachments";
import { ParticipantsPanel } from "@cppcc/ui/antd/consultation";
import { useQuery } from "@tanstack/react-query";
import { Card, Flex, Tabs } from "antd";
import { useParams, useSearchParams } from "react-router";
import { ConsultationStateTag } from "../shared/tags";
import { CheckInPanel } from "./checkIn/CheckInPanel";
import { InvitationsTab } from "./invitations/InvitationsTab";
import { SessionOverview } from "./SessionOverview";
import { SpeechesTab } from "./speeches/SpeechesTab";
import { SuggestionsTab } from "./suggestions/SuggestionsTab";
import { SummaryTab } from "./summary/SummaryTab";

const tabKeys = ["invitations", "checkIn", "participants", "speeches", "suggestions", "summary"] as const;
type TabKey = (typeof tabKeys)[number];

/**
 * One 民生议事堂 from scheduling to closing: who is invited and present (members, and others such
 * as residents and department representatives), the check-in code, the
 * speeches and suggestions with their routing and closing, and the public summary.
 */
export function SessionPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = tabKeys.find((k) => k === params.get("tab")) ?? "invitations";
  // While members reply and check in, the organiser's screen follows along without a reload.
  const query = useQuery(trpc.consultation.get.queryOptions({ id }, { refetchInterval: (q) => (q.state.data?.state === "scheduled" ? 10_000 : false) }));
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryFailed query={query} />;
  const d = query.data;
  const { suggestions } = d.counts;
  const suggestionTotal = suggestions.recorded + suggestions.routed + suggestions.answered + suggestions.closed;
  return (
    <>
      <PageTitle
        title={d.title}
        subtitle={
          <Flex gap={8} align="center" wrap>
            <span>
              {d.formatName} · {d.townshipName}
            </span>
            <ConsultationStateTag state={d.state} />
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <SessionOverview deliberation={d} />
        <ConsultationFiles consultation={d} />
        <Card styles={{ body: { paddingTop: 4 } }}>
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: "invitations", label: `邀请与出席（${d.counts.attendance} 人出席）`, children: <InvitationsTab deliberation={d} /> },
              { key: "checkIn", label: "扫码签到", children: <CheckInPanel deliberation={d} /> },
              { key: "participants", label: `其他参会人员（${d.counts.participants}）`, children: <ParticipantsPanel consultation={d} /> },
              { key: "speeches", label: `发言（${d.counts.speeches}）`, children: <SpeechesTab deliberation={d} /> },
              { key: "suggestions", label: `意见建议（${suggestionTotal}）`, children: <SuggestionsTab deliberation={d} /> },
              { key: "summary", label: d.summaryPublishedAt ? "结果公示（已公示）" : "结果公示", children: <SummaryTab deliberation={d} /> },
            ]}
          />
        </Card>
      </Flex>
    </>
  );
}
