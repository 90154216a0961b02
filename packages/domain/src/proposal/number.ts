/**
 * A proposal number is term–session–serial (届-次-序号), e.g. 13-2-015: the 15th proposal filed at
 * the second session of the 13th term. It is assigned at filing, never before, so not-filed and
 * withdrawn proposals leave no gaps; once given it is never reused.
 */
export type ProposalNumber = { term: number; session: number; serial: number };

/** Serials are padded to three digits because a city files a few hundred a session; more digits print as they come. */
export function formatProposalNumber(n: ProposalNumber): string {
  return `${n.term}-${n.session}-${String(n.serial).padStart(3, "0")}`;
}

const pattern = /^([1-9]\d{0,2})-([1-9]\d?)-(\d{3,5})$/;

export function parseProposalNumber(text: string): ProposalNumber | null {
  const m = pattern.exec(text.trim());
  if (!m) return null;
  const serial = Number(m[3]);
  if (serial < 1) return null;
  return { term: Number(m[1]), session: Number(m[2]), serial };
}

/**
 * The next serial given the highest ever handed out in the session (not the highest
 * of the rows that happen to exist now), so a number is never handed out twice. This is only the arithmetic: two staff
 * filing at once would both compute the same serial, so uniqueness under concurrency is the
 * database's job (a unique index on council, term, session, serial plus a locked counter row).
 */
export function nextSerial(highestUsed: number | null): number {
  return (highestUsed ?? 0) + 1;
}

/** The one wording wherever a proposal has no number: it gets one only when filed (立案). */
export const unnumberedProposalLabel = "未立案";

export function proposalNumberText(number: string | null | undefined): string {
  return number ?? unnumberedProposalLabel;
}
