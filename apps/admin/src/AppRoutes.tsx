import { GuestOnly, RequireRole, appLabels } from "@cppcc/ui";
import { LoginPage, NotFoundPage, NotificationCentrePage, PageLoading, antdGuardViews, notificationsPath } from "@cppcc/ui/antd";
import { lazy, Suspense, type ReactNode } from "react";
import { Route, Routes } from "react-router";
import { AdminLayout } from "./AdminLayout";
import { OfficeOnly } from "./OfficeOnly";
import { HandlerOnly } from "./pages/handler/HandlerOnly";
import { StaffOnly } from "./pages/proposal/StaffOnly";
import { ConsultationOfficeOnly } from "./pages/consultation/shared/ConsultationOfficeOnly";

// Every page is its own chunk: the login page never downloads the dashboard (or echarts).
const HomePage = lazy(() => import("./pages/home/HomePage").then((m) => ({ default: m.HomePage })));
const MembersPage = lazy(() => import("./pages/roster/members/MembersPage").then((m) => ({ default: m.MembersPage })));
const ImportPage = lazy(() => import("./pages/roster/import/ImportPage").then((m) => ({ default: m.ImportPage })));
const CheckPage = lazy(() => import("./pages/roster/check/CheckPage").then((m) => ({ default: m.CheckPage })));
const AccountsPage = lazy(() => import("./pages/accounts/AccountsPage").then((m) => ({ default: m.AccountsPage })));
const ProposalQueuePage = lazy(() => import("./pages/proposal/queue/ProposalQueuePage").then((m) => ({ default: m.ProposalQueuePage })));
const ProposalDetailPage = lazy(() => import("./pages/proposal/detail/ProposalDetailPage").then((m) => ({ default: m.ProposalDetailPage })));
const CredentialSmsPage = lazy(() => import("./pages/accounts/bulk/CredentialSmsPage").then((m) => ({ default: m.CredentialSmsPage })));
const SlipsPage = lazy(() => import("./pages/accounts/bulk/SlipsPage").then((m) => ({ default: m.SlipsPage })));
const ProposalPrintPage = lazy(() => import("./pages/proposal/print/ProposalPrintPage").then((m) => ({ default: m.ProposalPrintPage })));
const OverduePage = lazy(() => import("./pages/proposal/overdue/OverduePage").then((m) => ({ default: m.OverduePage })));
const KeyProposalsPage = lazy(() => import("./pages/proposal/key/KeyProposalsPage").then((m) => ({ default: m.KeyProposalsPage })));
const StatisticsPage = lazy(() => import("./pages/proposal/statistics/StatisticsPage").then((m) => ({ default: m.StatisticsPage })));
const PlanPage = lazy(() => import("./pages/consultation/plan/PlanPage").then((m) => ({ default: m.PlanPage })));
const ConsultationsPage = lazy(() => import("./pages/consultation/list/ConsultationsPage").then((m) => ({ default: m.ConsultationsPage })));
const CreateConsultationPage = lazy(() => import("./pages/consultation/draft/CreateConsultationPage").then((m) => ({ default: m.CreateConsultationPage })));
const ConsultationDetailPage = lazy(() => import("./pages/consultation/detail/ConsultationDetailPage").then((m) => ({ default: m.ConsultationDetailPage })));
const ConsultationStatsPage = lazy(() => import("./pages/consultation/stats/StatsPage").then((m) => ({ default: m.StatsPage })));
const HandlerListPage = lazy(() => import("./pages/handler/HandlerListPage").then((m) => ({ default: m.HandlerListPage })));
const HandlerProposalPage = lazy(() => import("./pages/handler/HandlerProposalPage").then((m) => ({ default: m.HandlerProposalPage })));
const PaperJointPage = lazy(() => import("./pages/proposal/paper/PaperJointPage").then((m) => ({ default: m.PaperJointPage })));
const PendingLeavesPage = lazy(() => import("./pages/consultation/leave/PendingLeavesPage").then((m) => ({ default: m.PendingLeavesPage })));
const PendingExtensionsPage = lazy(() => import("./pages/extension/PendingExtensionsPage").then((m) => ({ default: m.PendingExtensionsPage })));
const FiguresPage = lazy(() => import("./pages/figures/FiguresPage").then((m) => ({ default: m.FiguresPage })));
const RankingPage = lazy(() => import("./pages/duty/RankingPage").then((m) => ({ default: m.RankingPage })));
const OfficeOpenItemsPage = lazy(() => import("./pages/suggestion/openItems/OfficeOpenItemsPage").then((m) => ({ default: m.OfficeOpenItemsPage })));
const TablePage = lazy(() => import("./pages/duty/table/TablePage").then((m) => ({ default: m.TablePage })));
const WarningsPage = lazy(() => import("./pages/duty/WarningsPage").then((m) => ({ default: m.WarningsPage })));
const PledgesPage = lazy(() => import("./pages/pledge/PledgesPage").then((m) => ({ default: m.PledgesPage })));
const AnnualReportsPage = lazy(() => import("./pages/pledge/AnnualReportsPage").then((m) => ({ default: m.AnnualReportsPage })));
const AnnualReportPrintPage = lazy(() => import("./pages/pledge/AnnualReportPrintPage").then((m) => ({ default: m.AnnualReportPrintPage })));
const RecordPrintPage = lazy(() => import("./pages/duty/print/RecordPrintPage").then((m) => ({ default: m.RecordPrintPage })));
const SuggestionInboxPage = lazy(() => import("./pages/suggestion/SuggestionInboxPage").then((m) => ({ default: m.SuggestionInboxPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <GuestOnly loading={<PageLoading />}>
            <LoginPage appLabel={appLabels.admin} />
          </GuestOnly>
        }
      />
      <Route
        element={
          <RequireRole app="admin" views={antdGuardViews}>
            <AdminLayout />
          </RequireRole>
        }
      >
        <Route index element={<HomePage />} />
        <Route element={<OfficeOnly />}>
          <Route path="roster/members" element={<MembersPage />} />
          <Route path="roster/import" element={<ImportPage />} />
          <Route path="roster/check" element={<CheckPage />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="accounts/sms/:requestId" element={<CredentialSmsPage />} />
          <Route path="duty-ranking" element={<RankingPage />} />
          <Route path="duty-ranking/table/:year" element={<TablePage />} />
          <Route path="figures" element={<FiguresPage />} />
          <Route path="duty-warnings" element={<WarningsPage />} />
          <Route path="duty-pledges" element={<PledgesPage />} />
          <Route path="annual-reports" element={<AnnualReportsPage />} />
        </Route>
        <Route element={<StaffOnly />}>
          <Route path="proposals" element={<ProposalQueuePage />} />
          <Route path="proposals/paper-joint" element={<PaperJointPage />} />
          <Route path="proposals/:id" element={<ProposalDetailPage />} />
          <Route path="extensions" element={<PendingExtensionsPage />} />
          <Route path="overdue-proposals" element={<OverduePage />} />
          <Route path="key-proposals" element={<KeyProposalsPage />} />
          <Route path="proposal-statistics" element={<StatisticsPage />} />
        </Route>
        <Route element={<ConsultationOfficeOnly />}>
          <Route path="consultation-plan" element={<PlanPage />} />
          <Route path="consultations" element={<ConsultationsPage />} />
          <Route path="consultations/new" element={<CreateConsultationPage />} />
          <Route path="consultations/:id" element={<ConsultationDetailPage />} />
          <Route path="leave-requests" element={<PendingLeavesPage />} />
          <Route path="consultation-stats" element={<ConsultationStatsPage />} />
          <Route path="open-items" element={<OfficeOpenItemsPage />} />
        </Route>
        <Route element={<HandlerOnly />}>
          <Route path="handling" element={<HandlerListPage />} />
          <Route path="handling/:id" element={<HandlerProposalPage />} />
        </Route>
        <Route path="suggestions" element={<SuggestionInboxPage />} />
        <Route path={notificationsPath.slice(1)} element={<NotificationCentrePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* Pages printed without the app's frame: credential slips (the passwords come from the opening just done, in
          memory), the paper proposal form (the server shows a unit only its own proposals) and a member's annual
          record (the server lets only the office read another member's). */}
      <Route path="/accounts/slips" element={<Frameless page={<SlipsPage />} />} />
      <Route path="/proposals/:id/print" element={<Frameless page={<ProposalPrintPage />} />} />
      <Route path="/duty-record/:memberId/:year/print" element={<Frameless page={<RecordPrintPage />} />} />
      <Route path="/annual-reports/:year/print" element={<Frameless page={<AnnualReportPrintPage />} />} />
    </Routes>
  );
}

/** A signed-in page outside the app's frame, for printing. */
function Frameless({ page }: { page: ReactNode }) {
  return (
    <RequireRole app="admin" views={antdGuardViews}>
      <Suspense fallback={<PageLoading />}>{page}</Suspense>
    </RequireRole>
  );
}
