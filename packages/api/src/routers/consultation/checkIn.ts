import { attendanceListInput, issueCodeInput, markAttendanceInput, scanInput } from "../../services/consultation/attendance/inputs";
import { issueCode } from "../../services/consultation/attendance/issueCode";
import { listAttendance } from "../../services/consultation/attendance/list";
import { mark } from "../../services/consultation/attendance/mark";
import { scan } from "../../services/consultation/attendance/scan";
import { procedureFor, router } from "../../trpc/procedures";

/** QR check-in (the organiser's code, the member's scan) and attendance marked by hand. */
export const checkInRouter = router({
  issueCode: procedureFor("checkIn.issue")
    .input(issueCodeInput)
    .mutation(({ ctx, input }) => issueCode({ ctx, input })),
  scan: procedureFor("checkIn.scan")
    .input(scanInput)
    .mutation(({ ctx, input }) => scan({ ctx, input })),
  mark: procedureFor("attendance.mark")
    .input(markAttendanceInput)
    .mutation(({ ctx, input }) => mark({ ctx, input })),
  attendance: procedureFor("attendance.mark")
    .input(attendanceListInput)
    .query(({ ctx, input }) => listAttendance({ ctx, input })),
});
