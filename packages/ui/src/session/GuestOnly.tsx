import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { LoginLocationState } from "./useLogin";
import { useSession } from "./useSession";

/** The login route: someone already signed in goes on into the app (whose guard checks the role). */
export function GuestOnly({ loading, children }: { loading: ReactNode; children: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  if (state.status === "loading") return loading;
  if (state.status === "signedIn") {
    return <Navigate to={(location.state as LoginLocationState)?.from ?? "/"} replace />;
  }
  return children;
}
