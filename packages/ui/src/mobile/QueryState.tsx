import { Button, ErrorBlock, SpinLoading } from "antd-mobile";
import { errorMessage } from "../trpc/errors";

/** A part of a phone screen waiting for its data. */
export function MobileSpin() {
  return (
    <div style={{ display: "flex", justifyContent: "center", padding: 32 }}>
      <SpinLoading color="primary" />
    </div>
  );
}

/** A read that failed, in words, with 重试. */
export function MobileQueryFailed({ query }: { query: { error: unknown; refetch: () => unknown } }) {
  return (
    <ErrorBlock status="default" title="加载失败" description={errorMessage(query.error)}>
      <Button color="primary" onClick={() => void query.refetch()}>
        重试
      </Button>
    </ErrorBlock>
  );
}
