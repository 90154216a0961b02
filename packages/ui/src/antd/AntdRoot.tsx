import { App, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import type { ReactNode } from "react";
import { theme } from "./theme";

/**
 * antd in Chinese with the platform's theme; `App` gives message/modal the same context.
 * antd would write two-character buttons as "登 录"; people (and tests) expect "登录".
 */
export function AntdRoot({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
