import nodemailer from "nodemailer";
import type { Logger } from "@emberlearn/platform";

// Where password-reset links go. With SMTP_URL set, by email (nodemailer). Without it (embedded
// mode, a laptop), the link is written to the log for whoever runs the platform, and a teacher
// can always issue a link for a student of theirs and hand it over in person.

export interface ResetMail {
  to: string;
  name: string;
  url: string;
  expiresAt: Date;
}

export interface MailSender {
  kind: "smtp" | "log";
  sendPasswordReset(mail: ResetMail): Promise<void>;
}

export function createMailSender(opts: { smtpUrl?: string; from: string; logger: Logger }): MailSender {
  if (!opts.smtpUrl)
    return {
      kind: "log",
      async sendPasswordReset(mail) {
        opts.logger.warn(
          { to: mail.to, url: mail.url, expiresAt: mail.expiresAt.toISOString() },
          "password reset link (no SMTP_URL configured: give this link to the account's owner)",
        );
      },
    };
  const transport = nodemailer.createTransport(opts.smtpUrl);
  return {
    kind: "smtp",
    async sendPasswordReset(mail) {
      const minutes = Math.round((mail.expiresAt.getTime() - Date.now()) / 60_000);
      await transport.sendMail({
        from: opts.from,
        to: mail.to,
        subject: "Reset your EmberLearn password",
        text:
          `Hi ${mail.name},\n\nSomeone (hopefully you) asked to reset your EmberLearn password.\n` +
          `Open this link within ${minutes} minutes to choose a new one:\n\n${mail.url}\n\n` +
          "The link works once. If you did not ask for it, ignore this email: your password stays the same.\n",
      });
    },
  };
}
