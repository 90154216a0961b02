import { appPaths } from "@cppcc/ui";

/**
 * What the QR code holds: the portal's check-in page with the token, so a phone's own camera
 * opens it directly; members who cannot scan type the 6-digit code shown beside it.
 */
export function checkInLink(token: string): string {
  return new URL(`${appPaths.portal}check-in?code=${encodeURIComponent(token)}`, window.location.origin).toString();
}
