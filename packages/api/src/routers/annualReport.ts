import { annualReportListInput, annualReportPrintInput, annualReportReturnInput, annualReportSaveInput, annualReportYearInput } from "@cppcc/domain";
import { listAnnualReports } from "../services/annualReport/list";
import { myAnnualReport } from "../services/annualReport/mine";
import { printAnnualReports } from "../services/annualReport/print";
import { returnAnnualReport } from "../services/annualReport/returnReport";
import { writeAnnualReport } from "../services/annualReport/write";
import { procedureFor, router } from "../trpc/procedures";

/** 常委年度述职: a standing member writes and submits; the office collects, returns with a reason and prints. */
export const annualReportRouter = router({
  mine: procedureFor("annualReport.write").input(annualReportYearInput).query(({ ctx, input }) => myAnnualReport({ ctx, input })),
  save: procedureFor("annualReport.write").input(annualReportSaveInput).mutation(({ ctx, input }) => writeAnnualReport({ ctx, input, submit: false })),
  submit: procedureFor("annualReport.write").input(annualReportSaveInput).mutation(({ ctx, input }) => writeAnnualReport({ ctx, input, submit: true })),
  list: procedureFor("annualReport.manage").input(annualReportListInput).query(({ ctx, input }) => listAnnualReports({ ctx, input })),
  returnForRevision: procedureFor("annualReport.manage").input(annualReportReturnInput).mutation(({ ctx, input }) => returnAnnualReport({ ctx, input })),
  print: procedureFor("annualReport.manage").input(annualReportPrintInput).query(({ ctx, input }) => printAnnualReports({ ctx, input })),
});
