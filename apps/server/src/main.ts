import { loadConfig, type Config } from "./config";
import { start } from "./start";

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  // A misconfiguration is the operator's to fix: say what, without a stack trace.
  console.error((error as Error).message);
  process.exit(1);
}

const { app, stop } = await start(config);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, "shutting down");
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
