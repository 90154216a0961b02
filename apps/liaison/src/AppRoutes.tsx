import { GuestOnly, RequireRole, appLabels } from "@cppcc/ui";
import { LoginPage, NotFoundPage, NotificationCentrePage, PageLoading, antdGuardViews, notificationsPath } from "@cppcc/ui/antd";
import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { LiaisonLayout } from "./LiaisonLayout";

// Every page is its own chunk: the login page never downloads the dashboard (or echarts).
const HomePage = lazy(() => import("./pages/home/HomePage").then((m) => ({ default: m.HomePage })));
const RosterPage = lazy(() => import("./pages/roster/RosterPage").then((m) => ({ default: m.RosterPage })));
const TopicsPage = lazy(() => import("./pages/topics/TopicsPage").then((m) => ({ default: m.TopicsPage })));
const DeliberationListPage = lazy(() => import("./pages/deliberation/list/DeliberationListPage").then((m) => ({ default: m.DeliberationListPage })));
const SchedulePage = lazy(() => import("./pages/deliberation/schedule/SchedulePage").then((m) => ({ default: m.SchedulePage })));
const SessionPage = lazy(() => import("./pages/deliberation/session/SessionPage").then((m) => ({ default: m.SessionPage })));
const OpenItemsPage = lazy(() => import("./pages/deliberation/openItems/OpenItemsPage").then((m) => ({ default: m.OpenItemsPage })));
const VenuesPage = lazy(() => import("./pages/venue/VenuesPage").then((m) => ({ default: m.VenuesPage })));
const TopicNoticePage = lazy(() => import("./pages/topics/notice/TopicNoticePage").then((m) => ({ default: m.TopicNoticePage })));
const PublicTopicsPage = lazy(() => import("./pages/public/PublicTopicsPage").then((m) => ({ default: m.PublicTopicsPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <GuestOnly loading={<PageLoading />}>
            <LoginPage appLabel={appLabels.liaison} />
          </GuestOnly>
        }
      />
      {/* Residents' page: no account, so outside the guard; it calls only public procedures. */}
      <Route
        path="/public/topics/:townshipId"
        element={
          <Suspense fallback={<PageLoading />}>
            <PublicTopicsPage />
          </Suspense>
        }
      />
      {/* The printed notice carries only itself, not the app's frame. */}
      <Route
        path="/topics/notice"
        element={
          <RequireRole app="liaison" views={antdGuardViews}>
            <Suspense fallback={<PageLoading />}>
              <TopicNoticePage />
            </Suspense>
          </RequireRole>
        }
      />
      <Route
        element={
          <RequireRole app="liaison" views={antdGuardViews}>
            <LiaisonLayout />
          </RequireRole>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="roster" element={<RosterPage />} />
        <Route path="topics" element={<TopicsPage />} />
        <Route path="deliberations" element={<DeliberationListPage />} />
        <Route path="deliberations/new" element={<SchedulePage />} />
        <Route path="deliberations/:id" element={<SessionPage />} />
        <Route path="open-items" element={<OpenItemsPage />} />
        <Route path="venues" element={<VenuesPage />} />
        <Route path={notificationsPath.slice(1)} element={<NotificationCentrePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
