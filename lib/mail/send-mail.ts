import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { errorFields, log } from "@/lib/log/logger";

export type Mail = { to: string; subject: string; text: string };

/**
 * Sends when SMTP_URL is configured; otherwise does nothing and says so, because every
 * link we mail is also shown in the app to copy. Returns whether a mail went out.
 */
export async function sendMail(mail: Mail): Promise<boolean> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return false;
  try {
    await nodemailer.createTransport(SMTP_URL).sendMail({ from: MAIL_FROM, ...mail });
    return true;
  } catch (error) {
    log.warn("mail not sent", { to: mail.to, subject: mail.subject, ...errorFields(error) });
    return false;
  }
}
