import { useSyncExternalStore } from "react";

/**
 * Why the person is looking at the login page, when it was not their choice (e.g. "登录已过期，
 * 请重新登录"). It outlives the pages that unmount on sign-out, so it lives outside React.
 */
let notice: string | null = null;
const listeners = new Set<() => void>();

export function setSessionNotice(next: string | null): void {
  if (next === notice) return;
  notice = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionNotice(): string | null {
  return useSyncExternalStore(subscribe, () => notice);
}
