import type { Context } from '../../core/context';
import type { Membership, User } from '../../core/organization.entity';
import { Employee, isProvider } from '../orgchart/orgchart.entity';
import { SessionService } from './session.service';
import { capabilitiesOf } from '../../core/policy';
import type { Viewer, ViewerMembership } from './auth.types';
import { today } from '../../core/dates';

const view = (m: Membership): ViewerMembership => ({
  organizationId: m.organization.id,
  organizationName: m.organization.name,
  role: m.role,
  endsOn: m.endsOn ?? null,
});

export class ViewerService {
  constructor(private readonly ctx: Context) {}

  async viewerFor(user: User): Promise<Viewer> {
    const memberships = this.ctx.memberships.length ? this.ctx.memberships : await new SessionService(this.ctx.em).activeMemberships(user);
    const current = this.ctx.membership ?? (memberships.length === 1 ? memberships[0] : undefined);
    const employee = current
      ? await this.ctx.em.findOne(
          Employee,
          { user, organization: current.organization },
          { filters: false, fields: ['id', 'category'], disableIdentityMap: true },
        )
      : null;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      memberships: memberships.map(view),
      current: current ? view(current) : null,
      capabilities: current ? [...capabilitiesOf(current.role)] : [],
      employeeId: employee?.id ?? null,
      isProvider: employee ? isProvider(employee.category) : false,
      today: today(current?.organization.timeZone),
    };
  }
}
