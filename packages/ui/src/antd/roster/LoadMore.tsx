import { Button, Flex, Typography } from "antd";

type Props = {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  /** The noun after the count: 位委员, 个账号. */
  unit?: string;
  /** New filters are loading and the rows shown are the old ones: say nothing about "all". */
  refreshing?: boolean;
  /** How many the current filters match (the server counts them with the first page), if the list counts. */
  total?: number | null;
};

/** Keyset lists have no page numbers: how many are shown, and a button for the next page. */
export function LoadMore({ shown, hasMore, loading, onMore, unit = "条", refreshing = false, total = null }: Props) {
  if (refreshing) {
    return (
      <Flex justify="center" style={{ padding: "12px 0" }}>
        <Typography.Text type="secondary">正在查询…</Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex align="center" justify="center" gap={16} style={{ padding: "12px 0" }}>
      <Typography.Text type="secondary">
        {total !== null && `共 ${total} ${unit}，`}
        已显示 {shown} {unit}
        {!hasMore && shown > 0 && "，已全部加载"}
      </Typography.Text>
      {hasMore && (
        <Button onClick={onMore} loading={loading}>
          加载更多
        </Button>
      )}
    </Flex>
  );
}
