import type { CSSProperties } from "react";

/**
 * A notification's title is a real button (reachable by Tab, read as one), dressed as text. The
 * browser's focus ring is kept: only the look of a button is taken off.
 */
export function titleButtonStyle(unread: boolean): CSSProperties {
  return {
    background: "none",
    border: 0,
    padding: 0,
    margin: 0,
    font: "inherit",
    textAlign: "left",
    cursor: "pointer",
    lineHeight: 1.5,
    fontWeight: unread ? 600 : 400,
    color: unread ? "inherit" : "#666",
  };
}
