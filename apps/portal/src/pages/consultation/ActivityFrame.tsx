import { NavBar } from "antd-mobile";
import { Suspense, type ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import { MobileLoading } from "../../shell/MobileLoading";

/**
 * An activity screen above the tabs: a title bar with 返回 and the page scrolling under it.
 * Opened from a link or a scanned code (no history here), 返回 leads to 我的活动.
 */
export function ActivityFrame({ title, children }: { title: ReactNode; children: ReactNode }) {
  const navigate = useNavigate();
  const location = useLocation();
  const back = () => void (location.key === "default" ? navigate("/activities", { replace: true }) : navigate(-1));
  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100dvh", background: "#f5f5f5" }}>
      <NavBar onBack={back} style={{ background: "#fff", borderBottom: "1px solid #eee", flex: "none" }}>
        {title}
      </NavBar>
      <main style={{ flex: 1, overflowY: "auto", paddingBottom: "calc(16px + env(safe-area-inset-bottom))" }}>
        <Suspense fallback={<MobileLoading />}>{children}</Suspense>
      </main>
    </div>
  );
}
