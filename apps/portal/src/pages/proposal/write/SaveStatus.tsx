import dayjs from "dayjs";
import type { SaveState } from "./useDraftAutosave";

/** In the title bar: whether what the member typed is safe on the server. */
export function SaveStatus({ state, unsaved, held, onRetry }: { state: SaveState; unsaved: boolean; held: boolean; onRetry: () => void }) {
  const style = { fontSize: 12, whiteSpace: "nowrap" } as const;
  if (state.kind === "saving") return <span style={{ ...style, color: "#999" }}>保存中…</span>;
  if (state.kind === "failed") {
    return (
      <a role="button" onClick={onRetry} style={{ ...style, color: "var(--adm-color-danger)" }}>
        保存失败，重试
      </a>
    );
  }
  if (state.kind === "conflict") return <span style={{ ...style, color: "var(--adm-color-danger)" }}>未保存</span>;
  if (held) return <span style={{ ...style, color: "var(--adm-color-danger)" }}>超出字数未保存</span>;
  if (state.kind === "saved") {
    return (
      <span data-testid="save-status" style={{ ...style, color: unsaved ? "#999" : "var(--adm-color-success)" }}>
        已自动保存 {dayjs(state.at).tz().format("HH:mm")}
      </span>
    );
  }
  return <span style={{ ...style, color: "#999" }}>{unsaved ? "编辑中" : ""}</span>;
}
