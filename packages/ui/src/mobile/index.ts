// The antd-mobile pieces the portal takes from the shared message centre. Import from lazy pages:
// they carry antd-mobile's index.
export { MobileNotificationList } from "./notification/MobileNotificationList";
export { MobileNotificationPreferences } from "./notification/MobileNotificationPreferences";
export { NotificationsBlock } from "./notification/NotificationsBlock";
