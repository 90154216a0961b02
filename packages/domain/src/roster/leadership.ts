import { memberPostLabels, singleHolderPosts, type MemberPost, type MemberRecord } from "./member";

type Holder = Pick<MemberRecord, "id" | "name" | "post" | "status">;

/**
 * One chair per term, and one secretary-general: giving the post to someone while another
 * active member holds it is refused, and the message says who holds it, so the office can
 * first change that member's post. Withdrawn members keep their post on record but no longer
 * hold it.
 */
export function postConflict(post: MemberPost, members: readonly Holder[], selfId?: string): string | null {
  if (!singleHolderPosts.includes(post)) return null;
  const holder = members.find((m) => m.post === post && m.status === "active" && m.id !== selfId);
  if (!holder) return null;
  const label = memberPostLabels[post];
  return `本届已有${label}（${holder.name}），每届只能有一位${label}；如需更换，请先将${holder.name}的职务改为其他职务`;
}
