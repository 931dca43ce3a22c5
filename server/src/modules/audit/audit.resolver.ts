import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow } from '../../core/allow';
import { Capability } from '../../core/policy';
import { AuditService } from './audit.service';
import { AuditLogFilter, AuditLogPage, AuditReadFilter, AuditReadPage } from './audit.types';

@Resolver()
export class AuditResolver {
  @Allow(Capability.AUDIT_READ_ALL, Capability.AUDIT_READ_OWN)
  @Query(() => AuditLogPage, { description: 'Newest first. Practice managers see their own actions only.' })
  auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit?: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
  ) {
    return new AuditService(ctx).list(filter ?? {}, limit, offset);
  }

  @Allow(Capability.AUDIT_READ_ALL, Capability.AUDIT_READ_OWN)
  @Query(() => AuditReadPage, { description: 'Reads of personal data, one line per request and kind of record; newest first.' })
  auditReads(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditReadFilter, { nullable: true }) filter?: AuditReadFilter,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
  ) {
    return new AuditService(ctx).reads(filter ?? {}, limit, offset);
  }
}
