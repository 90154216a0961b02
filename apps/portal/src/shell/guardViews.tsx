import type { GuardViews } from "@cppcc/ui";
import { MobileForbidden } from "./MobileForbidden";
import { MobileLoadFailed } from "./MobileLoadFailed";
import { MobileLoading } from "./MobileLoading";

/** What `RequireRole` shows in the portal, in antd-mobile. */
export const mobileGuardViews: GuardViews = {
  loading: <MobileLoading />,
  forbidden: MobileForbidden,
  failed: MobileLoadFailed,
};
