import { notificationListInput, notificationMarkReadInput, notificationSetPreferenceInput } from "@cppcc/domain";
import { listNotifications } from "../services/notification/list";
import { listPreferences, setPreference } from "../services/notification/preferences";
import { markAllRead, markRead, unreadCount } from "../services/notification/read";
import { router, signedInProcedure } from "../trpc/procedures";

/** The message centre of every app: each person sees and marks only their own notifications. */
export const notificationRouter = router({
  list: signedInProcedure.input(notificationListInput.prefault({})).query(({ ctx, input }) => listNotifications({ ctx, input })),
  unreadCount: signedInProcedure.query(({ ctx }) => unreadCount({ ctx })),
  markRead: signedInProcedure.input(notificationMarkReadInput).mutation(({ ctx, input }) => markRead({ ctx, input })),
  markAllRead: signedInProcedure.mutation(({ ctx }) => markAllRead({ ctx })),
  preferences: signedInProcedure.query(({ ctx }) => listPreferences({ ctx })),
  setPreference: signedInProcedure.input(notificationSetPreferenceInput).mutation(({ ctx, input }) => setPreference({ ctx, input })),
});
