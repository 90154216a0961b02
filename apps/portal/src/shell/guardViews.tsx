import type { GuardViews, MustChangePasswordProps } from "@cppcc/ui";
import { lazy, Suspense } from "react";
import { MobileForbidden } from "./MobileForbidden";
import { MobileLoadFailed } from "./MobileLoadFailed";
import { MobileLoading } from "./MobileLoading";

// Few ever see it, so it loads when needed instead of with the shell.
const MustChangePasswordPage = lazy(() => import("../pages/password/MustChangePasswordPage").then((m) => ({ default: m.MustChangePasswordPage })));

function MustChangePassword(props: MustChangePasswordProps) {
  return (
    <Suspense fallback={<MobileLoading />}>
      <MustChangePasswordPage {...props} />
    </Suspense>
  );
}

/** What `RequireRole` shows in the portal, in antd-mobile. */
export const mobileGuardViews: GuardViews = {
  loading: <MobileLoading />,
  forbidden: MobileForbidden,
  failed: MobileLoadFailed,
  mustChangePassword: MustChangePassword,
};
