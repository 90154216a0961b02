import react from "@vitejs/plugin-react";
import { bundleBudget } from "@cppcc/ui/vite";
import { defineConfig } from "vite";

// Served by apps/server at /portal/. In dev the API is proxied to the server, on :3000 unless
// API_PROXY names another (e.g. API_PROXY=http://localhost:3100 when 3000 is taken).
const api = process.env.API_PROXY ?? "http://localhost:3000";

export default defineConfig({
  base: "/portal/",
  // The first screen (login) must stay under this, gzipped; the build fails beyond it.
  plugins: [react(), bundleBudget({ initialGzipKb: 250 })],
  server: { port: 5175, strictPort: true, proxy: { "/trpc": api, "/files": api } },
  preview: { port: 4175, proxy: { "/trpc": api, "/files": api } },
  build: {
    outDir: "dist",
    // Bundle budget, tighter than the desk apps': members open this on a phone, often on mobile
    // data. No chunk over 300 kB (minified); each page is a lazy chunk.
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 30 },
            { name: "antd-mobile", test: /node_modules[\\/](antd-mobile|@react-spring|@use-gesture|rc-[^\\/]+)[\\/]/, priority: 10, tags: ["$initial"] },
            { name: "data", test: /node_modules[\\/](@tanstack|@trpc|superjson|zod|dayjs)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
