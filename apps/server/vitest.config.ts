import { defineConfig } from "vitest/config";

// Hooks seed a database (the demo roster, or a whole server); two minutes covers a machine running every suite at once.

export default defineConfig({ test: { hookTimeout: 120_000, testTimeout: 60_000 } });
