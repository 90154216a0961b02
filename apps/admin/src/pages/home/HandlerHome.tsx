import { useOverview, useSignedIn } from "@cppcc/ui";
import { AccountCard, CouncilCard, PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { Col, Row } from "antd";
import { HandlerProposalsCard } from "../handler/HandlerProposalsCard";
import { HandlerSuggestionsCard } from "../suggestion/HandlerSuggestionsCard";

/** A handling unit's desk: the proposals waiting for it, the council it answers to and its own account. */
export function HandlerHome() {
  const session = useSignedIn();
  const overview = useOverview();
  if (overview.isPending) return <PageLoading />;
  if (overview.isError) return <QueryFailed query={overview} />;
  return (
    <>
      <PageTitle title="承办单位工作台" subtitle={`${session.account.displayName}，您好！`} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <HandlerProposalsCard />
        </Col>
        <Col xs={24}>
          <HandlerSuggestionsCard />
        </Col>
        <Col xs={24} lg={12}>
          <CouncilCard overview={overview.data} />
        </Col>
        <Col xs={24} lg={12}>
          <AccountCard session={session} townships={overview.data.townships} />
        </Col>
      </Row>
    </>
  );
}
