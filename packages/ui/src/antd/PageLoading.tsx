import { Flex, Spin } from "antd";

/** A whole-page wait (session check, a lazy route): centred, with words, never an empty page. */
export function PageLoading() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: "50vh" }}>
      <Spin size="large" description="加载中…" />
    </Flex>
  );
}
