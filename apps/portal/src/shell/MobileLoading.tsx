import { SpinLoading } from "./kit";

/** A whole-screen wait: centred spinner with words, never a blank phone screen. */
export function MobileLoading() {
  return (
    <div style={{ display: "flex", flexDirection: "column", alignItems: "center", justifyContent: "center", gap: 12, minHeight: "60vh", color: "#999" }}>
      <SpinLoading color="primary" />
      <span>加载中…</span>
    </div>
  );
}
