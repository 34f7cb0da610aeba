import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError } from "better-auth/api";
import {
  AppError,
  ConflictError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  UnavailableError,
  ValidationError,
  type Db,
} from "@emberlearn/platform";
import { createSignInThrottle, type SignInThrottle } from "../domain/sign-in-throttle.ts";
import { passwordProblems } from "../domain/passwords.ts";
import { ACCESS_TTL_SECONDS, mintAccessToken } from "../domain/tokens.ts";
import { activeKey } from "../repository/keys.ts";
import { issueRefreshToken, revokeByToken, rotateRefreshToken } from "../repository/refresh-repository.ts";
import { findUserByEmail, findUserById, setRole, type UserRow } from "../repository/users-and-classes.ts";
import * as schema from "../repository/schema.ts";
import { RESET_TOKEN_SECONDS, type BetterAuthReset, type ResetRequestEvent } from "./password-reset.ts";
import type { AuthSession } from "@emberlearn/contracts/http";

// Accounts: Better Auth owns users and password hashing (email + password);
// EmberLearn adds roles, RS256 access tokens with a JWKS, and refresh-token
// families with reuse detection, which Better Auth does not provide.

/** what sign-up, sign-in and refresh answer: the contract's (packages/contracts/src/http/auth-accounts.ts) */
export type Session = AuthSession;

const FAILED_SIGN_IN_FLOOR_MS = 400;

/** Better Auth's answer to an unknown email or a wrong password (APIError 401), or an email it refuses (400) */
function wrongCredentials(err: unknown): boolean {
  return err instanceof APIError && (err.statusCode === 401 || err.statusCode === 400);
}

/** the user row Better Auth has just written or read: its absence is a broken database, not a wrong password */
function present(u: UserRow | undefined, what: string): UserRow {
  if (!u) throw new Error(`The account that just ${what} has no user row`);
  return u;
}

export function createAccounts(
  db: Db,
  opts: {
    issuer: string;
    audience: string;
    secret: string;
    /** receives each password-reset token Better Auth makes (password-reset.ts) */
    onResetRequest?: (e: ResetRequestEvent) => Promise<void>;
    throttle?: SignInThrottle;
  },
) {
  const throttle = opts.throttle ?? createSignInThrottle();
  const auth = betterAuth({
    secret: opts.secret,
    baseURL: "http://localhost:8010",
    basePath: "/api/auth/better-auth",
    database: drizzleAdapter(db as never, {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
      },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: false,
      resetPasswordTokenExpiresIn: RESET_TOKEN_SECONDS,
      sendResetPassword: async ({ user, token }) =>
        opts.onResetRequest?.({ user: { id: user.id, email: user.email, name: user.name }, token }),
    },
    user: { additionalFields: { role: { type: "string", defaultValue: "student", input: false } } },
    logger: { disabled: true },
    telemetry: { enabled: false },
  });

  async function sessionFor(u: UserRow, familyToken?: string): Promise<Session> {
    const accessToken = await mintAccessToken(await activeKey(db), u, opts);
    const refreshToken = familyToken ?? (await issueRefreshToken(db, u.id));
    return {
      accessToken,
      refreshToken,
      expiresIn: ACCESS_TTL_SECONDS,
      user: { id: u.id, email: u.email, name: u.name, role: u.role },
    };
  }

  return {
    async signUp(input: { email: string; password: string; name: string }, role = "student"): Promise<Session> {
      const email = input.email.trim().toLowerCase();
      const problems = passwordProblems(input.password, email);
      if (problems.length)
        throw new ValidationError(
          `body.password ${problems[0]}`,
          problems.map((message) => ({ field: "body.password", message })),
        );
      try {
        await auth.api.signUpEmail({ body: { email, password: input.password, name: input.name.trim() } });
      } catch (err) {
        if ((err as { status?: string }).status === "UNPROCESSABLE_ENTITY")
          throw new ConflictError("An account with this email cannot be created. Try signing in instead.");
        throw new AppError(
          "sign-up-failed",
          400,
          (err as { body?: { message?: string } }).body?.message ?? "Sign-up failed",
        );
      }
      const u = present(await findUserByEmail(db, email), "signed up");
      if (role !== "student") {
        await setRole(db, u.id, role);
        u.role = role;
      }
      return sessionFor(u);
    },

    async signIn(input: { email: string; password: string }): Promise<Session> {
      const started = Date.now();
      const email = input.email.trim().toLowerCase();
      const wait = throttle.blockedFor(email);
      if (wait)
        throw new TooManyRequestsError(
          `Too many wrong passwords for this account. Try again in ${Math.ceil(wait / 60)} min.`,
          wait,
        );
      let userId: string;
      try {
        userId = (await auth.api.signInEmail({ body: { email, password: input.password } })).user.id;
      } catch (err) {
        // only Better Auth's "no such email or wrong password" is the student's mistake; anything else (the
        // database is down, a bug) must not read as a wrong password: it is a 503 with the cause in the log
        if (!wrongCredentials(err))
          throw new UnavailableError("Signing in is not working right now. Try again soon.", err);
        throttle.failed(email);
        // the same answer, after about the same time, whether or not the email exists
        await new Promise((r) => setTimeout(r, Math.max(0, FAILED_SIGN_IN_FLOOR_MS - (Date.now() - started))));
        throw new AppError("invalid-credentials", 401, "Email or password is incorrect");
      }
      throttle.succeeded(email);
      return sessionFor(present(await findUserById(db, userId), "signed in"));
    },

    async refresh(token: string): Promise<Session> {
      const result = await rotateRefreshToken(db, token);
      if (!result.ok) throw new UnauthorizedError();
      const u = await findUserById(db, result.userId);
      if (!u) throw new UnauthorizedError();
      return sessionFor(u, result.token);
    },

    /** Sign-out: the refresh token's family is revoked (unknown or already revoked tokens change nothing). */
    signOut: (refreshToken: string) => revokeByToken(db, refreshToken),

    /** The signed-in user; a token whose account has since been deleted finds nobody. */
    async me(id: string): Promise<Session["user"]> {
      const u = await findUserById(db, id);
      if (!u) throw new NotFoundError("User");
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    },

    /** Better Auth's own reset endpoints, called as a library */
    reset: {
      requestPasswordReset: async (email) => void (await auth.api.requestPasswordReset({ body: { email } })),
      resetPassword: async (token, newPassword) =>
        void (await auth.api.resetPassword({ body: { token, newPassword } })),
    } satisfies BetterAuthReset,
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
