/**
 * What the QR code holds: the portal's check-in address with the token, so a phone's camera opens
 * it straight away; a member already in the portal types or pastes the token at 签到 instead.
 */
export function checkInUrl(token: string): string {
  return `${window.location.origin}/portal/check-in?code=${encodeURIComponent(token)}`;
}

/** The token in groups of four, easier to read off a screen and type without losing one's place. */
export function tokenGroups(token: string): string[] {
  return token.match(/.{1,4}/g) ?? [];
}
