import { errorCode, errorMessage, problemsOf } from "@cppcc/ui";
import { Alert, Button } from "antd";

/**
 * Why a step was refused, where the person looks: every message the server gave (each rule it
 * broke), and for a conflict a way to load what the other person did first.
 */
export function ActionError({ error, onRefresh }: { error: unknown; onRefresh?: () => void }) {
  if (!error) return null;
  const conflict = errorCode(error) === "CONFLICT";
  const problems = [...new Set(problemsOf(error).map((p) => p.message))];
  const description =
    problems.length > 1 ? (
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {problems.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    ) : (
      (problems[0] ?? errorMessage(error))
    );
  return (
    <Alert
      type={conflict ? "warning" : "error"}
      showIcon
      role="alert"
      title={conflict ? "内容已被他人更新" : "操作未完成"}
      description={description}
      action={
        conflict && onRefresh ? (
          <Button size="small" onClick={onRefresh}>
            刷新
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
