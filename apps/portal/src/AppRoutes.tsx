import { GuestOnly, RequireRole } from "@cppcc/ui";
import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { MobileLoading } from "./shell/MobileLoading";
import { TabLayout } from "./shell/TabLayout";
import { mobileGuardViews } from "./shell/guardViews";

// Each page is its own chunk; on a phone the login screen should arrive first and fast.
const LoginPage = lazy(() => import("./pages/LoginPage").then((m) => ({ default: m.LoginPage })));
const HomePage = lazy(() => import("./pages/HomePage").then((m) => ({ default: m.HomePage })));
const MePage = lazy(() => import("./pages/MePage").then((m) => ({ default: m.MePage })));

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
        <Route path="me" element={<MePage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
