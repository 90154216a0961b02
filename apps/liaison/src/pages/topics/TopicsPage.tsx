import { CalendarOutlined } from "@ant-design/icons";
import type { ResidentTopicState } from "@cppcc/domain";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { Button, Card, Flex, Tabs, Typography } from "antd";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { NoTownship } from "../deliberation/shared/NoTownship";
import type { ResidentTopic } from "../deliberation/shared/types";
import { useOwnTownship } from "../deliberation/shared/useOwnTownship";
import { useConsultationRefresh } from "../deliberation/shared/useRefresh";
import { AcceptTopicDialog } from "./AcceptTopicDialog";
import { PublicLinkCard } from "./PublicLinkCard";
import { RejectTopicDialog } from "./RejectTopicDialog";
import { TopicTable } from "./TopicTable";
import { useTopicPages } from "./useTopicPages";

const tabs: { key: ResidentTopicState; label: string }[] = [
  { key: "pending", label: "待审核" },
  { key: "accepted", label: "已采纳" },
  { key: "rejected", label: "不予采纳" },
];

/**
 * 群众议题: what residents raised on the public page. The officer accepts a topic, confirming
 * the text to publish (edited or redacted; it may then be put to a 民生议事堂), or declines it
 * with a reason the resident sees when looking up their receipt.
 */
export function TopicsPage() {
  const { townshipId, township, overview } = useOwnTownship();
  const [params, setParams] = useSearchParams();
  const state = (tabs.find((t) => t.key === params.get("state"))?.key ?? "pending") as ResidentTopicState;
  if (!townshipId) return <NoTownship />;
  if (overview.isPending) return <PageLoading />;
  if (overview.isError) return <QueryFailed query={overview} />;
  return (
    <>
      <PageTitle title="群众议题" subtitle="群众在公开页面提出的议题：审核采纳后公示，并可安排民生议事堂协商" />
      <Flex vertical gap={16}>
        <PublicLinkCard townshipId={townshipId} townshipName={township?.name ?? ""} />
        <Card styles={{ body: { paddingTop: 4 } }}>
          <Tabs
            activeKey={state}
            onChange={(key) => setParams({ state: key }, { replace: true })}
            items={tabs.map((t) => ({ key: t.key, label: t.label }))}
          />
          <TopicList key={state} townshipId={townshipId} state={state} />
        </Card>
      </Flex>
    </>
  );
}

function TopicList({ townshipId, state }: { townshipId: string; state: ResidentTopicState }) {
  const navigate = useNavigate();
  const refresh = useConsultationRefresh();
  const pages = useTopicPages(townshipId, state);
  const [rejecting, setRejecting] = useState<ResidentTopic | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [accepting, setAccepting] = useState<ResidentTopic | null>(null);
  if (pages.isError) return <QueryFailed query={pages} />;
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {state === "accepted" && (
        <Flex align="center" justify="space-between" gap={12} wrap style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">勾选尚未安排的议题，安排一次民生议事堂协商。</Typography.Text>
          <Button
            type="primary"
            icon={<CalendarOutlined />}
            disabled={selected.length === 0}
            onClick={() => void navigate(`/deliberations/new?topics=${selected.join(",")}`)}
          >
            安排议事{selected.length > 0 && `（${selected.length} 个议题）`}
          </Button>
        </Flex>
      )}
      <TopicTable
        state={state}
        rows={rows}
        loading={pages.isPending}
        onAccept={setAccepting}
        onReject={setRejecting}
        selected={selected}
        onSelect={setSelected}
      />
      {rows.length > 0 && (
        <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="个议题" />
      )}
      {accepting && (
        <AcceptTopicDialog
          topic={accepting}
          onClose={() => setAccepting(null)}
          onDone={() => {
            setAccepting(null);
            refresh();
          }}
        />
      )}
      {rejecting && (
        <RejectTopicDialog
          topic={rejecting}
          onClose={() => setRejecting(null)}
          onDone={() => {
            setRejecting(null);
            refresh();
          }}
        />
      )}
    </>
  );
}
