import { defineConfig } from "vitest/config";

// Pure tests are fast alone; the property tests' thousands of runs need headroom when every suite shares the cores.
export default defineConfig({ test: { testTimeout: 30_000 } });
