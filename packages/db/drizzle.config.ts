import { defineConfig } from "drizzle-kit";

// Generation only reads the schema; migrations are applied by src/migrate.ts at server start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
});
