import { z } from "zod";

// The sandbox's own environment variables; the runner adds the platform's (DATABASE_URL, the bus, …)
// and hands create() the parsed result.
export const configSchema = z.object({
  SANDBOX_PYTHON: z.string().default("/usr/bin/python3"),
  SANDBOX_BWRAP: z.string().default("/usr/bin/bwrap"),
  SANDBOX_WORKERS: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(64).optional(),
  SANDBOX_QUEUE: z.coerce.number({ message: "must be a whole number" }).int().min(1).optional(),
  // the first of the host uids the workers run as when the service runs as root (one per worker)
  SANDBOX_UID_BASE: z.coerce.number({ message: "must be a whole number" }).int().min(1000).default(64_000),
  SANDBOX_RECYCLE_AFTER: z.coerce.number({ message: "must be a whole number" }).int().min(1).default(500),
  // a cgroup delegated to the service's own user, to run without root (docs/operations.md)
  SANDBOX_CGROUP_PARENT: z.string().optional(),
  // pure-Python libraries for the harness's error analysis (scripts/install-python-libs.sh)
  SANDBOX_LIB_DIR: z.string().optional(),
});

export type SandboxConfig = z.infer<typeof configSchema>;
