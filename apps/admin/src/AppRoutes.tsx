import { GuestOnly, RequireRole, appLabels } from "@cppcc/ui";
import { LoginPage, NotFoundPage, PageLoading, antdGuardViews } from "@cppcc/ui/antd";
import { lazy } from "react";
import { Route, Routes } from "react-router";
import { AdminLayout } from "./AdminLayout";

// Every page is its own chunk: the login page never downloads the dashboard (or echarts).
const HomePage = lazy(() => import("./pages/home/HomePage").then((m) => ({ default: m.HomePage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <GuestOnly loading={<PageLoading />}>
            <LoginPage appLabel={appLabels.admin} />
          </GuestOnly>
        }
      />
      <Route
        element={
          <RequireRole app="admin" views={antdGuardViews}>
            <AdminLayout />
          </RequireRole>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
