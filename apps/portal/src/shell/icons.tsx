// Tab icons drawn inline: antd-mobile-icons is not a dependency of this app, and a few
// paths are lighter than a package. currentColor lets the tab bar colour the active one.
const box = { width: "1em", height: "1em", viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", strokeWidth: 1.8 } as const;

export function HomeIcon() {
  return (
    <svg {...box} aria-hidden>
      <path d="M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z" strokeLinejoin="round" />
    </svg>
  );
}

export function UserIcon() {
  return (
    <svg {...box} aria-hidden>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4 3.6-7 8-7s8 3 8 7" strokeLinecap="round" />
    </svg>
  );
}

export function ContactsIcon() {
  return (
    <svg {...box} aria-hidden>
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <circle cx="12" cy="10" r="3" />
      <path d="M7.5 17.5c.8-2 2.5-3 4.5-3s3.7 1 4.5 3" strokeLinecap="round" />
    </svg>
  );
}

export function BellIcon() {
  return (
    <svg {...box} aria-hidden>
      <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15z" strokeLinejoin="round" />
      <path d="M10 20.5a2 2 0 0 0 4 0" strokeLinecap="round" />
    </svg>
  );
}
