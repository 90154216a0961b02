import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by apps/server at /liaison/; in dev the API is proxied to the server on :3000.
export default defineConfig({
  base: "/liaison/",
  plugins: [react()],
  server: { port: 5174, strictPort: true, proxy: { "/trpc": "http://localhost:3000" } },
  preview: { port: 4174, proxy: { "/trpc": "http://localhost:3000" } },
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
