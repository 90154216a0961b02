import type { Plugin } from "vite";

export type BundleBudget = {
  /** Most gzipped kB the first screen may download: the entry chunk and all it imports statically. */
  initialGzipKb: number;
};

export declare function bundleBudget(budget: BundleBudget): Plugin;
