import { venueInput } from "@cppcc/domain";
import { idInput } from "../../services/consultation/shared/fields";
import { venueListInput, venueUpdateInput } from "../../services/consultation/venue/inputs";
import { getVenue, listVenues } from "../../services/consultation/venue/list";
import { createVenue, updateVenue } from "../../services/consultation/venue/save";
import { procedureFor, router } from "../../trpc/procedures";

/** 阵地: deliberation halls, reception halls (star rated), member studios, consultation posts. */
export const venueRouter = router({
  list: procedureFor("venue.read")
    .input(venueListInput)
    .query(({ ctx, input }) => listVenues({ ctx, input })),
  get: procedureFor("venue.read")
    .input(idInput("阵地"))
    .query(({ ctx, input }) => getVenue({ ctx, input })),
  create: procedureFor("venue.manage")
    .input(venueInput)
    .mutation(({ ctx, input }) => createVenue({ ctx, input })),
  update: procedureFor("venue.manage")
    .input(venueUpdateInput)
    .mutation(({ ctx, input }) => updateVenue({ ctx, input })),
});
