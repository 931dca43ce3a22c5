import type { EntityManager } from '@mikro-orm/core';

export interface ThrottleRule {
  /** Attempts allowed in one window (failures and attempts still being checked). */
  limit: number;
  windowMs: number;
}

export type Reservation = { allowed: true; attempt: number } | { allowed: false; retryAfterMs: number };

/**
 * Counters of sign-in attempts. `reserve` counts an attempt and says whether it may go ahead in
 * one statement (insert or increment, refused at the limit), so forty parallel guesses see forty
 * different counts and only the first `limit` are checked.
 */
export class LoginThrottles {
  constructor(private readonly em: EntityManager) {}

  async reserve(key: string, rule: ThrottleRule, now = Date.now()): Promise<Reservation> {
    const expired = now - rule.windowMs;
    const rows = await this.em.getConnection().execute<{ attempts: number | string }[]>(
      `insert into login_throttles (throttle_key, attempts, window_start) values (?, 1, ?)
       on conflict (throttle_key) do update set
         attempts = case when login_throttles.window_start <= ? then 1 else login_throttles.attempts + 1 end,
         window_start = case when login_throttles.window_start <= ? then excluded.window_start else login_throttles.window_start end
       where login_throttles.window_start <= ? or login_throttles.attempts < ?
       returning attempts`,
      [key, now, expired, expired, expired, rule.limit],
    );
    if (rows.length) return { allowed: true, attempt: Number(rows[0].attempts) };
    const [row] = await this.em
      .getConnection()
      .execute<{ window_start: number | string }[]>('select window_start from login_throttles where throttle_key = ?', [key]);
    return { allowed: false, retryAfterMs: Math.max(1000, Number(row?.window_start ?? now) + rule.windowMs - now) };
  }

  /** The window starts again now: after the last allowed failure the key stays refused a whole window. */
  async restartWindow(key: string, now = Date.now()): Promise<void> {
    await this.em.getConnection().execute('update login_throttles set window_start = ? where throttle_key = ?', [now, key]);
  }

  /** A success clears the account's count. */
  async clear(key: string): Promise<void> {
    await this.em.getConnection().execute('delete from login_throttles where throttle_key = ?', [key]);
  }

  /** A success gives the address its attempt back: only failures count against it. */
  async release(key: string): Promise<void> {
    await this.em
      .getConnection()
      .execute('update login_throttles set attempts = attempts - 1 where throttle_key = ? and attempts > 0', [key]);
  }
}
