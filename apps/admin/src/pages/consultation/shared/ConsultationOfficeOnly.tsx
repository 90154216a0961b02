import { useSignedIn } from "@cppcc/ui";
import { Button, Result } from "antd";
import { Outlet, useNavigate } from "react-router";

/**
 * The office's consultation pages (plan, consultations, statistics). Handling units share this
 * app, so leaving them out of its menu is not enough: an address typed by hand meets this too.
 */
export function ConsultationOfficeOnly() {
  const { account } = useSignedIn();
  const navigate = useNavigate();
  if (account.role === "admin") return <Outlet />;
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="年度协商计划、协商活动和协商统计由市政协办公室管理；承办单位请在「建议办理」中答复交给本单位的意见建议。"
      extra={
        <Button type="primary" onClick={() => void navigate(account.role === "handler" ? "/suggestions" : "/")}>
          {account.role === "handler" ? "前往建议办理" : "返回工作台"}
        </Button>
      }
    />
  );
}
