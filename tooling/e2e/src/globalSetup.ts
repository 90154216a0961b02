import type { TestProject } from "vitest/node";
import { startServer } from "./server";

/** One server for the whole browser run; each test opens its own fresh browser profile. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide("baseUrl", server.base);
  return () => server.stop();
}
