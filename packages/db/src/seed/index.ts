export * from "./accounts";
export * from "./demo";
export * from "./ifEmpty";
export { createRng, type Rng } from "./demoCity/prng";
