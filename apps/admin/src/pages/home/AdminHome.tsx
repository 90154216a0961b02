import { useOverview, useSignedIn } from "@cppcc/ui";
import { AccountCard, CouncilCard, PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { Col, Row } from "antd";
import { AccountsByRoleCard } from "./AccountsByRoleCard";
import { TownshipsCard } from "./TownshipsCard";

/** The city office's first screen: the council, its townships, who has an account, and you. */
export function AdminHome() {
  const session = useSignedIn();
  const overview = useOverview();
  if (overview.isPending) return <PageLoading />;
  if (overview.isError) return <QueryFailed query={overview} />;
  return (
    <>
      <PageTitle title="工作台" subtitle={`${session.account.displayName}，您好！欢迎使用${overview.data.council.name}数字政协平台。`} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <CouncilCard overview={overview.data} />
        </Col>
        <Col xs={24} lg={12}>
          <AccountCard session={session} townships={overview.data.townships} />
        </Col>
        <Col xs={24} lg={12}>
          <AccountsByRoleCard counts={overview.data.accountsByRole} />
        </Col>
        <Col xs={24} lg={12}>
          <TownshipsCard townships={overview.data.townships} />
        </Col>
      </Row>
    </>
  );
}
