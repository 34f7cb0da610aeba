import { z } from "zod";
import { userOf, type App } from "@emberlearn/platform";
import type { Accounts } from "../service/accounts.ts";
import type { Keys } from "../service/keys.ts";
import { emailField } from "./email-field.ts";

const userBody = z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string() });
const session = z.object({ accessToken: z.string(), refreshToken: z.string(), expiresIn: z.number(), user: userBody });
const isPublic = { public: true };

export function accountRoutes(app: App, accounts: Accounts, keys: Keys) {
  app.post(
    "/api/auth/sign-up",
    {
      config: isPublic,
      schema: {
        tags: ["accounts"],
        summary: "Create a student account and sign in",
        body: z.object({
          email: emailField,
          password: z
            .string()
            .min(10, "must be at least 10 characters long")
            .max(128, "must be at most 128 characters long")
            .describe("10-128 characters mixing letters with digits or symbols, not containing the email"),
          name: z.string().trim().min(1, "must not be empty").max(80),
        }),
        response: { 201: session },
      },
    },
    async (req, reply) => reply.code(201).send(await accounts.signUp(req.body)),
  );

  app.post(
    "/api/auth/sign-in",
    {
      config: isPublic,
      schema: {
        tags: ["accounts"],
        summary: "Sign in: an access token (RS256 JWT, 24 h) and a refresh token",
        body: z.object({ email: z.string().max(254), password: z.string().max(256) }),
        response: { 200: session },
      },
    },
    async (req) => accounts.signIn(req.body),
  );

  app.post(
    "/api/auth/refresh",
    {
      config: isPublic,
      schema: {
        tags: ["accounts"],
        summary: "Exchange a refresh token for new tokens; reusing an old one revokes the whole family",
        body: z.object({ refreshToken: z.string().min(1).max(200) }),
        response: { 200: session },
      },
    },
    async (req) => accounts.refresh(req.body.refreshToken),
  );

  app.post(
    "/api/auth/sign-out",
    {
      config: isPublic,
      schema: {
        tags: ["accounts"],
        summary: "Sign out: revokes the refresh token's family",
        body: z.object({ refreshToken: z.string().min(1).max(200) }),
        response: { 204: z.null().describe("Signed out (also when the token was unknown or already revoked)") },
      },
    },
    async (req, reply) => {
      await accounts.signOut(req.body.refreshToken);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/auth/me",
    { schema: { tags: ["accounts"], summary: "The signed-in user", response: { 200: userBody } } },
    async (req) => accounts.me(userOf(req).id),
  );

  app.get(
    "/api/auth/jwks",
    { config: isPublic, schema: { tags: ["keys"], summary: "Public keys (RS256) that verify access tokens" } },
    async (_req, reply) => {
      reply.header("cache-control", "public, max-age=300");
      return keys.jwks();
    },
  );

  app.post(
    "/api/auth/keys/rotate",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["keys"],
        summary: "Start signing with a new key; the old one stays in the JWKS until its tokens expire",
        response: { 200: z.object({ kid: z.string() }) },
      },
    },
    async () => keys.rotate(),
  );
}
