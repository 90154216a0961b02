/**
 * react-router's basename: Vite's `base`, trailing slash kept ("/admin/"), so the home page's
 * address is "/admin/" — the one the server serves (it redirects "/admin" there).
 */
export function appBasename(): string {
  return import.meta.env.BASE_URL;
}
