import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../trpc/context";
import { errorMessage } from "../trpc/errors";
import { formProblems } from "../trpc/problems";

export const changePasswordFields = ["currentPassword", "newPassword", "confirmPassword"] as const;
export type ChangePasswordField = (typeof changePasswordFields)[number];
export type ChangePasswordValues = Record<ChangePasswordField, string>;

/**
 * 修改密码 in any kit: sends the change, and sorts a refusal onto the fields (every broken password
 * rule under 新密码, a wrong current password under 当前密码). Afterwards `auth.me` is read again,
 * so a forced change lets the person into the app. `general` is a message about no field.
 */
export function useChangePassword({ onChanged, setFields }: { onChanged: () => void; setFields: (fields: { name: ChangePasswordField; errors: string[] }[]) => void }) {
  const [general, setGeneral] = useState<string | null>(null);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        onChanged();
      },
      onError: (error) => {
        const problems = formProblems(error, changePasswordFields);
        setFields(problems.fields);
        setGeneral(problems.general[0] ?? (problems.fields.length === 0 ? errorMessage(error) : null));
      },
    }),
  );
  return {
    change: ({ currentPassword, newPassword }: ChangePasswordValues) => {
      setGeneral(null);
      mutation.mutate({ currentPassword, newPassword });
    },
    general,
    isPending: mutation.isPending,
  };
}

/** The one check the form makes itself: the server never sees the repeated password. */
export const confirmMismatch = (values: Pick<ChangePasswordValues, "newPassword">, confirm: string) =>
  confirm !== "" && confirm !== values.newPassword ? "两次输入的新密码不一致" : null;
