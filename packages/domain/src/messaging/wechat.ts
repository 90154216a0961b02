import type { NotificationKind, NotificationLink } from "../notification/kinds";
import { smsLink } from "./smsText";

/**
 * A template message's `thing` value holds at most 20 characters (WeChat refuses longer with 47003);
 * the title and the council are cut to fit, with an ellipsis saying so.
 */
export const wechatThingMax = 20;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const shanghaiMinute = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** 2026年4月1日 10:00, in Beijing time: what a `time` value of a template shows. */
export function wechatTime(at: Date): string {
  const p = Object.fromEntries(shanghaiMinute.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/**
 * The values of the one generic template (事项 thing1, 来源 thing2, 时间 time3) and the page the message opens
 * (`url`, on the deployment's public address; none without one). A digest names its count.
 */
export function wechatNoticeParams(
  notice: { kind: NotificationKind | "digest"; title: string; link: NotificationLink | null; notificationIds: readonly string[] },
  councilName: string,
  publicUrl: string | null,
  at: Date,
): Record<string, string> {
  const title = notice.kind === "digest" ? `您有 ${notice.notificationIds.length} 条新消息` : notice.title;
  return {
    thing1: cut(title, wechatThingMax),
    thing2: cut(councilName, wechatThingMax),
    time3: wechatTime(at),
    url: smsLink(publicUrl, notice.kind === "digest" ? null : notice.link),
  };
}

/** WeChat's own moment: retried with the worker's backoff. An expired access token is fetched again first. */
const retriedCodes = new Set([-1, 40001, 40014, 42001, 45009, 45047]);

/** Why a message was not delivered, in words the office can act on; the code stays beside them. */
const reasons: Record<number, string> = {
  43004: "对方未关注本公众号或已取消关注，无法发送",
  43101: "对方未订阅此类通知，无法发送",
  40003: "微信用户标识（openid）无效，可能绑定了其他公众号，请对方重新绑定微信",
  40037: "模板编号（WECHAT_TEMPLATE_ID）无效，请检查配置",
  47003: "模板内容不符合要求（字段或长度）",
  48001: "公众号没有发送模板消息的权限，请检查公众号认证与接口权限",
  40164: "服务器地址不在公众号的接口 IP 白名单内",
  [-1]: "微信系统繁忙",
  45009: "公众号今日接口调用次数已达上限",
};

/**
 * Only the codes known to pass are retried; anything else (not following, a bad openid, a template refused)
 * is final: no retry changes it, and retrying a refusal only spends the account's daily quota.
 */
export function isFinalWechatError(errcode: number): boolean {
  return !retriedCodes.has(errcode);
}

export function wechatErrorText(errcode: number, errmsg: string): string {
  return `${reasons[errcode] ?? "微信拒绝了该消息"}（${errcode} ${errmsg}）`;
}
