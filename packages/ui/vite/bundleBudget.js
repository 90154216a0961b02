// Plain JavaScript on purpose: Vite loads its config with Node, which cannot run this
// workspace's TypeScript sources; types are in bundleBudget.d.ts.
import { gzipSync } from "node:zlib";

/**
 * Fails the build when the first load grows past the app's budget. Vite's chunkSizeWarningLimit
 * only warns about single chunks; what a person waits for is everything the entry pulls in.
 * @param {import("./bundleBudget").BundleBudget} budget
 * @returns {import("vite").Plugin}
 */
export function bundleBudget(budget) {
  return {
    name: "cppcc-bundle-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = new Map();
      for (const item of Object.values(bundle)) if (item.type === "chunk") chunks.set(item.fileName, item);
      const initial = new Set();
      const visit = (fileName) => {
        const chunk = chunks.get(fileName);
        if (!chunk || initial.has(fileName)) return;
        initial.add(fileName);
        chunk.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const gzipKb = [...initial].reduce((kb, f) => kb + gzipSync(chunks.get(f).code).length / 1024, 0);
      const line = `首屏 JS ${gzipKb.toFixed(1)} kB gzip（预算 ${budget.initialGzipKb} kB，${initial.size} 个文件）`;
      if (gzipKb > budget.initialGzipKb) this.error(`超出包体预算：${line}`);
      this.info(line);
    },
  };
}
