import { ApiProvider, appBasename } from "@cppcc/ui";
import { ConfigProvider } from "./shell/kit";
import zhCN from "antd-mobile/es/locales/zh-CN";
import { BrowserRouter } from "react-router";
import { AppRoutes } from "./AppRoutes";

export function App() {
  return (
    <ConfigProvider locale={zhCN}>
      <ApiProvider>
        <BrowserRouter basename={appBasename()}>
          <AppRoutes />
        </BrowserRouter>
      </ApiProvider>
    </ConfigProvider>
  );
}
