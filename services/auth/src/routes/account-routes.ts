import { authMe, authRefresh, authRotateKey, authSignIn, authSignOut, authSignUp } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { Accounts } from "../service/accounts.ts";
import type { Keys } from "../service/keys.ts";

const isPublic = { public: true };

export function accountRoutes(app: App, accounts: Accounts, keys: Keys) {
  app.post(
    "/api/auth/sign-up",
    {
      config: isPublic,
      schema: {
        tags: ["accounts"],
        summary: "Create a student account and sign in",
        body: authSignUp.body,
        response: { 201: authSignUp.response },
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
        body: authSignIn.body,
        response: { 200: authSignIn.response },
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
        body: authRefresh.body,
        response: { 200: authRefresh.response },
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
        body: authSignOut.body,
        response: { 204: authSignOut.response },
      },
    },
    async (req, reply) => {
      await accounts.signOut(req.body.refreshToken);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/auth/me",
    { schema: { tags: ["accounts"], summary: "The signed-in user", response: { 200: authMe.response } } },
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
        response: { 200: authRotateKey.response },
      },
    },
    async () => keys.rotate(),
  );
}
