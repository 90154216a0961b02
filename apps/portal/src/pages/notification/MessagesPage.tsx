import { MobileNotificationList } from "@cppcc/ui/mobile";

/** The 消息 tab: the member's message centre. */
export function MessagesPage() {
  return <MobileNotificationList />;
}
