/**
 * What the QR code holds: the portal's check-in address with the token, so a phone's camera opens
 * it straight away; a member who cannot scan types the 6-digit code shown beside it.
 */
export function checkInUrl(token: string): string {
  return `${window.location.origin}/portal/check-in?code=${encodeURIComponent(token)}`;
}

