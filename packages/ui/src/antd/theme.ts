import type { ThemeConfig } from "antd";

/** 政协 red for primary actions; everything else stays antd's default for familiarity. */
export const brandRed = "#b3242a";

export const theme: ThemeConfig = {
  token: { colorPrimary: brandRed, colorLink: brandRed, borderRadius: 6 },
  components: { Layout: { headerBg: "#ffffff", siderBg: "#ffffff", headerPadding: "0 16px" } },
};
