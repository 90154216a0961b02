import { useSignedIn } from "@cppcc/ui";
import { Button, Result } from "antd";
import { Outlet, useNavigate } from "react-router";

/**
 * The office's proposal pages (review queue, statistics, key and overdue lists). A handling unit
 * shares this app, so leaving them out of its menu is not enough: a typed address meets this.
 */
export function StaffOnly() {
  const { account } = useSignedIn();
  const navigate = useNavigate();
  if (account.role === "admin") return <Outlet />;
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="提案审查、交办和统计由市政协办公室办理；承办单位请在「承办提案」中查看交给本单位的提案。"
      extra={
        <Button type="primary" onClick={() => void navigate("/handling")}>
          前往承办提案
        </Button>
      }
    />
  );
}
