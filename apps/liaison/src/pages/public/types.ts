import type { RouterOutputs } from "@cppcc/api";

type Public = RouterOutputs["consultation"]["publicTopic"];
export type PublicTownship = Public["township"];
export type PublicTopic = Public["topics"]["items"][number];
export type PublicSummary = Public["summaries"]["items"][number];
export type PublicSession = NonNullable<PublicTopic["session"]>;
export type TopicLookup = RouterOutputs["consultation"]["publicTopic"]["lookup"];
