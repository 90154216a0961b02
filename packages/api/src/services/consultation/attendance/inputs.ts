import { checkInPinInput, checkInTokenInput, idField, pageInput } from "@cppcc/domain";
import { z } from "zod";

export const issueCodeInput = z.object({ consultationId: idField("协商") });
export const scanInput = z.object({ token: checkInTokenInput });
export const enterPinInput = z.object({ pin: checkInPinInput });
export const markAttendanceInput = z.object({
  consultationId: idField("协商"),
  memberId: idField("委员"),
  present: z.boolean({ error: "请选择出席或缺席" }),
});
export type MarkAttendanceInput = z.infer<typeof markAttendanceInput>;
export const attendanceListInput = pageInput.extend({ consultationId: idField("协商") });
export type AttendanceListInput = z.infer<typeof attendanceListInput>;
