import type { CSSProperties } from "react";

/** A chosen option on a pale red, matching the theme, instead of antd-mobile's default pale blue. */
export const selectorStyle = { "--checked-color": "#fff1f0" } as CSSProperties;
