import { useOverview, useSignedIn, useTRPC } from "@cppcc/ui";
import { CouncilCard, PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Col, Row } from "antd";
import { RecentActivityCard } from "./RecentActivityCard";
import { WorkCountsCard } from "./WorkCountsCard";

/** The city office's first screen: what waits on it today, each count opening its list, and what was done last. */
export function AdminHome() {
  const session = useSignedIn();
  const trpc = useTRPC();
  const home = useQuery(trpc.home.office.queryOptions());
  const overview = useOverview();
  if (home.isPending) return <PageLoading />;
  if (home.isError) return <QueryFailed query={home} />;
  return (
    <>
      <PageTitle title="工作台" subtitle={`${session.account.displayName}，您好！以下是今天需要办理的工作。`} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <WorkCountsCard counts={home.data.counts} planYear={home.data.planYear} />
        </Col>
        <Col xs={24} lg={14}>
          <RecentActivityCard activity={home.data.activity} />
        </Col>
        <Col xs={24} lg={10}>
          {overview.isSuccess && <CouncilCard overview={overview.data} />}
        </Col>
      </Row>
    </>
  );
}
