import { z } from "zod";
import { env } from "@emberlearn/platform";

// The gateway's own environment variables; the runner adds the platform's (AUTH_ISSUER, the service
// addresses, …) and hands create() the parsed result.
export const configSchema = z.object({
  CORS_ORIGINS: env.list().default(["http://localhost:8000", "http://127.0.0.1:8000"]),
  WEB_URL: env.url().optional(),
  TRUST_PROXY: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
});

export type GatewayConfig = z.infer<typeof configSchema>;
