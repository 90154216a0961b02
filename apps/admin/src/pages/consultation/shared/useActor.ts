import type { Actor } from "@cppcc/domain";
import { useSignedIn } from "@cppcc/ui";
import { useMemo } from "react";

/** The signed-in person as the domain's rules read them, to offer only the steps those rules allow. */
export function useActor(): Actor {
  const { account, council } = useSignedIn();
  return useMemo(
    () => ({
      role: account.role,
      councilId: council.id,
      townshipId: account.townshipId,
      handlingUnitId: account.handlingUnitId,
      memberId: account.memberId,
    }),
    [account, council],
  );
}
