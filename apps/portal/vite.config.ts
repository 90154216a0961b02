import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by apps/server at /portal/; in dev the API is proxied to the server on :3000.
export default defineConfig({
  base: "/portal/",
  plugins: [react()],
  server: { port: 5175, strictPort: true, proxy: { "/trpc": "http://localhost:3000" } },
  preview: { port: 4175, proxy: { "/trpc": "http://localhost:3000" } },
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
