import { appPaths } from "@cppcc/ui";

/**
 * What the QR code holds: the portal's check-in page with the token, so a phone's own camera
 * opens it directly; the portal's input also takes the bare token, typed from the screen.
 */
export function checkInLink(token: string): string {
  return new URL(`${appPaths.portal}check-in?code=${encodeURIComponent(token)}`, window.location.origin).toString();
}

/** The token in groups of four, so people can read it off a screen and type it. */
export function groupedToken(token: string): string {
  return token.replace(/(.{4})(?=.)/g, "$1 ");
}
