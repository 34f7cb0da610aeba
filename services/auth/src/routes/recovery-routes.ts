import { z } from "zod";
import { userOf, type App } from "@emberlearn/platform";
import type { PasswordReset } from "../service/password-reset.ts";
import { emailField } from "./email-field.ts";

// Account recovery: "forgot password" for anyone, and a one-time reset link a teacher issues for
// a student of their own class (a 13-year-old's email is often not one they can read).

const isPublic = { public: true };
const link = z.object({ url: z.string(), expiresAt: z.string() });

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
        body: z.object({ email: emailField }),
        response: { 202: z.object({ message: z.string() }) },
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
        body: z.object({
          token: z.string().min(1, "is required").max(200),
          newPassword: z.string().min(1, "is required").max(256),
        }),
        response: { 200: z.object({ message: z.string(), email: z.string() }) },
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
        params: z.object({ studentId: z.string().min(1).max(100) }),
        response: { 201: link.extend({ student: z.object({ id: z.string(), name: z.string(), email: z.string() }) }) },
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
