import { Alert, Button } from "antd";
import { errorCode, errorMessage } from "../trpc/errors";
import { problemsOf } from "../trpc/problems";

export type StepErrorProps = { error: unknown; onRefresh?: () => void; conflictTitle?: string };

/**
 * Why a step was refused, where the person looks: every message the server gave (each rule it
 * broke, each field problem), and for a conflict — someone else acted first — a way to load
 * what they did.
 */
export function StepError({ error, onRefresh, conflictTitle = "已被他人处理" }: StepErrorProps) {
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
      title={conflict ? conflictTitle : "操作未完成"}
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
