import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";

// The auth service's account routes: sign-up, sign-in, token refresh and sign-out (the web app's server
// actions and its proxy call them), who is signed in, key rotation, and account recovery (forgot password,
// and the reset link a teacher issues for a student of their class).

// One email field for every auth route that takes one (sign-up, forgot password). RFC 5321 limits
// the part before "@" to 64 characters and the whole address to 254; an address over either can
// never receive the reset link, so it is refused rather than silently accepted.
export const emailField = z
  .string()
  .trim()
  .email("must be an email address")
  .max(254)
  .refine((v) => v.slice(0, v.lastIndexOf("@")).length <= 64, "the part before @ must be at most 64 characters");

export const accountUser = z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string() });
/** what signing up, in, or refreshing gives: the access token (RS256 JWT) and the refresh token */
export const authSession = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number(),
  user: accountUser,
});
export type AuthSession = z.infer<typeof authSession>;
const refreshBody = z.object({ refreshToken: z.string().min(1).max(200) });

export const authSignUp = defineEndpoint({
  method: "POST",
  path: "/api/auth/sign-up",
  status: 201,
  body: z.object({
    email: emailField,
    password: z
      .string()
      .min(10, "must be at least 10 characters long")
      .max(128, "must be at most 128 characters long")
      .describe("10-128 characters mixing letters with digits or symbols, not containing the email"),
    name: z.string().trim().min(1, "must not be empty").max(80),
  }),
  response: authSession,
});

export const authSignIn = defineEndpoint({
  method: "POST",
  path: "/api/auth/sign-in",
  body: z.object({ email: z.string().max(254), password: z.string().max(256) }),
  response: authSession,
});

export const authRefresh = defineEndpoint({
  method: "POST",
  path: "/api/auth/refresh",
  body: refreshBody,
  response: authSession,
});

export const authSignOut = defineEndpoint({
  method: "POST",
  path: "/api/auth/sign-out",
  status: 204,
  body: refreshBody,
  response: z.null().describe("Signed out (also when the token was unknown or already revoked)"),
});

export const authMe = defineEndpoint({ method: "GET", path: "/api/auth/me", response: accountUser });

export const authRotateKey = defineEndpoint({
  method: "POST",
  path: "/api/auth/keys/rotate",
  response: z.object({ kid: z.string() }),
});

export const authResetRequest = defineEndpoint({
  method: "POST",
  path: "/api/auth/password-reset/request",
  status: 202,
  body: z.object({ email: emailField }),
  response: z.object({ message: z.string() }),
});

export const authResetComplete = defineEndpoint({
  method: "POST",
  path: "/api/auth/password-reset/complete",
  body: z.object({
    token: z.string().min(1, "is required").max(200),
    newPassword: z.string().min(1, "is required").max(256),
  }),
  response: z.object({ message: z.string(), email: z.string() }),
});

/** a one-time reset link (1 hour) a teacher hands to a student of their class */
export const authStudentReset = defineEndpoint({
  method: "POST",
  path: "/api/auth/students/:studentId/password-reset",
  status: 201,
  params: z.object({ studentId: z.string().min(1).max(100) }),
  response: z.object({
    url: z.string(),
    expiresAt: z.string(),
    student: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  }),
});
