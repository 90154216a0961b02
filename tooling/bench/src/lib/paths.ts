import { fileURLToPath } from "node:url";

/** The repository root, from this file's place in tooling/bench/src/lib. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const benchRoot = fileURLToPath(new URL("../../", import.meta.url));
/** tsx's loader as a file URL, so `node --import` finds it whatever the child's working directory. */
export const tsxLoader = import.meta.resolve("tsx");
