import { Layout } from "antd";
import { Suspense, useState, type ReactNode } from "react";
import { Outlet } from "react-router";
import { AppHeader } from "./AppHeader";
import { PageLoading } from "./PageLoading";
import { SideNav, type NavItem } from "./SideNav";

/** `headerExtra`: the app's own tools in the header (search, 操作指南), before the signed-in person. */
type Props = { appLabel: string; nav: NavItem[]; headerExtra?: ReactNode; children?: ReactNode };

/**
 * The frame of the antd apps: side navigation, a header with the council and who is signed in,
 * and the page (children, or the nested route). Below `lg` (a tablet held upright) the side
 * navigation folds to icons so the page keeps its width; the header button unfolds it.
 */
export function AppLayout({ appLabel, nav, headerExtra, children }: Props) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        trigger={null}
        width={220}
        collapsedWidth={64}
        style={{ borderRight: "1px solid #f0f0f0" }}
      >
        <SideNav appLabel={appLabel} items={nav} collapsed={collapsed} />
      </Layout.Sider>
      <Layout>
        <AppHeader collapsed={collapsed} onToggle={() => setCollapsed((c) => !c)} extra={headerExtra} />
        <Layout.Content style={{ padding: 16 }}>
          {/* Pages are lazy chunks: wait inside the frame, so navigation never blanks the screen. */}
          <Suspense fallback={<PageLoading />}>{children ?? <Outlet />}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
