import { Button, Result } from "antd";
import type { LoadFailedProps } from "../session/RequireRole";
import { errorMessage } from "../trpc/errors";

/** A read that failed: the reason in words and a way to try again. */
export function LoadFailed({ error, retry }: LoadFailedProps) {
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={errorMessage(error)}
      extra={
        <Button type="primary" onClick={retry}>
          重试
        </Button>
      }
    />
  );
}
