import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App } from "antd";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";

/** After any step on a suggestion: read again, say what happened, close the form. */
export function useSuggestionSteps(onDone: () => void) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const after = (text: string) => async () => {
    await refresh();
    void message.success(text);
    onDone();
  };
  return {
    route: useMutation(trpc.consultation.suggestion.route.mutationOptions({ onSuccess: after("已交办") })),
    recall: useMutation(trpc.consultation.suggestion.recall.mutationOptions({ onSuccess: after("已撤回交办") })),
    answer: useMutation(trpc.consultation.suggestion.answer.mutationOptions({ onSuccess: after("已代录答复") })),
    close: useMutation(trpc.consultation.suggestion.close.mutationOptions({ onSuccess: after("已销号") })),
  };
}
