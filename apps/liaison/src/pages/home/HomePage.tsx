import { useOverview, useSignedIn, useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Col, Row } from "antd";
import { NoTownship } from "../deliberation/shared/NoTownship";
import { OpenItemsCard } from "./OpenItemsCard";
import { PendingTopicsCard } from "./PendingTopicsCard";
import { UpcomingSessionsCard } from "./UpcomingSessionsCard";

/** The liaison officer's first screen: their township's work today — topics to moderate, sessions to come, items to close. */
export function HomePage() {
  const session = useSignedIn();
  const trpc = useTRPC();
  const overview = useOverview();
  const hasTownship = !!session.account.townshipId;
  const home = useQuery(trpc.home.liaison.queryOptions(undefined, { enabled: hasTownship }));
  if (!hasTownship) return <NoTownship />;
  if (home.isPending) return <PageLoading />;
  if (home.isError) return <QueryFailed query={home} />;
  const township = overview.data?.townships.find((t) => t.id === session.account.townshipId);
  return (
    <>
      <PageTitle title={township ? `${township.name}政协联络室` : "工作台"} subtitle={`${session.account.displayName}，您好！以下是本镇街道需要办理的工作。`} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <OpenItemsCard openItems={home.data.openItems} />
        </Col>
        <Col xs={24} md={12}>
          <PendingTopicsCard pending={home.data.pendingTopics} />
        </Col>
        <Col xs={24} md={12}>
          <UpcomingSessionsCard sessions={home.data.upcomingSessions} />
        </Col>
      </Row>
    </>
  );
}
