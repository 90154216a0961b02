import { z } from "zod";
import { shanghaiDate, type CalendarDate } from "../calendar";

/**
 * 重点提案: a proposal a city leader takes charge of (领办), with a follow-up review (回头看) on a
 * set day to check that what was promised was done. The sponsor is named as printed in reports
 * ("副市长 张三"), since leaders are often not platform users.
 */
export const keyProposalInput = z.object({
  sponsorName: z.string().trim().min(1, "请填写领办领导姓名").max(20, "领办领导姓名不能超过 20 个字"),
  sponsorTitle: z.string().trim().min(1, "请填写领办领导职务").max(30, "领办领导职务不能超过 30 个字"),
  followUpOn: z.iso.date("回头看日期格式应为 YYYY-MM-DD").nullable(),
});
export type KeyProposalInput = z.infer<typeof keyProposalInput>;
export type KeyProposal = KeyProposalInput & { markedOn: CalendarDate };

/** Is the follow-up review due — its day has come in Shanghai and it has not been held? */
export function followUpDue(key: KeyProposal, now: Date, heldOn: CalendarDate | null): boolean {
  // ISO dates compare correctly as strings.
  return key.followUpOn !== null && heldOn === null && shanghaiDate(now) >= key.followUpOn;
}
