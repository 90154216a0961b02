import { handlerHomeOutput, liaisonHomeOutput, memberHomeOutput, officeHomeOutput } from "@cppcc/domain";
import { handlerHome } from "../services/home/handler";
import { liaisonHome } from "../services/home/liaison";
import { memberHome } from "../services/home/member";
import { officeHome } from "../services/home/office";
import { procedureFor, router } from "../trpc/procedures";

/** Each role's home of today's work: counts that link to the lists they count. */
export const homeRouter = router({
  office: procedureFor("home.office")
    .output(officeHomeOutput)
    .query(({ ctx }) => officeHome({ ctx })),
  liaison: procedureFor("home.liaison")
    .output(liaisonHomeOutput)
    .query(({ ctx }) => liaisonHome({ ctx })),
  handler: procedureFor("home.handler")
    .output(handlerHomeOutput)
    .query(({ ctx }) => handlerHome({ ctx })),
  member: procedureFor("home.member")
    .output(memberHomeOutput)
    .query(({ ctx }) => memberHome({ ctx })),
});
