import { errorCode, errorMessage, problemsOf } from "@cppcc/ui";
import { Alert, Button } from "antd";

/** Why an answer or a return was refused, in the server's words; after someone else's change, a way to reload. */
export function StepError({ error, onRefresh }: { error: unknown; onRefresh: () => void }) {
  if (!error) return null;
  const conflict = errorCode(error) === "CONFLICT";
  const problems = [...new Set(problemsOf(error).map((p) => p.message))];
  return (
    <Alert
      type={conflict ? "warning" : "error"}
      showIcon
      role="alert"
      title={conflict ? "该意见建议已有变化" : "操作未完成"}
      description={problems.length > 1 ? problems.join("；") : (problems[0] ?? errorMessage(error))}
      action={
        conflict ? (
          <Button size="small" onClick={onRefresh}>
            刷新
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
