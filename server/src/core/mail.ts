import { createTransport, type Transporter } from 'nodemailer';

/** One plain-text message to one person. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** How the installation sends mail: SMTP by default; another transport fits the same interface. */
export interface Mailer {
  /**
   * Resolves once the server has accepted the message. Rejects with MailRefused when it refused this
   * message, with any other error when it could not be reached or refused the sender itself.
   */
  send(mail: Mail): Promise<void>;
}

/** What the mail settings are read from: the environment, or a test's own. */
export interface MailSettings {
  SMTP_URL?: string;
  MAIL_FROM?: string;
  PUBLIC_URL?: string;
}

/** The server refused this one message (a recipient, its content); other messages may still go. */
export class MailRefused extends Error {
  constructor(
    message: string,
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = 'MailRefused';
  }
}

/** Mail through the SMTP server in `url` (`smtp://user:pass@host:587`, `smtps://…:465`). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(url: string, from: string) {
    // Short timeouts: a job sends inside its transaction; the URL's query may set others.
    this.transport = createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }, { from });
  }

  async send(mail: Mail): Promise<void> {
    try {
      await this.transport.sendMail(mail);
    } catch (err) {
      const { code, message, responseCode } = err as { code?: string; message: string; responseCode?: number };
      if (code === 'EENVELOPE' || code === 'EMESSAGE') throw new MailRefused(message, responseCode);
      throw err;
    }
  }
}

interface MailConfig {
  mailer: Mailer | null;
  publicUrl: string;
}

let configured: MailConfig | undefined;

/**
 * Reads the mail settings: `SMTP_URL` (unset → no mail is sent; Praxis works without it), `MAIL_FROM`
 * (default `Praxis <praxis@…>` at the host of `PUBLIC_URL`) and `PUBLIC_URL`, where people open the app
 * from links in mail (default http://localhost:4000). Tests call it with their own settings.
 */
export function configureMail(settings: MailSettings = process.env): void {
  const publicUrl = new URL(settings.PUBLIC_URL || 'http://localhost:4000').toString().replace(/\/+$/, '');
  const from = settings.MAIL_FROM || `Praxis <praxis@${new URL(publicUrl).hostname}>`;
  configured = { mailer: settings.SMTP_URL ? new SmtpMailer(settings.SMTP_URL, from) : null, publicUrl };
}

/** The installation's mailer, or null when no SMTP server is configured. */
export function mailer(): Mailer | null {
  if (!configured) configureMail();
  return configured!.mailer;
}

/** The app's address as its users reach it, without a trailing slash: `publicUrl() + '/budgets/…'`. */
export function publicUrl(): string {
  if (!configured) configureMail();
  return configured!.publicUrl;
}
