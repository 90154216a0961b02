import { errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, List, NavBar, NoticeBar, Result } from "antd-mobile";
import { useEffect, useRef } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { MobileLoading } from "../../shell/MobileLoading";

const dateText = (d: Date) => d.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });

/**
 * 绑定微信: starts WeChat's authorisation and finishes it when WeChat sends the browser back here with a code.
 * Bound, the messages the member chose to hear at once (通知设置) also reach their WeChat through the 公众号.
 */
export function WechatPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const status = useQuery(trpc.wechat.status.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.wechat.status.queryKey() });
  const start = useMutation(trpc.wechat.startBinding.mutationOptions({ onSuccess: ({ url }) => window.location.assign(url) }));
  const finish = useMutation(trpc.wechat.finishBinding.mutationOptions({ onSettled: () => void refresh() }));
  const unbind = useMutation(trpc.wechat.unbind.mutationOptions({ onSuccess: () => void refresh() }));

  // Back from WeChat: finish once, then take the code out of the address so a reload does not replay it.
  const code = params.get("code");
  const state = params.get("state");
  const finishing = useRef(false);
  useEffect(() => {
    if (!code || !state || finishing.current) return;
    finishing.current = true;
    finish.mutate({ code, state });
    setParams({}, { replace: true });
  }, [code, state, finish, setParams]);

  const back = () => void (location.key === "default" || finish.isSuccess ? navigate("/me", { replace: true }) : navigate(-1));
  const s = status.data;
  return (
    <div style={{ minHeight: "100dvh", background: "#f5f5f5", paddingBottom: "env(safe-area-inset-bottom)" }}>
      <NavBar onBack={back} style={{ background: "#fff", borderBottom: "1px solid #eee" }}>
        绑定微信
      </NavBar>
      {(status.isPending || finish.isPending) && <MobileLoading />}
      {status.isError && <NoticeBar content={`加载失败：${errorMessage(status.error)}`} color="alert" wrap />}
      {finish.isError && <NoticeBar content={errorMessage(finish.error)} color="alert" wrap />}
      {start.isError && <NoticeBar content={errorMessage(start.error)} color="alert" wrap />}
      {unbind.isError && <NoticeBar content={`解除绑定失败：${errorMessage(unbind.error)}`} color="alert" wrap />}
      {s && !s.offered && <Result status="info" title="本系统未开通微信通知" description="消息仍会在「消息」中送达。" />}
      {s?.offered && !finish.isPending && (
        <>
          {finish.isSuccess && <Result status="success" title="已绑定微信" description="选择「立即通知」的消息会同时发到您的微信。" />}
          <List header="微信通知" mode="card">
            <List.Item extra={s.bound ? `已绑定${s.boundAt ? `（${dateText(s.boundAt)}）` : ""}` : "未绑定"}>绑定状态</List.Item>
            <List.Item description="请先关注本市政协微信公众号；取消关注后将收不到微信通知。哪些消息发送，在「通知设置」中选择。">
              绑定后，需要您办理的事项会通过公众号发到您的微信
            </List.Item>
          </List>
          <div style={{ padding: "0 12px" }}>
            {s.bound ? (
              <Button
                block
                size="large"
                color="danger"
                fill="outline"
                loading={unbind.isPending}
                onClick={() =>
                  void Dialog.confirm({ content: "解除绑定后，微信将不再收到通知。确定解除吗？", confirmText: "解除绑定", onConfirm: async () => void (await unbind.mutateAsync()) })
                }
              >
                解除绑定
              </Button>
            ) : (
              <Button block size="large" color="primary" loading={start.isPending} onClick={() => start.mutate({ origin: window.location.origin })}>
                绑定微信
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
