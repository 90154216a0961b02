import { useSignedIn } from "@cppcc/ui";
import { Button, Result } from "antd";
import { Outlet, useNavigate } from "react-router";

/** A unit's own desk: staff work on the same proposals from the review queue, with every unit in view. */
export function HandlerOnly() {
  const { account } = useSignedIn();
  const navigate = useNavigate();
  if (account.role === "handler") return <Outlet />;
  return (
    <Result
      status="info"
      title="此页面为承办单位工作台"
      subTitle="市政协办公室请在「提案审查」中查看和办理提案，可代承办单位录入纸质答复。"
      extra={
        <Button type="primary" onClick={() => void navigate("/proposals")}>
          前往提案审查
        </Button>
      }
    />
  );
}
