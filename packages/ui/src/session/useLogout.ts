import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "../trpc/context";
import { useResetSession } from "./useResetSession";

/** Signs out; the guards then show the login page. A failed call leaves the person signed in. */
export function useLogout() {
  const trpc = useTRPC();
  const resetSession = useResetSession();
  const mutation = useMutation(trpc.auth.logout.mutationOptions({ onSuccess: () => resetSession(null) }));
  return { logout: () => mutation.mutate(), isPending: mutation.isPending, error: mutation.error };
}
