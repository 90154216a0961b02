import { PlusOutlined } from "@ant-design/icons";
import { useTRPC } from "@cppcc/ui";
import { QueryFailed } from "@cppcc/ui/antd";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Empty, Flex, Spin, Typography } from "antd";
import { useState } from "react";
import type { Deliberation } from "../../shared/types";
import { useConsultationOptions } from "../../shared/useConsultationOptions";
import { SuggestionActions } from "../../suggestions/SuggestionActions";
import { SuggestionCard } from "../../suggestions/SuggestionCard";
import { fromList } from "../../suggestions/types";
import { RecordSuggestionDialog } from "./RecordSuggestionDialog";

/** The session's suggestions, each followed from recording through routing and answer to closing. */
export function SuggestionsTab({ deliberation: d }: { deliberation: Deliberation }) {
  const trpc = useTRPC();
  const options = useConsultationOptions();
  const [recording, setRecording] = useState(false);
  const pages = useInfiniteQuery(
    trpc.consultation.suggestion.list.infiniteQueryOptions({ consultationId: d.id, limit: 50 }, { getNextPageParam: (p) => p.nextCursor ?? undefined }),
  );
  if (pages.isError) return <QueryFailed query={pages} />;
  const rows = (pages.data?.pages.flatMap((p) => p.items) ?? []).map(fromList);
  const open = d.attendanceOpen;
  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {open ? "登记委员、群众和部门代表提出的意见建议，交办承办单位并跟踪答复，逐条销号。" : "议事排期或召开后收集意见建议；已登记的可继续交办和销号。"}
        </Typography.Text>
        {open && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            登记意见建议
          </Button>
        )}
      </Flex>
      {pages.isPending ? (
        <Spin style={{ display: "block", margin: "24px auto" }} />
      ) : rows.length === 0 ? (
        <Empty description="还没有登记意见建议" />
      ) : (
        <Flex vertical gap={12}>
          {rows.map((s) => (
            <SuggestionCard key={s.id} suggestion={s} options={options.data} actions={<SuggestionActions suggestion={s} />} />
          ))}
          <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="条" />
        </Flex>
      )}
      {recording && <RecordSuggestionDialog deliberation={d} onClose={() => setRecording(false)} />}
    </>
  );
}
