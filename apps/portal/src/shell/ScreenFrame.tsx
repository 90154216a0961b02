import { NavBar, SafeArea } from "antd-mobile";
import { Suspense, type ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import { MobileLoading } from "./MobileLoading";

type Props = {
  title: ReactNode;
  /** Where 返回 goes when the screen was opened from a link (no history): the tab it belongs to. */
  home: string;
  right?: ReactNode;
  /** Runs instead of going back (e.g. to save the draft first). */
  onBack?: () => void;
  /** Buttons kept at the bottom, where a thumb reaches them. */
  footer?: ReactNode;
  children: ReactNode;
};

/**
 * A screen on a phone above the tabs (a proposal, 我的承诺, 年度述职): a title bar with 返回, the page
 * scrolling in between, and its actions fixed at the bottom.
 */
export function ScreenFrame({ title, home, right, onBack, footer, children }: Props) {
  const back = useBack(home);
  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100dvh", background: "#f5f5f5" }}>
      <NavBar onBack={onBack ?? back} right={right} style={{ background: "#fff", borderBottom: "1px solid #eee", flex: "none" }}>
        {title}
      </NavBar>
      <main style={{ flex: 1, overflowY: "auto", paddingBottom: 12 }}>
        <Suspense fallback={<MobileLoading />}>{children}</Suspense>
      </main>
      {footer && (
        <div style={{ flex: "none", background: "#fff", borderTop: "1px solid #eee", padding: "8px 12px" }}>
          {footer}
          <SafeArea position="bottom" />
        </div>
      )}
    </div>
  );
}

/** Back where the member came from; opened from a link (no history here), back to `home`. */
export function useBack(home: string) {
  const navigate = useNavigate();
  const location = useLocation();
  return () => void (location.key === "default" ? navigate(home, { replace: true }) : navigate(-1));
}
