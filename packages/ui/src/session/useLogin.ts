import { useMutation } from "@tanstack/react-query";
import { useLocation, useNavigate } from "react-router";
import { useTRPC } from "../trpc/context";
import { setSessionNotice } from "./notice";
import { useResetSession } from "./useResetSession";

/** Where the guard was sending the person before it showed login; back there after signing in. */
export type LoginLocationState = { from?: string } | null;

export function useLogin() {
  const trpc = useTRPC();
  const resetSession = useResetSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as LoginLocationState)?.from ?? "/";
  return useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (session) => {
        setSessionNotice(null);
        resetSession(session);
        void navigate(from, { replace: true });
      },
    }),
  );
}
