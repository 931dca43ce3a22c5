import { Cron } from 'croner';
import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/core';
import { Context } from './context';
import { Organization } from './organization.entity';
import { logger } from './logger';

/**
 * Work a module does on a schedule, once per organization (creating the month's recurring bills,
 * posting depreciation). A run must be idempotent: run twice on one day, the second changes nothing,
 * so a restart, a retry or a catch-up after downtime never doubles anything.
 */
export interface ScheduledJob {
  /** `<module>.<what>`, unique across modules. */
  name: string;
  /** Standard five-field cron, in UTC. */
  cron: string;
  /** Runs in its own transaction per organization; returns what it did, for the log. */
  run(ctx: Context): Promise<Record<string, number> | void>;
}

export interface JobRunReport {
  job: string;
  organizations: number;
  failed: number;
  did: Record<string, number>;
}

/**
 * One interface over two runners: pg-boss on PostgreSQL (scheduling survives restarts and runs once
 * across several servers) and an in-process cron for the embedded SQLite edition (one server).
 */
export interface JobRunner {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Queues a job now and resolves when it has run (for an operator's "run now" and for tests). */
  runNow(name: string): Promise<JobRunReport>;
}

/** Runs a job for every organization, each in its own transaction: one organization's failure does not stop the others. */
export async function runForEveryOrganization(orm: MikroORM, job: ScheduledJob): Promise<JobRunReport> {
  const organizations = await orm.em.fork().find(Organization, {}, { filters: false, orderBy: { name: 'asc' } });
  const report: JobRunReport = { job: job.name, organizations: organizations.length, failed: 0, did: {} };
  for (const organization of organizations) {
    try {
      await orm.em.fork().transactional(async (em) => {
        const org = await em.findOneOrFail(Organization, { id: organization.id }, { filters: false });
        const did = await job.run(Context.forOrganization(em, org));
        for (const [k, v] of Object.entries(did ?? {})) report.did[k] = (report.did[k] ?? 0) + v;
      });
    } catch (err) {
      report.failed++;
      logger.error({ err, job: job.name, organizationId: organization.id }, 'scheduled job failed for an organization');
    }
  }
  // A run that did nothing (most minutes of the mail job) logs at debug only.
  const didSomething = report.failed > 0 || Object.values(report.did).some((n) => n > 0);
  logger[didSomething ? 'info' : 'debug'](report, 'scheduled job ran');
  return report;
}

class InProcessRunner implements JobRunner {
  private readonly timers: Cron[] = [];
  private running = Promise.resolve<unknown>(undefined);

  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: readonly ScheduledJob[],
  ) {}

  async start() {
    for (const job of this.jobs) {
      this.timers.push(
        new Cron(job.cron, { timezone: 'UTC', protect: true }, async () => {
          await this.runNow(job.name).catch(() => undefined);
        }),
      );
    }
  }

  async stop() {
    this.timers.splice(0).forEach((t) => t.stop());
    await this.running;
  }

  /** One job at a time: SQLite has one writer, and jobs never race each other. */
  runNow(name: string): Promise<JobRunReport> {
    const job = findJob(this.jobs, name);
    const run = this.running.then(() => runForEveryOrganization(this.orm, job));
    this.running = run.catch(() => undefined);
    return run;
  }
}

class PgBossRunner implements JobRunner {
  private readonly boss: PgBoss;
  private readonly reports = new Map<string, JobRunReport>();

  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: readonly ScheduledJob[],
    connectionString: string,
  ) {
    this.boss = new PgBoss({ connectionString, schema: 'pgboss', max: 2, application_name: 'praxis-jobs' });
    this.boss.on('error', (err) => logger.error({ err }, 'job queue error'));
  }

  async start() {
    await this.boss.start();
    for (const job of this.jobs) {
      await this.boss.createQueue(job.name);
      await this.boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
      await this.boss.work(job.name, { pollingIntervalSeconds: 0.5 }, async ([queued]) => {
        const report = await runForEveryOrganization(this.orm, job);
        this.reports.set(queued.id, report);
        if (report.failed) throw new Error(`${report.failed} of ${report.organizations} organizations failed`);
      });
    }
  }

  async stop() {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  async runNow(name: string): Promise<JobRunReport> {
    findJob(this.jobs, name);
    const id = await this.boss.send(name, {}, { retryLimit: 0 });
    if (!id) throw new Error(`the queue refused job ${name}`);
    for (;;) {
      const job = await this.boss.getJobById(name, id);
      if (job && ['completed', 'failed', 'cancelled'].includes(job.state)) {
        const report = this.reports.get(id);
        this.reports.delete(id);
        if (!report) throw new Error(`job ${name} ended ${job.state} without a report`);
        return report;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function findJob(jobs: readonly ScheduledJob[], name: string): ScheduledJob {
  const job = jobs.find((j) => j.name === name);
  if (!job) throw new Error(`no scheduled job named ${name}`);
  return job;
}

/** The runner for the database the server uses: pg-boss on PostgreSQL, in-process on SQLite. */
export function createJobRunner(orm: MikroORM, jobs: readonly ScheduledJob[], url = process.env.DATABASE_URL): JobRunner {
  return url && /^postgres(ql)?:/.test(url) ? new PgBossRunner(orm, jobs, url) : new InProcessRunner(orm, jobs);
}
