import pino from 'pino';

/** JSON lines; the correlation id in an error response finds its line here. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
});
