import { GuestOnly, RequireRole } from "@cppcc/ui";
import { lazy, Suspense } from "react";
import { Navigate, Outlet, Route, Routes } from "react-router";
import { MobileLoading } from "./shell/MobileLoading";
import { TabLayout } from "./shell/TabLayout";
import { mobileGuardViews } from "./shell/guardViews";

// Each page is its own chunk; on a phone the login screen should arrive first and fast.
const LoginPage = lazy(() => import("./pages/LoginPage").then((m) => ({ default: m.LoginPage })));
const HomePage = lazy(() => import("./pages/home/HomePage").then((m) => ({ default: m.HomePage })));
const MePage = lazy(() => import("./pages/MePage").then((m) => ({ default: m.MePage })));
const DirectoryPage = lazy(() => import("./pages/directory/DirectoryPage").then((m) => ({ default: m.DirectoryPage })));
const ProposalsPage = lazy(() => import("./pages/proposal/list/ProposalsPage").then((m) => ({ default: m.ProposalsPage })));
const ProposalWritePage = lazy(() => import("./pages/proposal/write/ProposalWritePage").then((m) => ({ default: m.ProposalWritePage })));
const ActivitiesPage = lazy(() => import("./pages/consultation/ActivitiesPage").then((m) => ({ default: m.ActivitiesPage })));
const ActivityDetailPage = lazy(() => import("./pages/consultation/ActivityDetailPage").then((m) => ({ default: m.ActivityDetailPage })));
const CheckInPage = lazy(() => import("./pages/consultation/CheckInPage").then((m) => ({ default: m.CheckInPage })));
const DutyPage = lazy(() => import("./pages/duty/DutyPage").then((m) => ({ default: m.DutyPage })));
const PledgePage = lazy(() => import("./pages/duty/pledge/PledgePage").then((m) => ({ default: m.PledgePage })));
const AnnualReportPage = lazy(() => import("./pages/duty/report/AnnualReportPage").then((m) => ({ default: m.AnnualReportPage })));
const MessagesPage = lazy(() => import("./pages/notification/MessagesPage").then((m) => ({ default: m.MessagesPage })));
const NotificationSettingsPage = lazy(() => import("./pages/notification/NotificationSettingsPage").then((m) => ({ default: m.NotificationSettingsPage })));
const WechatPage = lazy(() => import("./pages/wechat/WechatPage").then((m) => ({ default: m.WechatPage })));
const GuidePage = lazy(() => import("./pages/guide/GuidePage").then((m) => ({ default: m.GuidePage })));
const ProposalDetailPage = lazy(() => import("./pages/proposal/detail/ProposalDetailPage").then((m) => ({ default: m.ProposalDetailPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <GuestOnly loading={<MobileLoading />}>
            <Suspense fallback={<MobileLoading />}>
              <LoginPage />
            </Suspense>
          </GuestOnly>
        }
      />
      <Route
        element={
          <RequireRole app="portal" views={mobileGuardViews}>
            <TabLayout />
          </RequireRole>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="directory" element={<DirectoryPage />} />
        <Route path="proposals" element={<ProposalsPage />} />
        <Route path="activities" element={<ActivitiesPage />} />
        <Route path="duty" element={<DutyPage />} />
        <Route path="messages" element={<MessagesPage />} />
        <Route path="me" element={<MePage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
      {/* Screens above the tabs, with their own title bar and 返回. */}
      <Route
        element={
          <RequireRole app="portal" views={mobileGuardViews}>
            <Suspense fallback={<MobileLoading />}>
              <Outlet />
            </Suspense>
          </RequireRole>
        }
      >
        {/* One route element for new and edit: a new draft moves to its address without remounting. */}
        <Route path="proposals/new" element={<ProposalWritePage />} />
        <Route path="proposals/:id/edit" element={<ProposalWritePage />} />
        <Route path="proposals/:id" element={<ProposalDetailPage />} />
        <Route path="activities/:id" element={<ActivityDetailPage />} />
        <Route path="duty/pledge" element={<PledgePage />} />
        <Route path="duty/report" element={<AnnualReportPage />} />
        <Route path="me/notification-settings" element={<NotificationSettingsPage />} />
        {/* WeChat sends the browser back here with ?code=…&state=… (the server's wechatReturnPath). */}
        <Route path="me/wechat" element={<WechatPage />} />
        <Route path="guide" element={<GuidePage />} />
        {/* The organiser's QR code holds this address with the code: a phone's camera opens it. */}
        <Route path="check-in" element={<CheckInPage />} />
      </Route>
    </Routes>
  );
}
