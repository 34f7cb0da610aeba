import { authResetComplete, authResetRequest, authStudentReset } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { PasswordReset } from "../service/password-reset.ts";

// Account recovery: "forgot password" for anyone, and a one-time reset link a teacher issues for
// a student of their own class (a 13-year-old's email is often not one they can read).

const isPublic = { public: true };

export function recoveryRoutes(app: App, reset: PasswordReset) {
  app.post(
    "/api/auth/password-reset/request",
    {
      config: isPublic,
      schema: {
        tags: ["accounts"],
        summary:
          "Forgot password: sends a one-time link (1 hour) by email, or writes it to the server log when no SMTP " +
          "is configured. The same answer whether or not the email has an account",
        body: authResetRequest.body,
        response: { 202: authResetRequest.response },
      },
    },
    async (req, reply) => {
      await reset.request(req.body.email);
      return reply.code(202).send({
        message: "If an account uses this email, a reset link is on its way. Your teacher can also give you one.",
      });
    },
  );

  app.post(
    "/api/auth/password-reset/complete",
    {
      config: isPublic,
      schema: {
        tags: ["accounts"],
        summary: "Choose a new password with a reset link's token (once); every session of the account ends",
        body: authResetComplete.body,
        response: { 200: authResetComplete.response },
      },
    },
    async (req) => {
      const { email } = await reset.complete(req.body.token, req.body.newPassword);
      return { message: "Your password is changed. Sign in with the new one.", email };
    },
  );

  app.post(
    "/api/auth/students/:studentId/password-reset",
    {
      config: { roles: ["teacher", "admin"] },
      schema: {
        tags: ["classes"],
        summary:
          "A one-time reset link (1 hour) for a student of one of my classes, to hand over in person; " +
          "their password is never shown and their sessions end when they use it",
        params: authStudentReset.params,
        response: { 201: authStudentReset.response },
      },
    },
    async (req, reply) => {
      const me = userOf(req);
      const issued = await reset.issueForStudent(me, req.params.studentId);
      req.log.info({ studentId: issued.student.id, by: me.id }, "teacher issued a password reset link");
      return reply.code(201).send(issued);
    },
  );
}
