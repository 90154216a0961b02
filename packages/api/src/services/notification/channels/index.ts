import type { NotificationChannel } from "../channel";
import { smsChannel } from "./sms";
import { wechatChannel } from "./wechat";

export type ChannelOptions = {
  /** Whether the server has an SMS provider configured. */
  sms: boolean;
  /** Whether the server has a WeChat Official Account configured. */
  wechat?: boolean;
  /** The deployment's public address, for links in texts; null leaves links out. */
  publicUrl: string | null;
};

/** The ways out beyond the message centre that this server is configured for; none configured, none offered. */
export function configuredChannels(options: ChannelOptions): NotificationChannel[] {
  return [
    ...(options.sms ? [smsChannel({ publicUrl: options.publicUrl })] : []),
    ...(options.wechat ? [wechatChannel({ publicUrl: options.publicUrl })] : []),
  ];
}
