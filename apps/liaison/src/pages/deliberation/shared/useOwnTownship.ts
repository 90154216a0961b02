import { useOverview, useSignedIn } from "@cppcc/ui";

/** The officer's own township (id and name); every liaison screen works within it. */
export function useOwnTownship() {
  const { account } = useSignedIn();
  const overview = useOverview();
  const township = overview.data?.townships.find((t) => t.id === account.townshipId) ?? null;
  return { townshipId: account.townshipId, township, overview };
}
