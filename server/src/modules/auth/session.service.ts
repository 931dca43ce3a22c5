import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { TooManyAttemptsError, UnauthenticatedError } from '../../core/errors';
import { Membership, User } from '../../core/organization.entity';
import { dummyPasswordHash, verifyPassword } from './password';
import { Session } from './session.entity';
import { today } from '../../core/dates';
import { LoginThrottles } from './login-throttle';

export const SESSION_COOKIE = 'praxis_session';
const minutes = (n: number) => n * 60_000;

export const sessionSettings = () => ({
  idleMs: minutes(Number(process.env.SESSION_IDLE_MINUTES ?? 30)),
  absoluteMs: minutes(60 * Number(process.env.SESSION_MAX_HOURS ?? 12)),
  maxFailedLogins: Number(process.env.LOGIN_MAX_FAILURES ?? 5),
  lockMs: minutes(Number(process.env.LOGIN_LOCK_MINUTES ?? 15)),
  maxAddressFailures: Number(process.env.LOGIN_ADDRESS_MAX_FAILURES ?? 30),
  addressWindowMs: minutes(Number(process.env.LOGIN_ADDRESS_WINDOW_MINUTES ?? 10)),
});

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const WRONG_CREDENTIALS = 'Email or password is incorrect.';

export class SessionService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Refuses before checking any password when the account (known or not: the answer is the same)
   * or the client address has used up its attempts, so parallel guesses cannot outrun the count.
   */
  async login(email: string, password: string, address = 'unknown', now = new Date()): Promise<{ token: string; user: User }> {
    const settings = sessionSettings();
    const normalized = email.trim().toLowerCase();
    const throttles = new LoginThrottles(this.em);
    const addressKey = `address:${address}`.slice(0, 120);
    const accountKey = `account:${createHash('sha256').update(normalized).digest('hex')}`;
    const byAddress = await throttles.reserve(
      addressKey,
      { limit: settings.maxAddressFailures, windowMs: settings.addressWindowMs },
      now.getTime(),
    );
    // eslint-disable-next-line exact/no-float-division -- milliseconds to seconds for a wait, not a figure
    if (!byAddress.allowed) throw new TooManyAttemptsError(byAddress.retryAfterMs / 1000);
    const byAccount = await throttles.reserve(accountKey, { limit: settings.maxFailedLogins, windowMs: settings.lockMs }, now.getTime());
    // eslint-disable-next-line exact/no-float-division -- milliseconds to seconds for a wait, not a figure
    if (!byAccount.allowed) throw new TooManyAttemptsError(byAccount.retryAfterMs / 1000);

    const user = await this.em.findOne(User, { email: normalized }, { populate: ['passwordHash'] });
    const verified = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
    if (!user || !verified) {
      if (byAccount.attempt >= settings.maxFailedLogins) await throttles.restartWindow(accountKey, now.getTime());
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await throttles.clear(accountKey);
    await throttles.release(addressKey);
    user.lastLoginAt = now;
    const token = randomBytes(32).toString('base64url');
    this.em.create(Session, {
      tokenHash: hashToken(token),
      user,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + settings.absoluteMs),
    });
    await this.em.flush();
    return { token, user };
  }

  /** The live session for a token, touched at most once a minute; null when absent, revoked or expired. */
  async authenticate(token: string, now = new Date()): Promise<Session | null> {
    // One statement for session, user and memberships: every request pays for it.
    const session = await this.em.findOne(
      Session,
      { tokenHash: hashToken(token) },
      { populate: ['user.memberships.organization'], strategy: 'joined' },
    );
    if (!session || session.revokedAt) return null;
    const idleSince = now.getTime() - session.lastSeenAt.getTime();
    if (session.expiresAt <= now || idleSince > sessionSettings().idleMs) return null;
    if (idleSince > 60_000) {
      await this.em.nativeUpdate(Session, { tokenHash: session.tokenHash }, { lastSeenAt: now });
    }
    return session;
  }

  async revoke(tokenHash: string, now = new Date()): Promise<void> {
    await this.em.nativeUpdate(Session, { tokenHash, revokedAt: null }, { revokedAt: now });
  }

  /** Active memberships: a consultant's ends on its end date, at midnight in that organization. */
  async activeMemberships(user: User): Promise<Membership[]> {
    const memberships = user.memberships.isInitialized(true)
      ? user.memberships.getItems()
      : await this.em.find(Membership, { user }, { populate: ['organization'] });
    return memberships
      .filter((m) => !m.endsOn || m.endsOn > today(m.organization.timeZone))
      .sort((a, b) => a.organization.name.localeCompare(b.organization.name));
  }
}
