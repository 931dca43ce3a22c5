import 'reflect-metadata';
import { openDatabase, migrate } from './db/orm';
import { createServer, logger } from './app/server';
import { seedDemo } from './db/seeders/demo';
import { databaseKind } from './db/config';
import { createJobRunner } from './core/jobs';
import { MODULES } from './modules';

/** `pnpm start`: migrate, seed the demo on an empty database (never in production), serve API and SPA. */
async function main() {
  const orm = await openDatabase();
  const applied = await migrate(orm);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  if (process.env.NODE_ENV !== 'production' && process.env.SEED_DEMO !== 'false') {
    const seeded = await seedDemo(orm, { onlyIfEmpty: true });
    if (seeded) logger.info({}, 'demo practice seeded (password praxis-demo)');
  }
  const server = await createServer(orm);
  const port = await server.listen(Number(process.env.PORT ?? 4000));
  logger.info({ port, database: databaseKind() }, `Praxis is running at http://localhost:${port}`);

  const jobs = MODULES.flatMap((m) => m.jobs ?? []);
  const runner = createJobRunner(orm, jobs);
  let starting: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => process.exit(1), Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 15000));
    timer.unref();
    await server.stop();
    await starting;
    await runner.stop().catch((err) => logger.error({ err }, 'the job runner did not stop cleanly'));
    await orm.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  // Scheduled work (recurring bills, depreciation): pg-boss on PostgreSQL, an in-process timer on SQLite.
  // Started after the signal handlers, so a stop during its start still finishes in-flight requests.
  if (process.env.JOBS !== 'off') {
    starting = runner.start().then(
      // Catch up at once on what came due while the server was down, then on the schedule.
      () => jobs.forEach((job) => runner.runNow(job.name).catch((err) => logger.error({ err, job: job.name }, 'catch-up run failed'))),
      (err) => logger.error({ err }, 'the job runner did not start; scheduled work waits for the next start'),
    );
  }
}

main().catch((err) => {
  logger.error({ err }, 'Praxis failed to start');
  process.exit(1);
});
