import { canUseApp, type AppName } from "@cppcc/domain";
import type { ComponentType, ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { SignedInContext } from "./SignedInContext";
import type { Session } from "./types";
import { useSession } from "./useSession";

export type ForbiddenProps = { app: AppName; session: Session };
export type LoadFailedProps = { error: unknown; retry: () => void };

/** How a guard looks in one UI kit; the decisions stay here, the pixels in the app's kit. */
export type GuardViews = {
  loading: ReactNode;
  forbidden: ComponentType<ForbiddenProps>;
  failed: ComponentType<LoadFailedProps>;
  /** Shown instead of the app while the account still has the password the office handed over. */
  mustChangePassword: ComponentType<MustChangePasswordProps>;
};

export type MustChangePasswordProps = { session: Session };

type Props = { app: AppName; views: GuardViews; loginPath?: string; children: ReactNode };

/**
 * Lets through only a person whose role may use `app`. Signed out: the login page (remembering
 * where they were going). Wrong role: 无权访问 with who they are. Never a blank screen.
 */
export function RequireRole({ app, views, loginPath = "/login", children }: Props) {
  const state = useSession();
  const location = useLocation();
  switch (state.status) {
    case "loading":
      return views.loading;
    case "error":
      return <views.failed error={state.error} retry={state.retry} />;
    case "signedOut":
      return <Navigate to={loginPath} replace state={{ from: location.pathname + location.search }} />;
    case "signedIn":
      if (!canUseApp(app, state.session.account.role)) return <views.forbidden app={app} session={state.session} />;
      // The API refuses everything else until then; a screen of failed loads would say nothing useful.
      if (state.session.account.mustChangePassword) return <views.mustChangePassword session={state.session} />;
      return <SignedInContext value={state.session}>{children}</SignedInContext>;
  }
}
