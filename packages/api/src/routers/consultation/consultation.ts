import { consultationDraftInput, consultationUpdateInput } from "@cppcc/domain";
import { createConsultation } from "../../services/consultation/consultation/create";
import { getConsultation } from "../../services/consultation/consultation/get";
import { consultationListInput, consultationStatsInput, consultationTransitionInput } from "../../services/consultation/consultation/inputs";
import { listConsultations } from "../../services/consultation/consultation/list";
import { consultationStats } from "../../services/consultation/consultation/stats";
import { transitionConsultationStep } from "../../services/consultation/consultation/transition";
import { consultationTimeline } from "../../services/consultation/consultation/timeline";
import { updateConsultation } from "../../services/consultation/consultation/update";
import { consultationOptions } from "../../services/consultation/options";
import { idInput } from "../../services/consultation/shared/fields";
import { procedureFor, signedInProcedure } from "../../trpc/procedures";

/** The consultations themselves: list, page, statistics, the draft and its lifecycle. */
export const consultationProcedures = {
  options: signedInProcedure.query(({ ctx }) => consultationOptions({ ctx })),
  list: procedureFor("consultation.read")
    .input(consultationListInput)
    .query(({ ctx, input }) => listConsultations({ ctx, input })),
  get: procedureFor("consultation.read")
    .input(idInput("协商"))
    .query(({ ctx, input }) => getConsultation({ ctx, input })),
  timeline: procedureFor("consultation.read")
    .input(idInput("协商"))
    .query(({ ctx, input }) => consultationTimeline({ ctx, input })),
  stats: procedureFor("consultation.read")
    .input(consultationStatsInput)
    .query(({ ctx, input }) => consultationStats({ ctx, input })),
  create: procedureFor("consultation.manage")
    .input(consultationDraftInput)
    .mutation(({ ctx, input }) => createConsultation({ ctx, input })),
  update: procedureFor("consultation.manage")
    .input(consultationUpdateInput)
    .mutation(({ ctx, input }) => updateConsultation({ ctx, input })),
  transition: procedureFor("consultation.manage")
    .input(consultationTransitionInput)
    .mutation(({ ctx, input }) => transitionConsultationStep({ ctx, input })),
};
