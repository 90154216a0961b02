import { Button, Result } from "antd";
import { useNavigate } from "react-router";

/** An address inside the app that matches no page: say so and offer the way home. */
export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在或已移除。"
      extra={
        <Button type="primary" onClick={() => void navigate("/")}>
          返回首页
        </Button>
      }
    />
  );
}
