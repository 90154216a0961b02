import { memberPostLabels } from "@cppcc/domain";
import { Drawer, Flex, Grid, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useMember, useRosterReference } from "../../roster/useMemberPages";
import type { MemberDetail } from "../../roster/types";
import { PageLoading } from "../PageLoading";
import { QueryFailed } from "../QueryFailed";
import { MemberHistory } from "./MemberHistory";
import { MemberProfile } from "./MemberProfile";

type Props = {
  memberId: string | null;
  onClose: () => void;
  /** Buttons in the drawer's header (edit, withdraw), for the apps that may use them. */
  actions?: (member: MemberDetail) => ReactNode;
  /** More sections under the history (the login account, for the office). */
  extra?: (member: MemberDetail) => ReactNode;
};

/** One member beside the list: all fields, where they are now, and the dated history. */
export function MemberDrawer({ memberId, onClose, actions, extra }: Props) {
  const member = useMember(memberId);
  const reference = useRosterReference();
  const screens = Grid.useBreakpoint();
  const data = member.data;
  return (
    <Drawer
      open={memberId !== null}
      onClose={onClose}
      size={screens.md ? 720 : "100%"}
      destroyOnHidden
      title={
        data ? (
          <Flex align="center" gap={8} wrap>
            <span>{data.name}</span>
            <Tag color={data.post === "member" ? "default" : "red"}>{memberPostLabels[data.post]}</Tag>
            {data.status === "withdrawn" && <Tag>已退出</Tag>}
          </Flex>
        ) : (
          "委员信息"
        )
      }
      extra={data && actions?.(data)}
    >
      {member.isPending && <PageLoading />}
      {member.isError && <QueryFailed query={member} />}
      {data && (
        <Flex vertical gap={24}>
          <MemberProfile member={data} reference={reference.data} />
          <section>
            <Typography.Title level={5}>任职记录</Typography.Title>
            <MemberHistory member={data} />
          </section>
          {extra?.(data)}
        </Flex>
      )}
    </Drawer>
  );
}
