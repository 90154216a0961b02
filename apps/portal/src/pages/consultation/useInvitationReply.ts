import { errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Dialog, Toast } from "antd-mobile";

/** Accepts or asks for leave; the lists and the page refresh, and the member is told which it was. */
export function useInvitationReply(onDone?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.consultation.invitation.reply.mutationOptions({
      onSuccess: (_r, input) => {
        Toast.show({ icon: "success", content: input.type === "accept" ? "已接受邀请" : "请假申请已提交，等待审批" });
        void queryClient.invalidateQueries(trpc.consultation.pathFilter());
        onDone?.();
      },
      onError: (error) => {
        void Dialog.alert({ content: errorMessage(error) });
        void queryClient.invalidateQueries(trpc.consultation.pathFilter());
      },
    }),
  );
}
