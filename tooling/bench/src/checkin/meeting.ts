import { shanghaiDate } from "@cppcc/domain";
import { mutate } from "../lib/trpc-client";

export type OpenMeeting = { id: string; token: string; invited: number };

/**
 * A city topical consultation for today, set up by the office over HTTP as the admin app does:
 * created, planned, invitations sent (the named members, or the whole roster), scheduled, and
 * a QR check-in code shown. No start time, so check-in is open all day.
 */
export async function openMeeting(
  site: { base: string; admin: string; committeeId: string },
  title: string,
  invite: { memberIds: string[] } | { everyone: true },
): Promise<OpenMeeting> {
  const { base, admin } = site;
  const today = shanghaiDate(new Date());
  const step = <T>(path: string, input: unknown) => mutate<T>(base, path, input, admin);
  const created = await step<{ id: string; version: number }>("consultation.create", {
    title,
    formatCode: "topicalConsultation",
    year: Number(today.slice(0, 4)),
    leadCommitteeId: site.committeeId,
    plannedDate: today,
    venue: "三楼会议室",
  });
  const planned = await step<{ version: number }>("consultation.transition", { id: created.id, version: created.version, event: { type: "plan" } });
  const { invited } = await step<{ invited: number }>("consultation.invitation.invite", { consultationId: created.id, selection: invite });
  await step("consultation.transition", { id: created.id, version: planned.version, event: { type: "schedule", date: today } });
  const { token } = await step<{ token: string }>("consultation.checkIn.issueCode", { consultationId: created.id });
  return { id: created.id, token, invited };
}
