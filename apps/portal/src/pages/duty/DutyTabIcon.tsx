// The 履职 tab's icon, drawn like the shell's others (no icon package in this app): a ribbon badge.
export function DutyTabIcon() {
  return (
    <svg width="1em" height="1em" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden>
      <circle cx="12" cy="9" r="6" />
      <path d="M8.5 14l-2 7 5.5-3 5.5 3-2-7" strokeLinejoin="round" />
      <path d="M9.5 9l1.8 1.8L14.8 7.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
