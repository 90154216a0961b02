import { errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Popconfirm } from "antd";

type Props = { account: { id: string; displayName: string; disabledAt: Date | null } };

/** 停用 ends the account's sessions at once; 启用 lets it sign in again with its password. */
export function DisableButton({ account }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const disabled = account.disabledAt !== null;
  const toggle = useMutation(
    trpc.account.setDisabled.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.account.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.roster.members.get.pathKey() }),
        ]);
        void message.success(disabled ? `已启用${account.displayName}的账号` : `已停用${account.displayName}的账号`);
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  return (
    <Popconfirm
      title={disabled ? "启用该账号？" : "停用该账号？"}
      description={disabled ? "启用后可用原密码登录。" : "停用后该账号立即退出登录，且无法再登录。"}
      okText={disabled ? "启用" : "停用"}
      okButtonProps={{ danger: !disabled }}
      cancelText="取消"
      onConfirm={() => toggle.mutateAsync({ id: account.id, disabled: !disabled }).catch(() => undefined)}
    >
      <Button type="link" size="small" danger={!disabled} loading={toggle.isPending}>
        {disabled ? "启用" : "停用"}
      </Button>
    </Popconfirm>
  );
}
