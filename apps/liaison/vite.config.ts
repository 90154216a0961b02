import react from "@vitejs/plugin-react";
import { bundleBudget } from "@cppcc/ui/vite";
import { defineConfig } from "vite";

// Served by apps/server at /liaison/. In dev the API is proxied to the server, on :3000 unless
// API_PROXY names another (e.g. API_PROXY=http://localhost:3100 when 3000 is taken).
const api = process.env.API_PROXY ?? "http://localhost:3000";

export default defineConfig({
  base: "/liaison/",
  // The first screen (login) must stay under this, gzipped; the build fails beyond it.
  plugins: [react(), bundleBudget({ initialGzipKb: 400 })],
  server: { port: 5174, strictPort: true, proxy: { "/trpc": api, "/files": api } },
  preview: { port: 4174, proxy: { "/trpc": api, "/files": api } },
  build: {
    outDir: "dist",
    // Bundle budget: no chunk over 600 kB (minified). Libraries the first screen needs get their
    // own cacheable chunks ($initial: only what the entry loads; antd parts used by one lazy page
    // stay with that page), and echarts is only reached through a lazy import.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 30 },
            { name: "echarts", test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
            { name: "antd", test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/, priority: 10, tags: ["$initial"] },
            { name: "data", test: /node_modules[\\/](@tanstack|@trpc|superjson|zod|dayjs)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
