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

  // Scheduled work (recurring bills, depreciation): pg-boss on PostgreSQL, an in-process timer on SQLite.
  const jobs = MODULES.flatMap((m) => m.jobs ?? []);
  const runner = createJobRunner(orm, jobs);
  if (process.env.JOBS !== 'off') {
    await runner.start();
    // Catch up at once on what came due while the server was down, then on the schedule.
    for (const job of jobs) runner.runNow(job.name).catch((err) => logger.error({ err, job: job.name }, 'catch-up run failed'));
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => process.exit(1), Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 15000));
    timer.unref();
    await server.stop();
    await runner.stop();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  logger.error({ err }, 'Praxis failed to start');
  process.exit(1);
});
