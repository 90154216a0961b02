import type { ComponentProps } from "react";
import { ScreenFrame, useBack as useBackTo } from "../../shell/ScreenFrame";

/** A proposal screen: 返回 without history goes to 我的提案. */
export function ProposalFrame(props: Omit<ComponentProps<typeof ScreenFrame>, "home">) {
  return <ScreenFrame home="/proposals" {...props} />;
}

export const useBack = () => useBackTo("/proposals");
