import { MobileNotificationPreferences } from "@cppcc/ui/mobile";
import { NavBar } from "antd-mobile";
import { useLocation, useNavigate } from "react-router";
import { WechatEntry } from "../wechat/WechatEntry";

/** 通知设置, opened from 我的, above the tabs with its own 返回. */
export function NotificationSettingsPage() {
  const navigate = useNavigate();
  const location = useLocation();
  // Opened from a link (no history here): back to 我的.
  const back = () => void (location.key === "default" ? navigate("/me", { replace: true }) : navigate(-1));
  return (
    <div style={{ minHeight: "100dvh", background: "#f5f5f5", paddingBottom: "env(safe-area-inset-bottom)" }}>
      <NavBar onBack={back} style={{ background: "#fff", borderBottom: "1px solid #eee" }}>
        通知设置
      </NavBar>
      <WechatEntry asCard />
      <MobileNotificationPreferences />
    </div>
  );
}
