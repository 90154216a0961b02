import dayjs from "dayjs";

/** An instant as people here read it, in Beijing time whatever the browser's zone. */
export function formatDateTime(at: Date | string | null | undefined): string {
  return at ? dayjs(at).tz().format("YYYY-MM-DD HH:mm") : "";
}

/** A percentage with one decimal, or a dash when there was nothing to divide (no 0 % that means "none"). */
export function formatShare(share: number | null): string {
  return share === null ? "—" : `${(share * 100).toFixed(1)}%`;
}

/**
 * The client's id for one intended step: a double click or a retry sends the same id and the
 * server does the step once. getRandomValues works on plain http too, where randomUUID does not.
 */
export function newRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
