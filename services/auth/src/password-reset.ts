import { AsyncLocalStorage } from "node:async_hooks";
import { eq } from "drizzle-orm";
import { AppError, ValidationError, type Db } from "@emberlearn/platform";
import { passwordProblems } from "./domain/passwords.ts";
import type { MailSender } from "./repository/mail-sender.ts";
import { findUserByEmail, findUserById } from "./repository/users-and-classes.ts";
import { refreshTokens, verification } from "./repository/schema.ts";

// Account recovery on Better Auth's password-reset flow: it makes the one-time token (its
// verification table, one hour) and checks and consumes it; we build the link to our own page,
// choose who receives it, apply our password rules, and end every session of the account.
// A teacher's reset for a student runs the same flow, but the link comes back to the teacher
// (captured below) instead of going to the student's mailbox.

export const RESET_TOKEN_SECONDS = 3600;

export interface ResetLink {
  url: string;
  expiresAt: string;
}

/** What Better Auth's sendResetPassword callback is given. */
export interface ResetRequestEvent {
  user: { id: string; email: string; name: string };
  token: string;
}

export interface BetterAuthReset {
  requestPasswordReset(email: string): Promise<void>;
  resetPassword(token: string, newPassword: string): Promise<void>;
}

export function createPasswordReset(deps: { db: Db; publicUrl: string; sender: MailSender }) {
  const capture = new AsyncLocalStorage<{ link?: ResetLink }>();
  const linkFor = (token: string): ResetLink => ({
    url: `${deps.publicUrl.replace(/\/$/, "")}/reset-password?token=${encodeURIComponent(token)}`,
    expiresAt: new Date(Date.now() + RESET_TOKEN_SECONDS * 1000).toISOString(),
  });
  let auth: BetterAuthReset | undefined;
  const connected = () => {
    if (!auth) throw new Error("password reset used before connect()");
    return auth;
  };

  return {
    /** Better Auth's sendResetPassword: hand the link to the teacher asking, or send it to the owner. */
    async deliver(e: ResetRequestEvent): Promise<void> {
      const link = linkFor(e.token);
      const box = capture.getStore();
      if (box) box.link = link;
      else
        await deps.sender.sendPasswordReset({
          to: e.user.email,
          name: e.user.name,
          url: link.url,
          expiresAt: new Date(link.expiresAt),
        });
    },
    // connect() runs while the service starts, before any route can call these
    connect(betterAuth: BetterAuthReset) {
      auth = betterAuth;
    },

    /** "Forgot password": the same answer whether or not the email has an account. */
    async request(email: string): Promise<void> {
      await connected().requestPasswordReset(email.trim().toLowerCase());
    },

    /** A teacher's one-time link for a student (the route checks the student is theirs). */
    async issueFor(studentId: string): Promise<ResetLink> {
      const student = await findUserById(deps.db, studentId);
      if (!student) throw new AppError("not-found", 404, "Student not found");
      const box: { link?: ResetLink } = {};
      await capture.run(box, () => connected().requestPasswordReset(student.email));
      if (!box.link) throw new AppError("reset-failed", 500, "The reset link could not be made");
      return box.link;
    },

    async complete(token: string, newPassword: string): Promise<{ email: string }> {
      const [row] = await deps.db
        .select()
        .from(verification)
        .where(eq(verification.identifier, `reset-password:${token}`));
      const user = row && row.expiresAt > new Date() ? await findUserById(deps.db, row.value) : undefined;
      if (!user) throw expired();
      const problems = passwordProblems(newPassword, user.email);
      if (problems.length)
        throw new ValidationError(
          `body.newPassword ${problems[0]}`,
          problems.map((message) => ({ field: "body.newPassword", message })),
        );
      try {
        await connected().resetPassword(token, newPassword);
      } catch {
        throw expired(); // used a moment ago by a concurrent request
      }
      // whoever held the old password is signed out everywhere
      await deps.db.update(refreshTokens).set({ revokedAt: new Date() }).where(eq(refreshTokens.userId, user.id));
      return { email: user.email };
    },

    findByEmail: (email: string) => findUserByEmail(deps.db, email),
  };
}

const expired = () =>
  new AppError("invalid-token", 400, "This reset link has expired or was already used. Ask for a new one.", [
    { field: "body.token", message: "has expired or was already used" },
  ]);

export type PasswordReset = ReturnType<typeof createPasswordReset>;
