import type { DeliveryMode, NotificationKind } from "@cppcc/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../trpc/context";

/**
 * 通知设置: every kind the person can receive with their choice, saved as soon as it changes.
 * The server answers the whole list again, which replaces the cache; a refusal leaves the list as
 * the server has it, so the screen never shows a choice that was not saved.
 */
export function useNotificationPreferences() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notification.preferences.queryOptions());
  const save = useMutation(
    trpc.notification.setPreference.mutationOptions({
      onSuccess: (preferences) => queryClient.setQueryData(trpc.notification.preferences.queryKey(), preferences),
    }),
  );
  return {
    list,
    save: (kind: NotificationKind, delivery: DeliveryMode) => save.mutateAsync({ kind, delivery }),
    saving: save.isPending ? save.variables.kind : null,
  };
}

/** The one line every 通知设置 screen says about channels. */
export const preferencesExplained = "站内消息总会送达；此处的选择决定是否另发短信或微信提醒（已开通时）。";

/** Why 「不通知」 is greyed out for some kinds. */
export const mandatoryReason = "涉及办理期限或会议变更，不能关闭";
