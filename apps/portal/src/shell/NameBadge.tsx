/** The family name on 政协 red, in place of a photo the platform does not keep yet. */
export function NameBadge({ name, size = 24 }: { name: string; size?: number }) {
  return (
    <span
      aria-hidden
      style={{ display: "flex", width: "100%", height: "100%", alignItems: "center", justifyContent: "center", background: "var(--adm-color-primary)", color: "#fff", fontSize: size }}
    >
      {name.slice(0, 1)}
    </span>
  );
}
