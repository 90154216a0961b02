import type { NotificationItem } from "@cppcc/domain";
import { useNavigate } from "react-router";
import { notificationTarget, type NotificationTarget } from "./format";
import { appOfRole } from "../session/apps";
import { useSignedIn } from "../session/SignedInContext";

/** Where an item's 「去处理」 leads from the app in use, and the way to get there. */
export function useOpenTarget() {
  const { account } = useSignedIn();
  const navigate = useNavigate();
  const here = appOfRole(account.role) ?? "admin";
  return {
    targetOf: (item: NotificationItem): NotificationTarget | null => notificationTarget(item.link, here),
    open: (target: NotificationTarget) => {
      if (target.kind === "route") void navigate(target.path);
      else window.location.assign(target.href);
    },
  };
}
