import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../core/context';
import { auditScope } from './audit.access';
import { ValidationError } from '../../core/errors';
import { AuditAction, AuditEntry } from '../../core/audit/audit-entry.entity';
import { User } from '../../core/organization.entity';
import { tenantRows } from '../../core/query';
import type { EntityManager } from '@mikro-orm/knex';
import type { Role } from '../../core/policy';
import type { AuditLogFilter, AuditLogPage, AuditReadFilter, AuditReadPage } from './audit.types';

/** How many of a request's read records a line names; the rest are a count. */
const SAMPLE = 5;
const GROUP = 'coalesce(e.correlation_id, cast(e.id as varchar(64)))';

type GroupRow = { grp: string; entity_name: string; actor_id: string | null; actor_role: Role | null; at: unknown; n: unknown };

export class AuditService {
  constructor(private readonly ctx: Context) {}

  /** Newest first. Without AUDIT_READ_ALL a reader sees only their own actions. */
  async list(filter: AuditLogFilter = {}, limit = 50, offset = 0): Promise<AuditLogPage> {
    if (limit < 1 || limit > 500) throw new ValidationError('limit', 'Ask for 1 to 500 entries.');
    if (offset < 0) throw new ValidationError('offset', 'The offset cannot be negative.');
    const where: FilterQuery<AuditEntry> = {};
    if (filter.entityName) where.entityName = filter.entityName;
    if (filter.entityId) where.entityId = filter.entityId;
    if (filter.action) where.action = filter.action;
    else if (filter.changesOnly) where.action = { $ne: AuditAction.READ };
    if (filter.actorId) where.actor = filter.actorId;
    if (filter.from || filter.to) where.at = { ...(filter.from && { $gte: filter.from }), ...(filter.to && { $lt: filter.to }) };
    Object.assign(where, auditScope(this.ctx));
    const [entries, total] = await this.ctx.em.findAndCount(AuditEntry, where, {
      populate: ['actor'],
      orderBy: { at: 'desc', id: 'desc' },
      limit,
      offset,
    });
    return {
      total,
      entries: entries.map((e) => ({
        id: e.id,
        at: e.at,
        actorName: e.actor?.displayName ?? null,
        actorRole: e.actorRole ?? null,
        action: e.action,
        entityName: e.entityName,
        entityId: e.entityId,
        entityLabel: e.entityLabel ?? null,
        before: e.before ?? null,
        after: e.after ?? null,
      })),
    };
  }

  /**
   * Audited reads, one line per request and kind of record: opening the compensation worksheet
   * reads 46 people's pay, which is one line here, not 46. Four statements whatever the page holds.
   */
  async reads(filter: AuditReadFilter = {}, limit = 25, offset = 0): Promise<AuditReadPage> {
    if (limit < 1 || limit > 200) throw new ValidationError('limit', 'Ask for 1 to 200 lines.');
    if (offset < 0) throw new ValidationError('offset', 'The offset cannot be negative.');
    const where: FilterQuery<AuditEntry> = { action: AuditAction.READ, ...auditScope(this.ctx) };
    if (filter.entityName) where.entityName = filter.entityName;
    if (filter.actorId && !where.actor) where.actor = filter.actorId;
    if (filter.from || filter.to) where.at = { ...(filter.from && { $gte: filter.from }), ...(filter.to && { $lt: filter.to }) };

    const [[count], groups] = await Promise.all([
      tenantRows<{ total: unknown }>(this.ctx.em as EntityManager, AuditEntry, 'e', (qb) =>
        qb.select(raw(`count(distinct ${GROUP} || '|' || e.entity_name) as total`)).where(where),
      ),
      tenantRows<GroupRow>(this.ctx.em as EntityManager, AuditEntry, 'e', (qb) =>
        qb
          .select([
            raw(`${GROUP} as grp`),
            'e.entity_name',
            raw('max(cast(e.actor_id as varchar(64))) as actor_id'),
            raw('max(e.actor_role) as actor_role'),
            raw('max(e.at) as at'),
            raw('count(distinct e.entity_id) as n'),
          ])
          .where(where)
          .groupBy([raw(GROUP), 'e.entity_name'])
          .orderBy({ [raw('max(e.at)')]: 'desc', [raw(GROUP)]: 'desc', 'e.entity_name': 'asc' })
          .limit(limit)
          .offset(offset),
      ),
    ]);
    const samples = await this.samples(groups);
    const actorIds = [...new Set(groups.map((g) => g.actor_id).filter((id): id is string => !!id))];
    const actors = actorIds.length ? await this.ctx.em.find(User, { id: { $in: actorIds } }, { filters: false }) : [];
    const names = new Map(actors.map((u) => [u.id, u.displayName]));
    return {
      total: Number(count?.total ?? 0),
      groups: groups.map((g) => {
        const sample = samples.get(`${g.grp}|${g.entity_name}`) ?? { ids: [], fields: new Set<string>() };
        return {
          id: g.grp,
          at: toDate(g.at),
          actorName: g.actor_id ? (names.get(g.actor_id) ?? null) : null,
          actorRole: g.actor_role ?? null,
          entityName: g.entity_name,
          fields: [...sample.fields].sort(),
          subjectCount: Number(g.n),
          subjectSample: sample.ids,
        };
      }),
    };
  }

  /** The first few records of each line and the fields they were read for, in one statement. */
  private async samples(groups: GroupRow[]): Promise<Map<string, { ids: string[]; fields: Set<string> }>> {
    const out = new Map<string, { ids: string[]; fields: Set<string> }>();
    if (!groups.length) return out;
    const keys = [...new Set(groups.map((g) => g.grp))];
    const rows = await (this.ctx.em as EntityManager)
      .getConnection()
      .execute<{ grp: string; entity_name: string; entity_id: string; after: unknown }[]>(
        `select grp, entity_name, entity_id, after from (
         select ${GROUP} as grp, e.entity_name, e.entity_id, e.after,
                row_number() over (partition by ${GROUP}, e.entity_name order by e.entity_id) as rn
         from audit_entries e
         where e.organization_id = ? and e.action = ? and ${GROUP} in (${keys.map(() => '?').join(', ')})
       ) t where rn <= ? order by entity_id`,
        [this.ctx.organizationId, AuditAction.READ, ...keys, SAMPLE],
      );
    for (const row of rows) {
      const key = `${row.grp}|${row.entity_name}`;
      const sample = out.get(key) ?? { ids: [], fields: new Set<string>() };
      if (!sample.ids.includes(row.entity_id)) sample.ids.push(row.entity_id);
      const after = (typeof row.after === 'string' ? JSON.parse(row.after) : row.after) as { fields?: unknown } | null;
      if (Array.isArray(after?.fields)) for (const f of after.fields) sample.fields.add(String(f));
      out.set(key, sample);
    }
    return out;
  }
}

/** SQLite hands back the epoch milliseconds (sometimes as text), PostgreSQL a Date. */
function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return new Date(Number(value));
  return new Date(value as string | number);
}
