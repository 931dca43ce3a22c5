import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { TooManyAttemptsError, UnauthenticatedError } from '../common/errors';
import { Membership, User } from '../modules/organization/organization.entity';
import { dummyPasswordHash, verifyPassword } from './password';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'praxis_session';
const minutes = (n: number) => n * 60_000;

export const sessionSettings = () => ({
  idleMs: minutes(Number(process.env.SESSION_IDLE_MINUTES ?? 30)),
  absoluteMs: minutes(60 * Number(process.env.SESSION_MAX_HOURS ?? 12)),
  maxFailedLogins: Number(process.env.LOGIN_MAX_FAILURES ?? 5),
  lockMs: minutes(Number(process.env.LOGIN_LOCK_MINUTES ?? 15)),
});

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const WRONG_CREDENTIALS = 'Email or password is incorrect.';

export class SessionService {
  constructor(private readonly em: EntityManager) {}

  async login(email: string, password: string, now = new Date()): Promise<{ token: string; user: User }> {
    const settings = sessionSettings();
    const user = await this.em.findOne(User, { email: email.trim().toLowerCase() }, { populate: ['passwordHash'] });
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), password);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new TooManyAttemptsError((user.lockedUntil.getTime() - now.getTime()) / 1000);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      user.failedLoginCount += 1;
      if (user.failedLoginCount >= settings.maxFailedLogins) {
        user.lockedUntil = new Date(now.getTime() + settings.lockMs);
        user.failedLoginCount = 0;
      }
      await this.em.flush();
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    user.failedLoginCount = 0;
    user.lockedUntil = null;
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
    const session = await this.em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user.memberships.organization'], strategy: 'joined' });
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

  /** Active memberships: a consultant's ends on its end date. */
  async activeMemberships(user: User, today: string): Promise<Membership[]> {
    if (user.memberships.isInitialized(true)) {
      return user.memberships.getItems()
        .filter((m) => !m.endsOn || m.endsOn > today)
        .sort((a, b) => a.organization.name.localeCompare(b.organization.name));
    }
    const memberships = await this.em.find(
      Membership,
      { user, $or: [{ endsOn: null }, { endsOn: { $gt: today } }] },
      { populate: ['organization'], orderBy: { organization: { name: 'asc' } } },
    );
    return memberships;
  }
}
