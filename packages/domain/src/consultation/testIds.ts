/** Valid v4 UUIDs for tests: uid(1) … uid(n). Not exported from the package. */
export const uid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
