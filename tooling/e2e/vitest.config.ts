import { defineConfig } from "vitest/config";

// Browser journeys: one at a time (two cores), generous timeouts for a cold chromium.
export default defineConfig({
  test: {
    include: ["test/**/*.e2e.ts"],
    globalSetup: ["src/globalSetup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
