// The 活动 tab's icon, drawn like the shell's others (no icon package in this app): a calendar page.
export function ActivityTabIcon() {
  return (
    <svg width="1em" height="1em" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden>
      <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" strokeLinecap="round" />
      <path d="m9 15 2 2 4-4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
