import type { TimelineLine } from "../events/timeline";

/** The line an attachment's event puts on its owner's timeline (the owner's, not the attachment's). */
export function ownerLine(label: string | undefined, entity: string, entityId: string, note: string): TimelineLine | undefined {
  return label === undefined ? undefined : { label, note, of: { entity, entityId } };
}
