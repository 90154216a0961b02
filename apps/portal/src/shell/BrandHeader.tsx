import type { ReactNode } from "react";

/** The red band at the top of the login and home screens: the 政 mark, a title, a line under it. */
export function BrandHeader({ title, subtitle }: { title: ReactNode; subtitle?: ReactNode }) {
  return (
    <div style={{ background: "var(--adm-color-primary)", color: "#fff", padding: "24px 20px", display: "flex", alignItems: "center", gap: 14 }}>
      <span
        aria-hidden
        style={{ width: 44, height: 44, flex: "none", borderRadius: 12, background: "#fff", color: "var(--adm-color-primary)", display: "inline-flex", alignItems: "center", justifyContent: "center", fontSize: 24, fontWeight: 700 }}
      >
        政
      </span>
      <div style={{ minWidth: 0 }}>
        <div style={{ fontSize: 20, fontWeight: 600, lineHeight: 1.4 }}>{title}</div>
        {subtitle && <div style={{ fontSize: 14, opacity: 0.85, lineHeight: 1.5 }}>{subtitle}</div>}
      </div>
    </div>
  );
}
