// A delivery worker in a process of its own, for the test that kills it right after the provider accepted.
import { createDb } from "@cppcc/db";
import { deliveryJobs, runLeasedJobs } from "../../src/jobs";
import { createSmsGateway, type SmsConfig } from "../../src/services/sms/gateway";

const db = await createDb({ url: process.env.DATABASE_URL!, poolSize: 2 });
const config = JSON.parse(process.env.SMS_CONFIG!) as SmsConfig;
const at = new Date(process.env.CLOCK_AT!);
process.send?.("ready");
await runLeasedJobs(db, deliveryJobs({ sms: createSmsGateway(config) }), { clock: { now: () => at } });
await db.close();
