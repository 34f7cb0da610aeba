import type { TestProject } from "vitest/node";
import { startPostgres, type TestPostgres } from "./postgres.ts";

// Started once per `make test`: a real PostgreSQL server that integration tests
// run against (besides PGlite). Test files create their own database on it.

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let postgres: TestPostgres | undefined;

export async function setup(project: TestProject) {
  postgres = await startPostgres();
  process.env.TEST_POSTGRES_URL = postgres.url;
  project.provide("postgresUrl", postgres.url);
}

export async function teardown() {
  await postgres?.stop();
}
