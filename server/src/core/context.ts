import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { Capability, Role, capabilitiesOf } from './policy';
import type { Membership, User } from './organization.entity';
import { createLoaders, type Loaders } from '../app/loaders';
import { today } from './dates';

/** One per request: its own EntityManager, who is asking, in which organization, with which rights. */
export class Context {
  user?: User;
  /** The membership the request acts under; absent when signed out or no organization chosen. */
  membership?: Membership;
  /** All active memberships of the signed-in user. */
  memberships: Membership[] = [];
  sessionTokenHash?: string;
  capabilities: ReadonlySet<Capability> = new Set();
  /** Personal data this request returned, by `Entity|id`: written to the audit log at the end. */
  auditReads?: Map<string, Set<string>>;
  private batchLoaders?: Loaders;

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

  get loaders(): Loaders {
    this.batchLoaders ??= createLoaders(this);
    return this.batchLoaders;
  }

  /** Today's calendar day in the organization's time zone (or the fixed PRAXIS_TODAY). */
  today(): string {
    return today(this.membership?.organization.timeZone);
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
