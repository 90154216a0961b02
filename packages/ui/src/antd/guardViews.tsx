import type { GuardViews } from "../session/RequireRole";
import { Forbidden } from "./Forbidden";
import { LoadFailed } from "./LoadFailed";
import { MustChangePassword } from "./MustChangePassword";
import { PageLoading } from "./PageLoading";

/** What `RequireRole` shows in the antd apps. */
export const antdGuardViews: GuardViews = {
  loading: <PageLoading />,
  forbidden: Forbidden,
  failed: LoadFailed,
  mustChangePassword: MustChangePassword,
};
