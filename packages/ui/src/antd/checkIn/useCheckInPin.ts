import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "../../trpc/context";

type Kept = { pin: string; issuedAt: string };

// The server keeps only the code's digest, so the screen that issued it keeps the code itself:
// a reload of the organiser's page shows it again, another device has to issue a new one.
const storageKey = (consultationId: string) => `cppcc.checkInPin.${consultationId}`;

function kept(consultationId: string): Kept | null {
  try {
    const raw = window.localStorage.getItem(storageKey(consultationId));
    return raw ? (JSON.parse(raw) as Kept) : null;
  } catch {
    return null;
  }
}

/**
 * The meeting's 6-digit code on the organiser's screen: the one this screen issued if it is still
 * the current one; issued on first showing when the meeting has none; `regenerate` replaces it
 * (the old code stops working at once).
 */
export function useCheckInPin(consultationId: string, showing: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.consultation.checkIn.pinStatus.queryOptions({ consultationId }, { enabled: showing }));
  const [local, setLocal] = useState<Kept | null>(() => kept(consultationId));
  const issue = useMutation(
    trpc.consultation.checkIn.issuePin.mutationOptions({
      onSuccess: (r) => {
        const next = { pin: r.pin, issuedAt: new Date(r.issuedAt).toISOString() };
        window.localStorage.setItem(storageKey(consultationId), JSON.stringify(next));
        setLocal(next);
        void queryClient.invalidateQueries(trpc.consultation.checkIn.pinStatus.queryFilter({ consultationId }));
      },
    }),
  );
  const { mutate, isPending, isError } = issue;
  const issuedAt = status.data?.issuedAt ? new Date(status.data.issuedAt).toISOString() : null;
  const none = status.isSuccess && issuedAt == null;

  // Once per screen: the status is refetched after issuing, and must not issue a second code meanwhile.
  const autoIssued = useRef(false);
  useEffect(() => {
    if (showing && none && !autoIssued.current && !isPending && !isError) {
      autoIssued.current = true;
      mutate({ consultationId });
    }
  }, [showing, none, isPending, isError, mutate, consultationId]);

  const regenerate = useCallback(() => mutate({ consultationId }), [mutate, consultationId]);
  const pin = local && issuedAt === local.issuedAt ? local.pin : null;
  return {
    pin,
    /** A code exists but another device issued it: this screen cannot show it. */
    elsewhere: issuedAt != null && pin == null,
    window: status.data?.window ?? null,
    regenerate,
    pending: isPending || status.isPending,
    error: issue.error ?? status.error,
  };
}
