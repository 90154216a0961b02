import { roleLabels } from "@cppcc/domain";
import { Card, Descriptions } from "antd";
import type { Session } from "../session/types";
import type { TownshipSummary } from "../trpc/types";

type Props = { session: Session; townships: TownshipSummary[] };

/** The signed-in account as the server knows it: name, login, role and where it belongs. */
export function AccountCard({ session, townships }: Props) {
  const { account, council } = session;
  const township = townships.find((t) => t.id === account.townshipId);
  const items = [
    { key: "displayName", label: "姓名", children: account.displayName },
    { key: "username", label: "用户名", children: account.username },
    { key: "role", label: "角色", children: roleLabels[account.role] },
    { key: "council", label: "所属政协", children: council.name },
  ];
  if (account.townshipId) {
    items.push({ key: "township", label: "所属镇街道", children: township?.name ?? "未找到（请联系市政协办公室）" });
  }
  return (
    <Card title="当前账号">
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}
