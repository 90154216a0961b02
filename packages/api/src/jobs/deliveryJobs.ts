import { deliverMessage, type DeliveryGateways } from "../services/delivery/deliver";
import { messageDeliveryKind } from "../services/delivery/queue";
import type { LeasedJobRegistry } from "./runLeased";

/** The jobs that talk to providers, bound to this server's configured gateways; run by `runLeasedJobs`. */
export function deliveryJobs(gateways: DeliveryGateways): LeasedJobRegistry {
  return { [messageDeliveryKind]: (handle, job, clock) => deliverMessage(handle, gateways, job, clock) };
}
