import { z } from "zod";

// The debug service has no environment variables of its own: the runner adds the platform's
// (AUTH_ISSUER, the service addresses, …) and hands create() the parsed result.
export const configSchema = z.object({});

export type DebugConfig = z.infer<typeof configSchema>;
