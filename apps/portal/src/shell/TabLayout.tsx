import { NavBar, SafeArea, TabBar } from "./kit";
import { unreadLabel, useUnreadCount } from "@cppcc/ui/notification";
import { Suspense } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { MobileLoading } from "./MobileLoading";
import { tabs } from "./tabs";

/**
 * The portal frame on a phone: a title bar, the page scrolling in between, and the tab bar
 * fixed at the bottom where a thumb reaches it (above the home indicator).
 */
export function TabLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const unread = useUnreadCount();
  const active = tabs.find((t) => t.path === pathname) ?? tabs[0]!;
  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100dvh" }}>
      <NavBar back={null} backIcon={false} style={{ background: "#fff", borderBottom: "1px solid #eee", flex: "none" }}>
        {active.heading ?? active.title}
      </NavBar>
      <main style={{ flex: 1, overflowY: "auto" }}>
        <Suspense fallback={<MobileLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <div style={{ flex: "none", background: "#fff", borderTop: "1px solid #eee" }}>
        <TabBar activeKey={active.path} onChange={(key) => void navigate(key)}>
          {tabs.map((t) => (
            <TabBar.Item
              key={t.path}
              icon={t.icon}
              // The count is written in the badge and read out in the title's words, not shown by colour alone.
              badge={t.unreadBadge && unread > 0 ? (unread > 99 ? "99+" : unread) : undefined}
              title={t.unreadBadge ? <span aria-label={unreadLabel(unread)}>{t.title}</span> : t.title}
            />
          ))}
        </TabBar>
        <SafeArea position="bottom" />
      </div>
    </div>
  );
}
