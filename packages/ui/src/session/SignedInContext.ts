import { createContext, useContext } from "react";
import type { Session } from "./types";

/** Set by `RequireRole` once it has let someone in, so pages below it need not re-check. */
export const SignedInContext = createContext<Session | null>(null);

/** The signed-in session, for components under `RequireRole` (elsewhere it is a bug). */
export function useSignedIn(): Session {
  const session = useContext(SignedInContext);
  if (!session) throw new Error("useSignedIn() outside <RequireRole>");
  return session;
}
