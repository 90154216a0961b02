import type { RouterOutputs } from "@cppcc/api";
import { useSyncExternalStore } from "react";

export type SlipBatch = RouterOutputs["account"]["openMemberLogins"];

/**
 * The last bulk opening's answer, kept only in this tab's memory: the initial passwords are never
 * stored (not in the address, history state or storage), so closing or reloading the page loses them.
 */
let current: SlipBatch | null = null;
const listeners = new Set<() => void>();

export function keepSlipBatch(batch: SlipBatch | null) {
  current = batch;
  for (const l of listeners) l();
}

export function useSlipBatch(): SlipBatch | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/** A v4 uuid for one intended bulk opening; getRandomValues works on plain http too, where randomUUID does not. */
export function newBatchRequestId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
