import type { ReactNode } from "react";

type Props = {
  label: string;
  htmlFor?: string;
  /** Shown as "12/50"; red beyond the limit. */
  count?: { length: number; max: number };
  errors: readonly string[];
  children: ReactNode;
};

/** One field of the proposal form: its label and counter above, its messages below. */
export function Field({ label, htmlFor, count, errors, children }: Props) {
  const over = count !== undefined && count.length > count.max;
  return (
    <div style={{ padding: "12px 16px", borderBottom: "1px solid #f0f0f0" }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline", marginBottom: 8 }}>
        <label htmlFor={htmlFor} style={{ fontSize: 15, fontWeight: 500 }}>
          {label}
        </label>
        {count && (
          <span data-counter={htmlFor} style={{ fontSize: 12, color: over ? "var(--adm-color-danger)" : "#999" }}>
            {count.length}/{count.max}
          </span>
        )}
      </div>
      {children}
      {errors.map((e) => (
        <div key={e} className="field-error" data-field={htmlFor} style={{ color: "var(--adm-color-danger)", fontSize: 13, marginTop: 6 }}>
          {e}
        </div>
      ))}
    </div>
  );
}
