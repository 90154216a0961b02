/** What the decision's answer says about a text to the resident: named only when one was queued. */
export function residentTextedNote(residentTexted: boolean): string {
  return residentTexted ? "；已安排短信告知群众（按回执号）" : "";
}
