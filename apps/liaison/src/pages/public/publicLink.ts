/** The address residents open (by link or QR code) to raise topics for a township; no account needed. */
export function publicTopicsPath(townshipId: string): string {
  return `/public/topics/${townshipId}`;
}

export function publicTopicsUrl(townshipId: string): string {
  // BASE_URL is the app's "/liaison/"; the router's paths start after it.
  return `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, "")}${publicTopicsPath(townshipId)}`;
}
