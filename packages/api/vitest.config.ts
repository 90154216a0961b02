import { defineConfig } from "vitest/config";

// Each test file boots its own database (PGlite ~1.5 s, or a fresh Postgres database).
export default defineConfig({ test: { hookTimeout: 60_000, testTimeout: 30_000 } });
