import { router } from "../../trpc/procedures";
import { checkInRouter } from "./checkIn";
import { consultationProcedures } from "./consultation";
import { deliberationRouter } from "./deliberation";
import { invitationRouter } from "./invitation";
import { participantRouter } from "./participant";
import { planRouter } from "./plan";
import { publicTopicRouter } from "./publicTopic";
import { residentTopicRouter } from "./residentTopic";
import { speechRouter } from "./speech";
import { suggestionRouter } from "./suggestion";
import { venueRouter } from "./venue";

/** Everything of consultation under one key: `consultation.get`, `consultation.suggestion.close`, … */
export const consultationRouter = router({
  ...consultationProcedures,
  plan: planRouter,
  invitation: invitationRouter,
  checkIn: checkInRouter,
  speech: speechRouter,
  participant: participantRouter,
  suggestion: suggestionRouter,
  residentTopic: residentTopicRouter,
  deliberation: deliberationRouter,
  venue: venueRouter,
  publicTopic: publicTopicRouter,
});
