import { NotificationsBlock } from "@cppcc/ui/mobile";

/** 通知: the message centre's own block (its query, unread count and link to all messages). */
export function NoticesBlock() {
  return <NotificationsBlock allPath="/messages" />;
}
