import { enterPin } from "../../services/consultation/attendance/enterPin";
import { attendanceListInput, enterPinInput, issueCodeInput, markAttendanceInput, scanInput } from "../../services/consultation/attendance/inputs";
import { issueCode } from "../../services/consultation/attendance/issueCode";
import { issuePin } from "../../services/consultation/attendance/issuePin";
import { listAttendance } from "../../services/consultation/attendance/list";
import { mark } from "../../services/consultation/attendance/mark";
import { pinStatus } from "../../services/consultation/attendance/pinStatus";
import { scan } from "../../services/consultation/attendance/scan";
import { procedureFor, router } from "../../trpc/procedures";

/** Check-in (the organiser's QR code and 6-digit code, the member's scan or typed code) and attendance marked by hand. */
export const checkInRouter = router({
  issueCode: procedureFor("checkIn.issue")
    .input(issueCodeInput)
    .mutation(({ ctx, input }) => issueCode({ ctx, input })),
  scan: procedureFor("checkIn.scan")
    .input(scanInput)
    .mutation(({ ctx, input }) => scan({ ctx, input })),
  issuePin: procedureFor("checkIn.issue")
    .input(issueCodeInput)
    .mutation(({ ctx, input }) => issuePin({ ctx, input })),
  pinStatus: procedureFor("checkIn.issue")
    .input(issueCodeInput)
    .query(({ ctx, input }) => pinStatus({ ctx, input })),
  enterPin: procedureFor("checkIn.scan")
    .input(enterPinInput)
    .mutation(({ ctx, input }) => enterPin({ ctx, input })),
  mark: procedureFor("attendance.mark")
    .input(markAttendanceInput)
    .mutation(({ ctx, input }) => mark({ ctx, input })),
  attendance: procedureFor("attendance.mark")
    .input(attendanceListInput)
    .query(({ ctx, input }) => listAttendance({ ctx, input })),
});
