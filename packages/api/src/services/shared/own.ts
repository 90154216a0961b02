import { Forbidden } from "@cppcc/domain";
import type { SignedInContext } from "../../context";

// What an account acts for: a member login its member, a handler its unit, a liaison its
// township. Staff create accounts with these set, so one missing is a misconfigured account (the
// office must fix it), never an empty result.

export function ownMember(ctx: SignedInContext): string {
  const id = ctx.actor.memberId;
  if (!id) throw new Forbidden("该账号未关联委员，请联系市政协办公室");
  return id;
}

export function ownUnit(ctx: SignedInContext): string {
  const id = ctx.actor.handlingUnitId;
  if (!id) throw new Forbidden("该承办单位账号未指定单位，请联系市政协办公室");
  return id;
}

export function ownTownship(ctx: SignedInContext): string {
  const id = ctx.actor.townshipId;
  if (!id) throw new Forbidden("该联络员账号未指定镇街道，请联系市政协办公室");
  return id;
}
