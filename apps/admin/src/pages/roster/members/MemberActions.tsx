import type { MemberDetail } from "@cppcc/ui/roster";
import { Button, Flex } from "antd";
import { useState } from "react";
import { EditMemberDrawer } from "./EditMemberDrawer";
import { WithdrawDialog } from "./WithdrawDialog";

/** The office's buttons on an open member: edit and withdraw (a withdrawn member is only read). */
export function MemberActions({ member }: { member: MemberDetail }) {
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  if (member.status === "withdrawn") return null;
  return (
    <Flex gap={8}>
      <Button type="primary" onClick={() => setEditing(true)}>
        编辑
      </Button>
      <Button danger onClick={() => setWithdrawing(true)}>
        办理退出
      </Button>
      <EditMemberDrawer member={member} open={editing} onClose={() => setEditing(false)} />
      <WithdrawDialog member={member} open={withdrawing} onClose={() => setWithdrawing(false)} />
    </Flex>
  );
}
