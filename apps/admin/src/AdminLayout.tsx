import { useSignedIn } from "@cppcc/ui";
import { AppLayout } from "@cppcc/ui/antd";
import { appTitleFor, navFor } from "./nav";

/** The admin frame; what it offers depends on the role (city office or handling unit). */
export function AdminLayout() {
  const { account } = useSignedIn();
  return <AppLayout appLabel={appTitleFor(account.role)} nav={navFor(account.role)} />;
}
