import { errorMessage, type LoadFailedProps } from "@cppcc/ui";
import { Button, Result } from "./kit";

/** A read that failed: the reason in words and a way to try again. */
export function MobileLoadFailed({ error, retry }: LoadFailedProps) {
  return (
    <div style={{ padding: 16 }}>
      <Result status="error" title="加载失败" description={errorMessage(error)} />
      <Button block color="primary" size="large" onClick={retry}>
        重试
      </Button>
    </div>
  );
}
