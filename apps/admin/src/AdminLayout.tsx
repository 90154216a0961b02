import { useSignedIn } from "@cppcc/ui";
import { AppLayout, GuideButton } from "@cppcc/ui/antd";
import { Grid } from "antd";
import { lazy, Suspense } from "react";
import { guideFor } from "./guide";
import { appTitleFor, navFor } from "./nav";

// The search box (antd's AutoComplete) loads after the frame, keeping the first screen within its budget.
const GlobalSearch = lazy(() => import("./search/GlobalSearch").then((m) => ({ default: m.GlobalSearch })));

/** The admin frame; what it offers depends on the role (the office also searches across modules, a handling unit does not). */
export function AdminLayout() {
  const { account } = useSignedIn();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  // A laptop's 1366 pixels keep room for the council's name; the full width from 1600 up.
  const searchWidth = (screens.xxl ?? true) ? 300 : wide ? 220 : 180;
  const extra = (
    <>
      {account.role === "admin" && (screens.md ?? true) && (
        <Suspense fallback={<div style={{ width: searchWidth }} />}>
          <GlobalSearch width={searchWidth} />
        </Suspense>
      )}
      <GuideButton guide={guideFor(account.role)} showLabel={wide} />
    </>
  );
  return <AppLayout appLabel={appTitleFor(account.role)} nav={navFor(account.role)} headerExtra={extra} />;
}
