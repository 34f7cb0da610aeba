import { z } from "zod";

// The concepts service has no environment variables of its own: the runner adds the platform's
// (DATABASE_URL, OPENAI_*, AUTH_ISSUER, …) and hands create() the parsed result.
export const configSchema = z.object({});

export type ConceptsConfig = z.infer<typeof configSchema>;
