/** The bell's accessible name: the count in words, so it is never told by a red dot alone. */
export function unreadLabel(unread: number): string {
  return unread > 0 ? `消息，${unread} 条未读` : "消息，没有未读";
}
