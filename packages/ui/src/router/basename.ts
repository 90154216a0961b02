/** react-router's basename from Vite's `base` ("/admin/" → "/admin"), so routes match under it. */
export function appBasename(): string {
  return import.meta.env.BASE_URL.replace(/\/$/, "");
}
