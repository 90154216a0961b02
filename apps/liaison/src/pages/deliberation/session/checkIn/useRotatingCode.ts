import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";

export type CheckInCode = { token: string; expiresAt: Date; refreshAt: Date };

/**
 * The organiser's check-in code, fetched again at the server's `refreshAt` (a little before it
 * lapses, so a scan in flight still lands). A failed refresh leaves the old code until it expires;
 * then the screen says so and offers to try again.
 */
export function useRotatingCode(consultationId: string) {
  const trpc = useTRPC();
  const [running, setRunning] = useState(false);
  const [code, setCode] = useState<CheckInCode | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const issue = useMutation(
    trpc.consultation.checkIn.issueCode.mutationOptions({
      onSuccess: (c) => setCode({ token: c.token, expiresAt: new Date(c.expiresAt), refreshAt: new Date(c.refreshAt) }),
    }),
  );
  const { mutate } = issue;
  const start = useCallback(() => {
    setRunning(true);
    mutate({ consultationId });
  }, [mutate, consultationId]);
  const stop = useCallback(() => {
    setRunning(false);
    setCode(null);
  }, []);

  // The next code at refreshAt, while the screen is showing codes.
  useEffect(() => {
    if (!running || !code) return;
    const timer = setTimeout(() => mutate({ consultationId }), Math.max(0, code.refreshAt.getTime() - Date.now()));
    return () => clearTimeout(timer);
  }, [running, code, mutate, consultationId]);

  // A clock for the countdown and for noticing expiry.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const expired = code != null && code.expiresAt.getTime() <= now;
  const secondsToChange = code ? Math.max(0, Math.ceil((code.refreshAt.getTime() - now) / 1000)) : 0;
  return { running, code, expired, secondsToChange, start, stop, retry: start, pending: issue.isPending, error: issue.error };
}
