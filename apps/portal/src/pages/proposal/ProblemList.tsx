import type { ReactNode } from "react";

/** Every reason something cannot be done yet, as a list, where the member sees it. */
export function ProblemList({ title, problems }: { title: ReactNode; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" data-testid="problems" style={{ margin: "12px 12px 0", padding: "10px 14px", borderRadius: 8, background: "#fff1f0", border: "1px solid #ffccc7", color: "#a8071a", fontSize: 14 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{title}</div>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The server joins the reasons a step is refused with "；" after a lead-in ("还不能提交：…");
 * a list reads better on a phone.
 */
export function splitReasons(message: string): string[] {
  const body = message.includes("：") ? message.slice(message.indexOf("：") + 1) : message;
  return body.split("；").map((s) => s.trim()).filter(Boolean);
}
