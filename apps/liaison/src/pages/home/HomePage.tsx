import { useOverview, useSignedIn } from "@cppcc/ui";
import { AccountCard, CouncilCard, PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { Col, Row } from "antd";
import { TownshipCard } from "./TownshipCard";

/** The liaison officer's first screen: their own township first, then the council and the account. */
export function HomePage() {
  const session = useSignedIn();
  const overview = useOverview();
  if (overview.isPending) return <PageLoading />;
  if (overview.isError) return <QueryFailed query={overview} />;
  const township = overview.data.townships.find((t) => t.id === session.account.townshipId) ?? null;
  return (
    <>
      <PageTitle
        title={township ? `${township.name}政协联络室` : "工作台"}
        subtitle={`${session.account.displayName}，您好！`}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <TownshipCard township={township} councilName={overview.data.council.name} />
        </Col>
        <Col xs={24} md={12}>
          <CouncilCard overview={overview.data} />
        </Col>
        <Col xs={24} md={12}>
          <AccountCard session={session} townships={overview.data.townships} />
        </Col>
      </Row>
    </>
  );
}
