/** 政协平湖市第十三届委员会: five years from its first plenary session, one session a year. */
export const demoTerm = { code: "t13", number: 13, startDate: "2022-01-05", endDate: "2027-01-04" } as const;

export const demoSessions = [
  { code: "t13-s1", termCode: "t13", number: 1, startDate: "2022-01-05", endDate: "2022-01-08" },
  { code: "t13-s2", termCode: "t13", number: 2, startDate: "2023-01-08", endDate: "2023-01-11" },
  { code: "t13-s3", termCode: "t13", number: 3, startDate: "2024-01-14", endDate: "2024-01-17" },
  { code: "t13-s4", termCode: "t13", number: 4, startDate: "2025-01-12", endDate: "2025-01-15" },
  { code: "t13-s5", termCode: "t13", number: 5, startDate: "2026-01-11", endDate: "2026-01-14" },
] as const;
