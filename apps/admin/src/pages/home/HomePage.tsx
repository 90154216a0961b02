import { useSignedIn } from "@cppcc/ui";
import { AdminHome } from "./AdminHome";
import { HandlerHome } from "./HandlerHome";

/** One address, two desks: the city office's overview or a handling unit's workbench. */
export function HomePage() {
  const { account } = useSignedIn();
  return account.role === "handler" ? <HandlerHome /> : <AdminHome />;
}
