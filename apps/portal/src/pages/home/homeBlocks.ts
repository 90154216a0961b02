import type { RouterOutputs } from "@cppcc/api";
import type { ComponentType } from "react";
import { ActivitiesEntry } from "../consultation/ActivitiesEntry";
import { NextMeetingsBlock } from "./NextMeetingsBlock";
import { NoticesBlock } from "./NoticesBlock";
import { TodoBlock } from "./TodoBlock";

export type MemberHomeData = RouterOutputs["home"]["member"];
/** A block of the home screen; it may read `home.member` or its own query (the message centre's reads its own). */
export type HomeBlock = { key: string; Block: ComponentType<{ home: MemberHomeData }> };

/** The home screen's blocks, top to bottom; the message centre's 「通知」 block reads its own query. */
export const homeBlocks: HomeBlock[] = [
  { key: "todo", Block: TodoBlock },
  { key: "notices", Block: NoticesBlock },
  { key: "meetings", Block: NextMeetingsBlock },
  { key: "activities", Block: ActivitiesEntry },
];
