import { officeHomeFilters } from "@cppcc/domain";
import type { RouterOutputs } from "@cppcc/api";
import { Card, Col, Row } from "antd";
import { CountTile } from "./CountTile";

type Home = RouterOutputs["home"]["office"];
type Counts = Home["counts"];

/**
 * Each tile opens the list it counts, with the list's own filter in the address (every session,
 * as the count is made), so the number on the tile is the number of rows there.
 */
const tiles = (planYear: number): { key: keyof Counts; title: string; unit: string; to: string; hint: string; alarm?: boolean }[] => [
  { key: "awaitingReview", title: "待审查提案", unit: "件", to: `/proposals?session=all&status=${officeHomeFilters.awaitingReview.join(",")}`, hint: "已提交、审查中" },
  { key: "awaitingAssignment", title: "待交办提案", unit: "件", to: `/proposals?session=all&status=${officeHomeFilters.awaitingAssignment.join(",")}`, hint: "已立案未交办、被退回交办" },
  { key: "overdueProposalTasks", title: "逾期未办", unit: "项", to: "/overdue-proposals", hint: "超过办理期限的答复和会办意见", alarm: true },
  { key: "dueSoonProposalTasks", title: "临期提案", unit: "项", to: "/overdue-proposals?window=dueSoon", hint: "临近办理期限的答复和会办意见" },
  { key: "pendingExtensions", title: "待审批延期", unit: "份", to: "/extensions", hint: "承办单位的延期申请" },
  { key: "overdueSuggestions", title: "逾期意见建议", unit: "条", to: "/open-items?status=overdue", hint: "超过答复期限仍未答复", alarm: true },
  { key: "dueSoonSuggestions", title: "临期意见建议", unit: "条", to: "/open-items?status=dueSoon", hint: "临近答复期限" },
  { key: "pendingLeaves", title: "待审批请假", unit: "人次", to: "/leave-requests", hint: "委员请假待组织方决定" },
  { key: "meetingsThisWeek", title: "本周会议", unit: "场", to: "/consultations?scope=all&week=this", hint: "本周（周一至周日）安排的会议" },
  { key: "planItemsDue", title: "计划待安排", unit: "项", to: `/consultation-plan?year=${planYear}&due=1`, hint: "已到计划季度、尚未确定会期" },
];

export function WorkCountsCard({ counts, planYear }: { counts: Counts; planYear: number }) {
  return (
    <Card title="今日待办">
      <Row gutter={[16, 16]}>
        {tiles(planYear).map((t) => (
          <Col key={t.key} xs={12} md={8} xl={4}>
            <CountTile title={t.title} count={counts[t.key]} unit={t.unit} to={t.to} hint={t.hint} color={t.alarm ? "#cf1322" : "#d46b08"} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
