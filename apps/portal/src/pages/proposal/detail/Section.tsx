import type { ReactNode } from "react";

/** A white card with a small heading, as the portal's lists look. */
export function Section({ title, extra, children, testId }: { title: ReactNode; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section data-testid={testId} style={{ margin: "12px 12px 0", background: "#fff", borderRadius: 8, padding: "12px 16px" }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", marginBottom: 8 }}>
        <h3 style={{ margin: 0, fontSize: 15, fontWeight: 600 }}>{title}</h3>
        {extra}
      </div>
      {children}
    </section>
  );
}

/** Text as the member wrote it: paragraphs and line breaks kept. */
export function Prose({ text }: { text: string }) {
  return <div style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", fontSize: 15, lineHeight: 1.7, color: "#333" }}>{text || <span style={{ color: "#999" }}>（未填写）</span>}</div>;
}
