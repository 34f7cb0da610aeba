import { AsyncLocalStorage } from "node:async_hooks";
import { AppError, ForbiddenError, ValidationError, type Db } from "@emberlearn/platform";
import { passwordProblems } from "../domain/passwords.ts";
import type { MailSender } from "../repository/mail-sender.ts";
import { revokeAllOfUser } from "../repository/refresh-repository.ts";
import { findResetToken } from "../repository/reset-tokens.ts";
import { classesOfTeacher, findUserByEmail, findUserById } from "../repository/users-and-classes.ts";

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

    /**
     * A teacher's one-time link for a student of one of their own classes (an admin's for any student), with
     * who it is for. Anyone else, or an id that is not a student's, gets the same refusal: no account probing.
     */
    async issueForStudent(caller: { id: string; role: string }, studentId: string) {
      const student = await findUserById(deps.db, studentId);
      const mine =
        caller.role === "admin" ||
        (await classesOfTeacher(deps.db, caller.id)).some((c) => c.students.some((s) => s.id === studentId));
      if (!student || !mine || student.role !== "student")
        throw new ForbiddenError("You can reset the password of the students in your own classes only");
      const box: { link?: ResetLink } = {};
      await capture.run(box, () => connected().requestPasswordReset(student.email));
      if (!box.link) throw new AppError("reset-failed", 500, "The reset link could not be made");
      return { ...box.link, student: { id: student.id, name: student.name, email: student.email } };
    },

    async complete(token: string, newPassword: string): Promise<{ email: string }> {
      const found = await findResetToken(deps.db, token);
      const user = found && found.expiresAt > new Date() ? await findUserById(deps.db, found.userId) : undefined;
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
      await revokeAllOfUser(deps.db, user.id);
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
