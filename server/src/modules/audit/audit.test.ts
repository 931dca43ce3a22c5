import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { AuditEntry } from '../../core/audit/audit-entry.entity';

const LOG = `query ($filter: AuditLogFilter) { auditLog(filter: $filter, limit: 20) { total entries {
  actorName actorRole action entityName entityId entityLabel before after } } }`;
const UPDATE = 'mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id version } }';

let env: TestEnv;
let admin: ApiClient;
let practiceManager: ApiClient;
let samId: string;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
  practiceManager = await env.as('practice-manager@demo.test');
  samId = expectNoErrors(await admin.gql('{ employees(filter: { search: "Carter" }) { id } }')).employees[0].id;
});
afterAll(() => env?.close());

describe('audit log', () => {
  it('records who changed what, in which role, before and after', async () => {
    expectNoErrors(
      await practiceManager.gql(UPDATE, { input: { employeeId: samId, expectedVersion: 1, workEmail: 'sam.carter@new.example' } }),
    );
    const log = expectNoErrors(await admin.gql(LOG, { filter: { entityId: samId, action: 'UPDATE' } })).auditLog;
    expect(log.entries).toEqual([
      {
        actorName: 'Marcus Bell',
        actorRole: 'PRACTICE_MANAGER',
        action: 'UPDATE',
        entityName: 'Employee',
        entityId: samId,
        entityLabel: 'Sam Carter',
        before: { workEmail: 'sam.carter@riversidefm.example' },
        after: { workEmail: 'sam.carter@new.example' },
      },
    ]);
  });

  it('records creates of every entity a mutation writes, in the same transaction', async () => {
    const hired = expectNoErrors(
      await admin.gql('mutation ($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }', {
        input: { firstName: 'Ana', lastName: 'Lopez', workEmail: 'ana@x.example', category: 'CLINICAL_STAFF', hireDate: '2026-01-05' },
      }),
    ).hireEmployee;
    const log = expectNoErrors(await admin.gql(LOG, { filter: { entityId: hired.id } })).auditLog;
    expect(log.entries[0]).toMatchObject({ action: 'CREATE', entityName: 'Employee', actorRole: 'ADMINISTRATOR' });
    expect(log.entries[0].after).toMatchObject({ firstName: 'Ana', lastName: 'Lopez', category: 'CLINICAL_STAFF' });
  });

  it('records nothing for a refused change', async () => {
    const before = await env.orm.em.fork().count(AuditEntry, {}, { filters: false });
    const refused = await practiceManager.gql(UPDATE, { input: { employeeId: samId, expectedVersion: 1, lastName: 'Stale' } });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await env.orm.em.fork().count(AuditEntry, {}, { filters: false })).toBe(before);
  });

  it('shows the practice manager only their own actions and refuses roles without the capability', async () => {
    const own = expectNoErrors(await practiceManager.gql(LOG)).auditLog;
    expect(own.total).toBeGreaterThan(0);
    expect(own.entries.every((e: any) => e.actorName === 'Marcus Bell')).toBe(true);
    const all = expectNoErrors(await admin.gql(LOG)).auditLog;
    expect(all.entries.some((e: any) => e.actorName === 'Dana Whitfield')).toBe(true);
    for (const email of ['office-manager@demo.test', 'assistant@demo.test', 'consultant@demo.test']) {
      const api = await env.as(email, { organization: 'riverside' });
      expect((await api.gql(LOG)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('leaves out reads when asked for changes only', async () => {
    await admin.gql('{ leads { id contactName } }');
    const reads = expectNoErrors(await admin.gql(LOG, { filter: { action: 'READ' } })).auditLog;
    expect(reads.total).toBeGreaterThan(0);
    const changes = expectNoErrors(await admin.gql(LOG, { filter: { changesOnly: true } })).auditLog;
    expect(changes.total).toBeGreaterThan(0);
    expect(changes.entries.some((e: any) => e.action === 'READ')).toBe(false);
  });

  it('shows the reads of one request as one line: how many records, the first few, which fields', async () => {
    const leads = expectNoErrors(await admin.gql('{ leads { id contactName contactPhone } }')).leads as { id: string }[];
    expect(leads.length).toBeGreaterThan(5);
    const READS = `query ($filter: AuditReadFilter) { auditReads(filter: $filter, limit: 5) { total groups {
      id actorName actorRole entityName fields subjectCount subjectSample } } }`;
    const result = await admin.gql(READS, { filter: { entityName: 'Lead' } });
    const page = expectNoErrors(result).auditReads;
    const ids = leads.map((l) => l.id).sort();
    expect(page.groups[0]).toMatchObject({
      actorName: 'Dana Whitfield',
      actorRole: 'ADMINISTRATOR',
      entityName: 'Lead',
      fields: ['contactName', 'contactPhone'],
      subjectCount: ids.length,
      subjectSample: ids.slice(0, 5),
    });
    // One line per request, not per lead: the earlier test's read of the leads is the second line.
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.total).toBeLessThan(ids.length);
    expect(result.sqlStatements).toBeLessThanOrEqual(8);

    const own = expectNoErrors(await practiceManager.gql(READS)).auditReads;
    expect(own.groups.every((g: any) => g.actorName === 'Marcus Bell')).toBe(true);
    const bad = await admin.gql('{ auditReads(limit: 1000) { total } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'limit' });
  });

  it('is append-only: no update or delete of an entry goes through', async () => {
    const em = env.orm.em.fork();
    const entry = await em.findOneOrFail(AuditEntry, { entityId: samId }, { filters: false });
    entry.entityName = 'Tampered';
    await expect(em.flush()).rejects.toThrow(/append-only/);
    const em2 = env.orm.em.fork();
    em2.remove(await em2.findOneOrFail(AuditEntry, { entityId: samId }, { filters: false }));
    await expect(em2.flush()).rejects.toThrow(/append-only/);
  });

  it('never shows another organization’s entries', async () => {
    const owner = await env.as('owner@demo.test');
    const log = expectNoErrors(await owner.gql(LOG, { filter: { entityId: samId } })).auditLog;
    expect(log.total).toBe(0);
  });
});
