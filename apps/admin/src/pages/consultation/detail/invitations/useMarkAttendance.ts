import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App } from "antd";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";

/** Marks a member present or absent by hand (no phone, or correcting a scan against the sign-in sheet). */
export function useMarkAttendance(consultationId: string) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const mutation = useMutation(
    trpc.consultation.checkIn.mark.mutationOptions({
      onSuccess: async (r, input) => {
        await refresh();
        void message.success(r.changed ? (input.present ? "已登记出席" : "已取消出席登记") : input.present ? "该委员已在出席名单中" : "该委员本来就未登记出席");
      },
      onError: (error) => void message.error(error.message),
    }),
  );
  return { ...mutation, mark: (memberId: string, present: boolean) => mutation.mutate({ consultationId, memberId, present }) };
}
