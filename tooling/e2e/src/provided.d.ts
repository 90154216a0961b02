import "vitest";

// Declaration merging is the only way to type provide/inject, and it needs an interface.
declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    baseUrl: string;
  }
}
