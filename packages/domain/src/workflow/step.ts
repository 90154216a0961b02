/** How an app shows a step: the way forward, one that ends or undoes something, or any other. */
export type StepKind = "primary" | "danger" | "default";

/** A step an actor may take now, as the apps render it: a button with the server's label. */
export type Step<T extends string = string> = { type: T; label: string; kind: StepKind };

export function hasStep<T extends string>(steps: readonly Step<T>[], type: T): boolean {
  return steps.some((s) => s.type === type);
}

/** The step of this type among those offered, for a button that needs its own form; undefined when not offered. */
export function findStep<T extends string>(steps: readonly Step<T>[], type: T): Step<T> | undefined {
  return steps.find((s) => s.type === type);
}
