import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { Capability, Role, capabilitiesOf } from './policy';
import type { Membership, Organization, User } from './organization.entity';
import { AuditedReads } from './audit/audited-reads';
import { today } from './dates';

/** Who is asking, as the modules' access rules (`<module>.access.ts`) see them: pure functions of an actor and a record. */
export interface Actor {
  readonly userId: string | undefined;
  /** The role the actor holds here: for settings kept per role (a payables approval limit), never for rights. */
  readonly role?: Role;
  can(capability: Capability): boolean;
}

/** One per request: its own EntityManager, who is asking, in which organization, with which rights. */
export class Context implements Actor {
  user?: User;
  /** The membership the request acts under; absent when signed out or no organization chosen. */
  membership?: Membership;
  /** All active memberships of the signed-in user. */
  memberships: Membership[] = [];
  sessionTokenHash?: string;
  capabilities: ReadonlySet<Capability> = new Set();
  /** Personal data this request returned: written to the audit log when the response goes out. */
  readonly audit = new AuditedReads();
  private readonly memos = new Map<unknown, unknown>();

  constructor(
    readonly em: EntityManager,
    readonly correlationId: string,
    readonly req?: Request,
    readonly res?: Response,
  ) {}

  get organizationId(): string {
    if (!this.membership) throw this.noOrganizationError();
    return this.membership.organization.id;
  }

  /**
   * Work for one organization outside anyone's request (demo seeding, background jobs): no user,
   * every right, and the tenant filter set to that organization on this EntityManager.
   */
  static forOrganization(em: EntityManager, organization: Organization): Context {
    const ctx = new Context(em, 'system');
    ctx.actAs({ organization, role: Role.ADMINISTRATOR } as Membership);
    return ctx;
  }

  /** The same request working in another unit of work (a transaction's EntityManager). */
  withEntityManager(em: EntityManager): Context {
    const copy = Object.create(Context.prototype) as Context;
    Object.assign(copy, this, { em });
    return copy;
  }

  /** A value made once per request under `key`: a module's batch loaders and lookups (see core/loaders). */
  memo<T>(key: unknown, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  /** Today's calendar day in the organization's time zone (or the fixed PRAXIS_TODAY). */
  today(): string {
    return today(this.membership?.organization.timeZone);
  }

  get userId(): string | undefined {
    return this.user?.id;
  }

  get role(): Role | undefined {
    return this.membership?.role;
  }

  can(capability: Capability): boolean {
    return this.capabilities.has(capability);
  }

  /** Throws FORBIDDEN unless the caller holds at least one of the capabilities. */
  require(...capabilities: Capability[]): void {
    if (!this.user) throw new UnauthenticatedError();
    if (!this.membership) throw this.noOrganizationError();
    if (!capabilities.some((c) => this.capabilities.has(c))) throw new ForbiddenError();
  }

  actAs(membership: Membership): void {
    this.membership = membership;
    this.capabilities = capabilitiesOf(membership.role);
    this.em.setFilterParams('tenant', { organizationId: membership.organization.id });
  }

  private noOrganizationError() {
    if (!this.user) return new UnauthenticatedError();
    return new ForbiddenError(
      this.memberships.length === 0
        ? 'You are not a member of any organization.'
        : 'Choose an organization: send its id in the X-Praxis-Organization header.',
    );
  }
}
