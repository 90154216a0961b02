import { Flex, Typography } from "antd";
import type { ReactNode } from "react";

/** A suggestion in a list: its text folded to two lines (展开 for the rest), and where it came from under it. */
export function SuggestionContent({ content, source }: { content: string; source: ReactNode }) {
  return (
    <Flex vertical gap={2}>
      <Typography.Paragraph ellipsis={{ rows: 2, expandable: true, symbol: "展开" }} style={{ margin: 0 }}>
        {content}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{source}</Typography.Text>
    </Flex>
  );
}
