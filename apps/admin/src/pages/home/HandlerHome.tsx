import { useOverview, useSignedIn, useTRPC } from "@cppcc/ui";
import { AccountCard, CouncilCard, PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Col, Row } from "antd";
import { DecidedExtensionsCard } from "../handler/DecidedExtensionsCard";
import { HandlerProposalsCard } from "../handler/HandlerProposalsCard";
import { HandlerSuggestionsCard } from "../suggestion/HandlerSuggestionsCard";

/** A handling unit's desk: what it has to do today (home.handler), the council it answers to and its own account. */
export function HandlerHome() {
  const session = useSignedIn();
  const trpc = useTRPC();
  const home = useQuery(trpc.home.handler.queryOptions());
  const overview = useOverview();
  if (home.isPending || overview.isPending) return <PageLoading />;
  if (home.isError) return <QueryFailed query={home} />;
  if (overview.isError) return <QueryFailed query={overview} />;
  return (
    <>
      <PageTitle title="承办单位工作台" subtitle={`${session.account.displayName}，您好！以下是本单位今天需要办理的工作。`} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <HandlerProposalsCard proposals={home.data.proposals} />
        </Col>
        <Col xs={24} lg={12}>
          <HandlerSuggestionsCard suggestions={home.data.suggestions} />
        </Col>
        <Col xs={24} lg={12}>
          <DecidedExtensionsCard items={home.data.extensionsDecided} />
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
