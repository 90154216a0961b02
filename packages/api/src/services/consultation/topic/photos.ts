import { attachment, council, residentTopic, township, type DbOrTx } from "@cppcc/db";
import { attachmentFileName, attachmentRefusals, NotFound, refusalError, residentPhotoRefusals, RuleViolation } from "@cppcc/domain";
import { and, eq, gt, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Context } from "../../../context";
import { limitFor } from "../../attachment/rules";
import type { ReceivedFile } from "../../attachment/inputs";
import { residentActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { takePublicSlot, type PublicLimit } from "./rateLimit";

/**
 * A photo sent from the public page waits under this owner kind, keyed by its township, until the topic it
 * was chosen for is submitted: then it becomes that topic's (`residentTopic`). One never submitted stays
 * unattached, seen by nobody.
 */
export const pendingPhotoOwner = "residentTopic.pending";
/** A photo is attached only to a topic submitted within this long of its upload. */
const pendingForMs = 2 * 60 * 60_000;

/** Photos from one address: a few topics' worth a quarter of an hour; the byte cap keeps each cheap. */
export const residentPhotoLimit: PublicLimit = { max: 12, windowMinutes: 15, verb: "上传" };
export const residentPhotoRateKey = (ip: string) => `residentPhoto:${ip}`;

/** Before any byte is read: the township exists, and the address has a slot left. Answers the council's photo limit. */
export async function residentPhotoPermit({ ctx, input }: { ctx: Context; input: { townshipId: string } }) {
  const [t] = await ctx.db.db.select({ councilId: township.councilId }).from(township).where(eq(township.id, input.townshipId));
  if (!t) throw new NotFound("找不到该镇街道，请核对链接或重新扫码");
  await ctx.db.db.transaction((tx) => takePublicSlot(tx, t.councilId, residentPhotoRateKey(ctx.request.ip), ctx.clock.now(), residentPhotoLimit));
  return { councilId: t.councilId, limit: await limitFor(ctx.db.db, t.councilId, "residentTopic.photo") };
}

/** Records a stored photo as waiting for its topic; its id is what the page sends with the topic. */
export async function registerResidentPhoto({ ctx, input }: { ctx: Context; input: { townshipId: string; councilId: string; file: ReceivedFile } }) {
  const limit = await limitFor(ctx.db.db, input.councilId, "residentTopic.photo");
  const refusals = attachmentRefusals(limit, { size: input.file.sizeBytes, mimeType: input.file.mimeType });
  if (refusals.length > 0) throw refusalError(refusals);
  return ctx.db.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(attachment)
      .values({
        councilId: input.councilId,
        ownerKind: pendingPhotoOwner,
        ownerId: input.townshipId,
        use: "residentTopic.photo",
        fileName: attachmentFileName(input.file.fileName),
        sizeBytes: input.file.sizeBytes,
        mimeType: input.file.mimeType!,
        sha256: input.file.sha256,
        storageKey: input.file.storageKey,
        uploadedByAccountId: null,
        uploadedByName: "群众",
        uploadedAt: now,
      })
      .returning();
    const { storageKey: _k, ...after } = row!;
    await recordEvent(tx, residentActor(input.councilId, ctx.request.ip), { action: "attachment.add", entity: "attachment", entityId: row!.id, after, occurredAt: now });
    return row!;
  });
}

/**
 * Inside the topic's transaction: the photos chosen become the topic's, if each is still waiting for this
 * township, recent, and within the council's number; otherwise the whole submission is refused, saying so.
 */
export async function claimResidentPhotos(tx: DbOrTx, input: { councilId: string; townshipId: string; topicId: string; photoIds: readonly string[]; now: Date }) {
  if (input.photoIds.length === 0) return;
  const [c] = await tx.select({ ruleSet: council.ruleSet }).from(council).where(eq(council.id, input.councilId));
  const refusals = residentPhotoRefusals(c!.ruleSet.attachment, input.photoIds);
  if (refusals.length > 0) throw refusalError(refusals);
  const claimed = await tx
    .update(attachment)
    .set({ ownerKind: "residentTopic", ownerId: input.topicId })
    .where(
      and(
        eq(attachment.councilId, input.councilId),
        eq(attachment.ownerKind, pendingPhotoOwner),
        eq(attachment.ownerId, input.townshipId),
        inArray(attachment.id, [...input.photoIds]),
        gt(attachment.uploadedAt, new Date(input.now.getTime() - pendingForMs)),
        isNull(attachment.removedAt),
      ),
    )
    .returning({ id: attachment.id });
  if (claimed.length !== input.photoIds.length) throw new RuleViolation("有照片已失效（上传超过 2 小时或已随其他议题提交），请删除后重新上传");
}

/** The liaison's choice on accepting: which of the topic's photos the public page shows (none unless chosen). */
export async function publishResidentPhotos(tx: DbOrTx, input: { councilId: string; topicId: string; photoIds: readonly string[]; now: Date }) {
  if (input.photoIds.length === 0) return;
  const published = await tx
    .update(attachment)
    .set({ publishedAt: input.now })
    .where(
      and(
        eq(attachment.councilId, input.councilId),
        eq(attachment.ownerKind, "residentTopic"),
        eq(attachment.ownerId, input.topicId),
        inArray(attachment.id, [...input.photoIds]),
        isNull(attachment.removedAt),
      ),
    )
    .returning({ id: attachment.id });
  if (published.length !== new Set(input.photoIds).size) throw new RuleViolation("所选照片不属于该议题，请刷新后重试");
}

/**
 * The topics' photos by topic, in upload order: every one for the staff's list, or only the published ones
 * (all the public page may show). Photos are shown by id: `/files/:id` for staff, `/files/public/:id` for anyone.
 */
export async function topicPhotos(db: DbOrTx, councilId: string, topicIds: readonly string[], which: "all" | "published"): Promise<Map<string, { id: string; published: boolean }[]>> {
  const byTopic = new Map<string, { id: string; published: boolean }[]>();
  if (topicIds.length === 0) return byTopic;
  const rows = await db
    .select({ id: attachment.id, topicId: attachment.ownerId, publishedAt: attachment.publishedAt })
    .from(attachment)
    .where(
      and(
        eq(attachment.councilId, councilId),
        eq(attachment.ownerKind, "residentTopic"),
        inArray(attachment.ownerId, [...topicIds]),
        which === "published" ? isNotNull(attachment.publishedAt) : undefined,
        isNull(attachment.removedAt),
      ),
    )
    .orderBy(attachment.uploadedAt, attachment.id);
  for (const r of rows) byTopic.set(r.topicId, [...(byTopic.get(r.topicId) ?? []), { id: r.id, published: r.publishedAt !== null }]);
  return byTopic;
}

/** A photo for anyone: only one the liaison published, on a topic that is accepted (public) now. */
export async function publicPhoto({ ctx, input }: { ctx: Context; input: { id: string } }) {
  const [row] = await ctx.db.db
    .select({ file: attachment })
    .from(attachment)
    .innerJoin(residentTopic, and(eq(residentTopic.councilId, attachment.councilId), eq(residentTopic.id, attachment.ownerId)))
    .where(
      and(
        eq(attachment.id, input.id),
        eq(attachment.ownerKind, "residentTopic"),
        isNotNull(attachment.publishedAt),
        isNull(attachment.removedAt),
        eq(residentTopic.state, "accepted"),
      ),
    );
  if (!row) throw new NotFound("找不到该照片");
  return row.file;
}
