import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { createJobRunner, type JobRunner } from '../../core/jobs';
import { logger } from '../../core/logger';
import { configureMail } from '../../core/mail';
import { Membership, User } from '../../core/organization.entity';
import { Budget, BudgetStatus } from '../budget/budget.entity';
import { Notification } from './notification.entity';
import { notificationsModule } from '.';

/**
 * Issue 19.10, by email: what is still unread when the `notifications.email` job runs reaches the
 * recipient's inbox once, through a real SMTP server started here, with a link to its page.
 */
interface Received {
  from: string;
  to: string[];
  headers: Record<string, string>;
  body: string;
}

const PUBLIC_URL = 'https://praxis.example.test/';
const FROM = 'praxis@riverside.example';

let env: TestEnv;
let runner: JobRunner;
let smtp: SMTPServer;
let smtpUrl: string;
let admin: ApiClient;
let pm: ApiClient;
let budgetId: string;
let label: string;
const inbox: Received[] = [];
/** Addresses the SMTP server refuses at RCPT TO. */
const refused = new Set<string>();

/** Headers (unfolded, lower-cased names) and the text body, decoded from quoted-printable. */
function parse(raw: string): { headers: Record<string, string>; body: string } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const at = line.indexOf(':');
    headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
  }
  let body = rest.join('\r\n\r\n');
  if (/quoted-printable/i.test(headers['content-transfer-encoding'] ?? ''))
    body = Buffer.from(
      body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  return { headers, body: body.replace(/\r\n/g, '\n') };
}

/**
 * One run of the job with these mail settings (SMTP to the server here unless told otherwise).
 * Mail stays unconfigured between runs, so the job's own schedule never sends anything behind a test's back.
 */
async function runJob(settings: Parameters<typeof configureMail>[0] = { SMTP_URL: smtpUrl, MAIL_FROM: FROM, PUBLIC_URL }) {
  configureMail(settings);
  try {
    return await runner.runNow('notifications.email');
  } finally {
    configureMail({});
  }
}

async function emailedAt(recipient: string) {
  const rows = await env.orm.em
    .fork()
    .find(Notification, { targetId: budgetId, recipient: { email: recipient } }, { filters: false, orderBy: { createdAt: 'asc' } });
  return rows.map((n) => n.emailedAt ?? null);
}

const budgetMutation = (client: ApiClient, mutation: string, comment?: string) =>
  client.gql(
    `mutation ($id: ID!${comment ? ', $comment: String!' : ''}) { ${mutation}(id: $id${comment ? ', comment: $comment' : ''}) { status } }`,
    {
      id: budgetId,
      ...(comment ? { comment } : {}),
    },
  );

beforeAll(async () => {
  configureMail({});
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address)) return callback();
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parse(Buffer.concat(chunks).toString('latin1')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

  env = await createTestEnv();
  runner = createJobRunner(env.orm, notificationsModule.jobs!, env.databaseUrl);
  await runner.start();
  admin = await env.as('administrator@demo.test');
  pm = await env.as('practice-manager@demo.test');
  const riverside = await env.organizationId('riverside');
  const draft = await env.orm.em.fork().findOneOrFail(Budget, { organization: riverside, status: BudgetStatus.DRAFT }, { filters: false });
  budgetId = draft.id;
  label = `Fiscal ${draft.fiscalYear} original budget`;
});
afterAll(async () => {
  await runner?.stop();
  await env?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(resolve) : resolve()));
});

