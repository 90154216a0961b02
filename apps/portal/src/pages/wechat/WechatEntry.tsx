import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { List } from "antd-mobile";
import { useNavigate } from "react-router";

/** 绑定微信 in a list, with whether it is bound; nothing at all where the server has no 公众号 configured. */
export function WechatEntry() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const status = useQuery(trpc.wechat.status.queryOptions());
  if (!status.data?.offered) return null;
  return (
    <List.Item extra={status.data.bound ? "已绑定" : "未绑定"} onClick={() => void navigate("/me/wechat")}>
      绑定微信
    </List.Item>
  );
}
