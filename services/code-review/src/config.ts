import { z } from "zod";

// The code-review service has no environment variables of its own: the runner adds the platform's
// (DATABASE_URL, the bus, AUTH_ISSUER, …) and hands create() the parsed result.
export const configSchema = z.object({});

export type CodeReviewConfig = z.infer<typeof configSchema>;
