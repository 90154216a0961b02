import { errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Flex, Typography } from "antd";
import type { AccountRow } from "../AccountTable";

type Props = { selected: AccountRow[]; onDone: () => void; onClear: () => void };

const named = (rows: AccountRow[]) => {
  const names = rows.slice(0, 10).map((r) => `${r.displayName}（${r.username}）`);
  return rows.length > 10 ? `${names.join("、")} 等 ${rows.length} 个账号` : names.join("、");
};

/**
 * The chosen accounts' bulk actions: 停用 ends their sessions at once, 启用 lets them sign in again.
 * The confirmation names how many and who, so a wrong selection is seen before it takes effect.
 */
export function BulkDisableBar({ selected, onDone, onClear }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const change = useMutation(
    trpc.account.setDisabledMany.mutationOptions({
      onSuccess: async (r, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.account.pathKey() });
        const verb = input.disabled ? "停用" : "启用";
        void message.success(r.unchanged > 0 ? `已${verb} ${r.changed} 个账号，${r.unchanged} 个原本已是${verb}状态` : `已${verb} ${r.changed} 个账号`);
        onDone();
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  const confirm = (disabled: boolean) => {
    const verb = disabled ? "停用" : "启用";
    modal.confirm({
      title: `${verb}所选的 ${selected.length} 个账号？`,
      content: (
        <Flex vertical gap={8}>
          <Typography.Paragraph style={{ margin: 0 }}>{named(selected)}</Typography.Paragraph>
          <Typography.Text type="secondary">
            {disabled ? "停用后这些账号立即退出登录，且无法再登录，直到重新启用。" : "启用后这些账号可用原密码登录。"}
          </Typography.Text>
        </Flex>
      ),
      okText: `${verb} ${selected.length} 个账号`,
      okButtonProps: { danger: disabled },
      cancelText: "取消",
      onOk: () => change.mutateAsync({ ids: selected.map((r) => r.id), disabled }).catch(() => undefined),
    });
  };
  if (selected.length === 0) return null;
  return (
    <Alert
      style={{ marginBottom: 12 }}
      type="info"
      title={
        <Flex justify="space-between" align="center" wrap gap={8}>
          <span>已选择 {selected.length} 个账号</span>
          <Flex gap={8}>
            <Button danger size="small" loading={change.isPending} onClick={() => confirm(true)}>
              批量停用
            </Button>
            <Button size="small" loading={change.isPending} onClick={() => confirm(false)}>
              批量启用
            </Button>
            <Button type="link" size="small" onClick={onClear}>
              取消选择
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
