/**
 * The token out of the link a QR code holds (…/check-in?code=…), when the camera opened this page or
 * the member pasted the link; the code members type is the 6-digit one, which the server reads.
 */
export function checkInTokenOf(text: string): string {
  const trimmed = text.trim();
  const fromLink = /[?&]code=([^&#\s]+)/.exec(trimmed);
  if (fromLink) return decodeURIComponent(fromLink[1]!);
  return trimmed.replace(/\s+/g, "");
}
