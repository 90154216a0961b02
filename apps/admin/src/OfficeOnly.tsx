import { useSignedIn } from "@cppcc/ui";
import { Button, Result } from "antd";
import { Outlet, useNavigate } from "react-router";

/**
 * The office's own pages (roster, accounts). Handling units share this app, so hiding the menu
 * entries is not enough: an address typed by hand must meet this too (the API refuses as well).
 */
export function OfficeOnly() {
  const { account } = useSignedIn();
  const navigate = useNavigate();
  if (account.role === "admin") return <Outlet />;
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="此页面仅供市政协办公室使用，承办单位账号无权查看委员名册和账号管理。"
      extra={
        <Button type="primary" onClick={() => void navigate("/")}>
          返回工作台
        </Button>
      }
    />
  );
}
