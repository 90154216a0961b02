import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocation, useNavigate } from "react-router";
import { useTRPC } from "../trpc/context";
import { setSessionNotice } from "./notice";
import type { Session } from "./types";
import { useResetSession } from "./useResetSession";

/** Where the guard was sending the person before it showed login; back there after signing in. */
export type LoginLocationState = { from?: string } | null;

/** What every way of signing in does once the server opened a session: back to where the person was going. */
function useSignedIn() {
  const resetSession = useResetSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as LoginLocationState)?.from ?? "/";
  return (session: Session) => {
    setSessionNotice(null);
    resetSession(session);
    void navigate(from, { replace: true });
  };
}

export function useLogin() {
  const trpc = useTRPC();
  const onSuccess = useSignedIn();
  return useMutation(trpc.auth.login.mutationOptions({ onSuccess }));
}

/** Whether the server can text a login code (SMS configured); the login page offers it only then. */
export function useSmsLoginOffered(): boolean {
  const trpc = useTRPC();
  return useQuery(trpc.auth.smsLoginOffered.queryOptions(undefined, { staleTime: Infinity })).data?.offered ?? false;
}

export function useRequestSmsCode() {
  const trpc = useTRPC();
  return useMutation(trpc.auth.requestSmsCode.mutationOptions());
}

export function useSmsLogin() {
  const trpc = useTRPC();
  const onSuccess = useSignedIn();
  return useMutation(trpc.auth.loginWithSmsCode.mutationOptions({ onSuccess }));
}
