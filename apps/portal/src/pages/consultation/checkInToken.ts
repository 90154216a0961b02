/**
 * The token out of whatever the member has: the link a QR code holds (…/check-in?code=…), or the
 * letters read off the organiser's screen, which show in groups of four (spaces are not part of it).
 */
export function checkInTokenOf(text: string): string {
  const trimmed = text.trim();
  const fromLink = /[?&]code=([^&#\s]+)/.exec(trimmed);
  if (fromLink) return decodeURIComponent(fromLink[1]!);
  return trimmed.replace(/\s+/g, "");
}
