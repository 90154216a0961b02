import { ApiProvider, appBasename } from "@cppcc/ui";
import { AntdRoot } from "@cppcc/ui/antd";
import { BrowserRouter } from "react-router";
import { AppRoutes } from "./AppRoutes";

export function App() {
  return (
    <AntdRoot>
      <ApiProvider>
        <BrowserRouter basename={appBasename()}>
          <AppRoutes />
        </BrowserRouter>
      </ApiProvider>
    </AntdRoot>
  );
}
