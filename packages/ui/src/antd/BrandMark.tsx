import { brandRed } from "./theme";

/** The platform's mark: the character 政 on 政协 red. Text, so it needs no image file. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <span
      aria-hidden
      style={{
        display: "inline-flex",
        alignItems: "center",
        justifyContent: "center",
        width: size,
        height: size,
        flex: "none",
        borderRadius: size / 4,
        background: brandRed,
        color: "#fff",
        fontSize: size * 0.55,
        fontWeight: 700,
        lineHeight: 1,
      }}
    >
      政
    </span>
  );
}
