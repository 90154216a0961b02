import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { List } from "antd-mobile";
import { useNavigate } from "react-router";

/** 绑定微信 in a list, with whether it is bound; nothing at all where the server has no 公众号 configured. */
export function WechatEntry({ asCard = false }: { /** On its own (通知设置): a card of its own with a header. */ asCard?: boolean }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const status = useQuery(trpc.wechat.status.queryOptions());
  if (!status.data?.offered) return null;
  const item = (
    <List.Item
      extra={status.data.bound ? "已绑定" : "未绑定"}
      description={asCard ? "绑定后，选择「立即通知」的消息也发到您的微信" : undefined}
      onClick={() => void navigate("/me/wechat")}
    >
      绑定微信
    </List.Item>
  );
  return asCard ? (
    <List header="微信通知" mode="card">
      {item}
    </List>
  ) : (
    item
  );
}
