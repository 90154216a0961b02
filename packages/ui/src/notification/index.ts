// The message centre's client side every app shares (the portal too): queries, marking, wording.
// Its own entry, so the login screen's first load does not carry it.
export { exactTimeText, notificationTarget, relativeTimeText, type NotificationRowProps, type NotificationTarget } from "./format";
export { unreadPollMs, useMarkRead, useNotificationPages, useRefreshNotifications, useUnreadCount } from "./useNotifications";
export { mandatoryReason, preferencesExplained, useNotificationPreferences } from "./usePreferences";
export { unreadLabel } from "./labels";
export { useOpenTarget } from "./useOpenTarget";
