import { GuestOnly, RequireRole, appLabels } from "@cppcc/ui";
import { LoginPage, NotFoundPage, PageLoading, antdGuardViews } from "@cppcc/ui/antd";
import { lazy } from "react";
import { Route, Routes } from "react-router";
import { LiaisonLayout } from "./LiaisonLayout";

// Every page is its own chunk: the login page never downloads the dashboard (or echarts).
const HomePage = lazy(() => import("./pages/home/HomePage").then((m) => ({ default: m.HomePage })));

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
      <Route
        element={
          <RequireRole app="liaison" views={antdGuardViews}>
            <LiaisonLayout />
          </RequireRole>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