describe('notifications by email', () => {
  it('sends nothing and fails nothing while no mail server is configured', async () => {
    expectNoErrors(await budgetMutation(pm, 'submitBudget'));
    const report = await runJob({});
    expect(report.failed).toBe(0);
    expect(inbox).toEqual([]);
    expect(await emailedAt('administrator@demo.test')).toEqual([null]);
  });

  it('emails each unread notification to its recipient with a link to its page, once', async () => {
    expectNoErrors(await budgetMutation(admin, 'rejectBudget', 'Supplies look low for Oak Hill'));
    const report = await runJob();
    expect(report).toMatchObject({ failed: 0, did: { emailed: 2, failed: 0 } });

    expect(inbox.map((m) => `${m.to.join()} ${m.headers.subject}`).sort()).toEqual([
      `administrator@demo.test ${label} submitted for your approval`,
      `practice-manager@demo.test ${label} sent back`,
    ]);
    const sentBack = inbox.find((m) => m.to.includes('practice-manager@demo.test'))!;
    expect(sentBack.from).toBe(FROM);
    expect(sentBack.headers.from).toBe(FROM);
    expect(sentBack.headers.to).toBe('practice-manager@demo.test');
    expect(sentBack.body).toContain('“Supplies look low for Oak Hill”');
    expect(sentBack.body).toContain(`Open it in Praxis (Riverside`);
    expect(sentBack.body).toContain(`https://praxis.example.test/budgets/${budgetId}\n`);
    expect(await emailedAt('practice-manager@demo.test')).toEqual([expect.any(Date)]);

    // Run again: nothing is sent twice.
    const again = await runJob();
    expect(again.did).toEqual({ emailed: 0, failed: 0 });
    expect(inbox).toHaveLength(2);
  });

  it('does not email a notification read in the app before the job ran', async () => {
    expectNoErrors(await budgetMutation(pm, 'submitBudget'));
    expectNoErrors(await admin.gql('mutation { markNotificationsRead(input: { all: true }) { id } }'));
    await runJob();
    expect(inbox).toHaveLength(2);
    expect(await emailedAt('administrator@demo.test')).toEqual([expect.any(Date), null]);
  });

  it('leaves a message the server refuses unsent, without logging it, and sends it on a later run', async () => {
    const warn = vi.spyOn(logger, 'warn');
    expectNoErrors(await budgetMutation(admin, 'rejectBudget', 'Staffing line is missing'));
    refused.add('practice-manager@demo.test');
    try {
      const report = await runJob();
      expect(report.did).toEqual({ emailed: 0, failed: 1 });
    } finally {
      refused.clear();
    }
    expect(inbox).toHaveLength(2);
    expect(await emailedAt('practice-manager@demo.test')).toEqual([expect.any(Date), null]);
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(warn.mock.calls[0]);
    expect(logged).toContain('550');
    expect(logged).not.toContain('Staffing line is missing');
    warn.mockRestore();

    expect((await runJob()).did).toEqual({ emailed: 1, failed: 0 });
    expect(inbox).toHaveLength(3);
    expect(inbox[2].to).toEqual(['practice-manager@demo.test']);
    expect(inbox[2].body).toContain('“Staffing line is missing”');
    expect(await emailedAt('practice-manager@demo.test')).toEqual([expect.any(Date), expect.any(Date)]);
  });

  it('tries once and leaves everything for the next run when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expectNoErrors(await budgetMutation(pm, 'submitBudget'));
    expectNoErrors(await budgetMutation(admin, 'rejectBudget', 'Rent is missing'));

    const report = await runJob({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: FROM, PUBLIC_URL });
    expect(report).toMatchObject({ failed: 0, did: { emailed: 0, failed: 1 } });
    expect(inbox).toHaveLength(3);
    expect(await emailedAt('administrator@demo.test')).toEqual([expect.any(Date), null, null]);
    expect(await emailedAt('practice-manager@demo.test')).toEqual([expect.any(Date), expect.any(Date), null]);
  });

  it('does not email someone whose membership has ended', async () => {
    expectNoErrors(await budgetMutation(pm, 'submitBudget'));
    expectNoErrors(await budgetMutation(admin, 'rejectBudget', 'One more pass'));
    const em = env.orm.em.fork();
    const user = await em.findOneOrFail(User, { email: 'practice-manager@demo.test' });
    const membership = await em.findOneOrFail(Membership, { user, organization: await env.organizationId('riverside') });
    membership.endsOn = process.env.PRAXIS_TODAY;
    await em.flush();

    expect((await runJob()).did).toEqual({ emailed: 2, failed: 0 });
    expect(inbox.slice(3).map((m) => m.to.join())).toEqual(['administrator@demo.test', 'administrator@demo.test']);
    expect(await emailedAt('practice-manager@demo.test')).toEqual([expect.any(Date), expect.any(Date), null, null]);
  });
});
