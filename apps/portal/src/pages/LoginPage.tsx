import { appLabels, useSessionNotice, useSmsLoginOffered } from "@cppcc/ui";
import { NoticeBar, Tabs } from "antd-mobile";
import { BrandHeader } from "../shell/BrandHeader";
import { PasswordLoginForm } from "./login/PasswordLoginForm";
import { SmsLoginForm } from "./login/SmsLoginForm";

/** Sign-in on a phone: by password, and by a texted code where the server can send texts. */
export function LoginPage() {
  const notice = useSessionNotice();
  const smsOffered = useSmsLoginOffered();
  return (
    <div style={{ minHeight: "100dvh", background: "#f5f5f5" }}>
      <BrandHeader title="数字政协" subtitle={`${appLabels.portal} · 掌上履职`} />
      {notice && <NoticeBar content={notice} color="alert" wrap />}
      {smsOffered ? (
        <Tabs style={{ background: "#fff" }}>
          <Tabs.Tab title="密码登录" key="password">
            <PasswordLoginForm />
          </Tabs.Tab>
          <Tabs.Tab title="短信验证码登录" key="sms">
            <SmsLoginForm />
          </Tabs.Tab>
        </Tabs>
      ) : (
        <PasswordLoginForm />
      )}
      <p style={{ textAlign: "center", color: "#999", fontSize: 13, padding: "0 24px", marginTop: 24 }}>
        账号由政协办公室统一开通，忘记密码请联系办公室
      </p>
    </div>
  );
}
