import { z } from "zod";

// One email field for every auth route that takes one (sign-up, forgot password). RFC 5321 limits
// the part before "@" to 64 characters and the whole address to 254; an address over either can
// never receive the reset link, so it is refused rather than silently accepted.
export const emailField = z
  .string()
  .trim()
  .email("must be an email address")
  .max(254)
  .refine((v) => v.slice(0, v.lastIndexOf("@")).length <= 64, "the part before @ must be at most 64 characters");
