import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { AuditEntry } from '../../core/audit/audit-entry.entity';
import { Collection, Encounter, ServiceLine } from './encounter.entity';

const CODES = 'mutation ($csv: String!) { importProcedureCodes(csv: $csv) { ok added updated unchanged errors { row column message } } }';
const IMPORT = `mutation ($csv: String!, $dryRun: Boolean) { importEncounters(csv: $csv, dryRun: $dryRun) { ok dryRun rows encounters serviceLines
  collections visitsAlreadyImported wrvuHundredths charges collected firstDateOfService lastDateOfService errors { row column message } } }`;
const STATS = '{ encounterStats { procedureCodes encounters serviceLines collections charges collected } }';

const HEADER = 'Visit Number,Date of Service,Provider,Patient,Location,Procedure Code,Units,Charge,Collected,Posted Date';
const RUIZ = 'elena.ruiz@riversidefm.example';
const WHITAKER = 'james.whitaker@riversidefm.example';
const good = [
  HEADER,
  `T-1001,2024-03-04,${RUIZ},P-1,Riverside Main,QQ213,1,$150.00,92.40,2024-03-25`,
  `T-1001,2024-03-04,${RUIZ},P-1,Riverside Main,QQ036,2,"1,000.50",,`,
  `T-1002,3/5/2024,${WHITAKER.toUpperCase()},P-2,,QQ214,1,220,0,`,
].join('\n');

let env: TestEnv;
let admin: ApiClient;
let officeManager: ApiClient;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
  officeManager = await env.as('office-manager@demo.test');
  const codes = expectNoErrors(
    await admin.gql(CODES, { csv: 'HCPCS,Work RVU\nQQ213,1.30\nqq214,1.92\nQQ036,0.50\n' }),
  ).importProcedureCodes;
  expect(codes).toMatchObject({ ok: true, added: 3, updated: 0, unchanged: 0 });
});
afterAll(() => env?.close());

describe('procedure code table', () => {
  it('reports bad rows by number and changes nothing', async () => {
    const result = expectNoErrors(
      await admin.gql(CODES, { csv: 'code,work rvu\nQQ213,9.99\nABC,1\nQQ300,1.234\nQQ301,-1\nqq300,2\n' }),
    ).importProcedureCodes;
    expect(result.ok).toBe(false);
    expect(result.errors.map((e: any) => [e.row, e.column])).toEqual([
      [3, 'code'],
      [4, 'work rvu'],
      [5, 'work rvu'],
      [6, 'code'],
    ]);
    const codes = expectNoErrors(await admin.gql('{ procedureCodes(search: "QQ2") { code workRvuHundredths } }')).procedureCodes;
    expect(codes).toEqual([
      { code: 'QQ213', workRvuHundredths: 130 },
      { code: 'QQ214', workRvuHundredths: 192 },
    ]);
  });

  it('adds new codes, updates changed values and leaves the rest; a second import changes nothing', async () => {
    const csv = 'code,wrvu\nQQ213,1.30\nQQ214,2.00\nQQ999,4.1\n';
    expect(expectNoErrors(await admin.gql(CODES, { csv })).importProcedureCodes).toMatchObject({
      ok: true,
      added: 1,
      updated: 1,
      unchanged: 1,
    });
    expect(expectNoErrors(await admin.gql(CODES, { csv })).importProcedureCodes).toMatchObject({
      ok: true,
      added: 0,
      updated: 0,
      unchanged: 3,
    });
    const codes = expectNoErrors(await admin.gql('{ procedureCodes(search: "QQ") { code workRvuHundredths } }')).procedureCodes;
    expect(codes.find((c: any) => c.code === 'QQ999').workRvuHundredths).toBe(410);
    await admin.gql(CODES, { csv: 'code,wrvu\nQQ214,1.92\n' });
  });

  it('is the administrator’s: the office manager may read codes but not change them', async () => {
    expect((await officeManager.gql(CODES, { csv: 'code,wrvu\nQQ213,5\n' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(expectNoErrors(await officeManager.gql('{ procedureCodes(search: "QQ213") { code } }')).procedureCodes).toHaveLength(1);
  });
});

describe('encounter import', () => {
  it('reports every bad row with its column and imports nothing', async () => {
    const before = expectNoErrors(await admin.gql(STATS)).encounterStats;
    const bad = [
      good,
      `T-2001,2024-02-30,${RUIZ},P-3,,QQ213,1,100,,`, // 5: impossible date
      `T-2002,2024-03-01,nobody@riversidefm.example,P-3,,QQ213,1,100,,`, // 6: unknown provider
      'T-2003,2024-03-01,sam.carter@riversidefm.example,P-3,,QQ213,1,100,,', // 7: not a provider
      `T-2004,2024-03-01,${RUIZ},P-3,Mars Clinic,QQ213,1,100,,`, // 8: unknown location
      `T-2005,2024-03-01,${RUIZ},P-3,,99999,1,100,,`, // 9: code not in the table
      `T-2006,2024-03-01,${RUIZ},P-3,,QQ213,0,100,,`, // 10: no units
      `T-2007,2024-03-01,${RUIZ},P-3,,QQ213,1,abc,,`, // 11: charge
      `T-2008,2024-03-01,${RUIZ},P-3,,QQ213,1,100,50,`, // 12: collected without a posted date
      `T-2009,2024-03-01,${RUIZ},P-3,,QQ213,1,100,50,2024-02-01`, // 13: posted before the visit
      `T-1001,2024-03-09,${RUIZ},P-1,,QQ213,1,100,,`, // 14: visit with another date
      `T-2010,2099-01-01,${RUIZ},P-3,,QQ213,1,100,,`, // 15: in the future
      `,2024-03-01,${RUIZ},P-3,,QQ213,1,100,,`, // 16: no visit number
    ].join('\n');
    const result = expectNoErrors(await admin.gql(IMPORT, { csv: bad })).importEncounters;
    expect(result).toMatchObject({ ok: false, encounters: 0, serviceLines: 0 });
    expect(result.errors.map((e: any) => [e.row, e.column])).toEqual([
      [5, 'date of service'],
      [6, 'provider'],
      [7, 'provider'],
      [8, 'location'],
      [9, 'procedure code'],
      [10, 'units'],
      [11, 'charge'],
      [12, 'posted date'],
      [13, 'posted date'],
      [14, 'date of service'],
      [15, 'date of service'],
      [16, 'visit number'],
    ]);
    expect(result.errors[2].message).toContain('Sam Carter is not a provider');
    expect(result.errors[4].message).toContain('99999 is not in the procedure code table');
    expect(expectNoErrors(await admin.gql(STATS)).encounterStats).toEqual(before);
  });

  it('names the columns it needs', async () => {
    const result = await admin.gql(IMPORT, { csv: 'visit,date\nA,2024-01-01\n' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'csv' });
    expect(result.errors?.[0].message).toContain('provider');
  });

  it('checks without writing on a dry run', async () => {
    const before = expectNoErrors(await admin.gql(STATS)).encounterStats;
    const result = expectNoErrors(await officeManager.gql(IMPORT, { csv: good, dryRun: true })).importEncounters;
    expect(result).toMatchObject({ ok: true, dryRun: true, encounters: 2, serviceLines: 3 });
    expect(expectNoErrors(await admin.gql(STATS)).encounterStats).toEqual(before);
  });

  it('imports visits, lines and collections with wRVU = code value × units, fixed at import', async () => {
    const result = expectNoErrors(await officeManager.gql(IMPORT, { csv: good })).importEncounters;
    expect(result).toEqual({
      ok: true,
      dryRun: false,
      rows: 3,
      encounters: 2,
      serviceLines: 3,
      collections: 1,
      visitsAlreadyImported: 0,
      wrvuHundredths: 130 + 2 * 50 + 192,
      charges: 150_00 + 1_000_50 + 220_00,
      collected: 92_40,
      firstDateOfService: '2024-03-04',
      lastDateOfService: '2024-03-05',
      errors: [],
    });
    const em = env.orm.em.fork();
    const visit = await em.findOneOrFail(Encounter, { externalId: 'T-1001' }, { filters: false, populate: ['provider', 'location'] });
    expect([visit.provider.workEmail, visit.location?.name, visit.patientRef, visit.dateOfService]).toEqual([
      RUIZ,
      'Riverside Main',
      'P-1',
      '2024-03-04',
    ]);
    const lines = await em.find(ServiceLine, { encounter: visit }, { filters: false, orderBy: { procedureCode: 'asc' } });
    expect(lines.map((l) => [l.procedureCode, l.units, l.charge, l.wrvuHundredths, l.dateOfService, l.provider.id])).toEqual([
      ['QQ036', 2, 1_000_50, 100, '2024-03-04', visit.provider.id],
      ['QQ213', 1, 150_00, 130, '2024-03-04', visit.provider.id],
    ]);
    // A later change to the code table does not rewrite lines already recorded.
    await admin.gql(CODES, { csv: 'code,wrvu\nQQ213,9.00\n' });
    expect(
      (await env.orm.em.fork().findOneOrFail(ServiceLine, { encounter: visit, procedureCode: 'QQ213' }, { filters: false })).wrvuHundredths,
    ).toBe(130);
    await admin.gql(CODES, { csv: 'code,wrvu\nQQ213,1.30\n' });
    const audit = await env.orm.em.fork().find(AuditEntry, { entityName: 'EncounterImport' }, { filters: false });
    expect(audit.map((a) => [a.actorRole, a.after?.encounters, a.after?.collections])).toEqual([['OFFICE_MANAGER', 2, 1]]);
  });

  it('adds nothing when the same file comes again, and only the payments posted since', async () => {
    expect(expectNoErrors(await admin.gql(IMPORT, { csv: good })).importEncounters).toMatchObject({
      ok: true,
      encounters: 0,
      serviceLines: 0,
      collections: 0,
      visitsAlreadyImported: 2,
    });
    const later = `${good}\nT-1002,2024-03-05,${WHITAKER},P-2,,QQ214,1,220,180.00,2024-04-02`;
    expect(expectNoErrors(await admin.gql(IMPORT, { csv: later })).importEncounters).toMatchObject({
      ok: true,
      encounters: 0,
      collections: 1,
      collected: 180_00,
    });
    expect(expectNoErrors(await admin.gql(IMPORT, { csv: later })).importEncounters).toMatchObject({ ok: true, collections: 0 });
    const em = env.orm.em.fork();
    expect(await em.count(Collection, { encounter: { externalId: { $in: ['T-1001', 'T-1002'] } } }, { filters: false })).toBe(2);
  });

  it('refuses to move a visit already imported to another provider', async () => {
    const moved = `${HEADER}\nT-1002,2024-03-05,${RUIZ},P-2,,QQ214,1,220,,`;
    const result = expectNoErrors(await admin.gql(IMPORT, { csv: moved })).importEncounters;
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ row: 2, column: 'provider' });
  });

  it('writes a large file in a few bulk statements, not one per row', async () => {
    const rows = Array.from(
      { length: 1_500 },
      (_, i) => `B-${i},2024-04-${String(1 + (i % 28)).padStart(2, '0')},${RUIZ},P-${i % 300},,QQ213,1,100,60,2024-05-01`,
    );
    const result = await officeManager.gql(IMPORT, { csv: [HEADER, ...rows].join('\n') });
    expect(expectNoErrors(result).importEncounters).toMatchObject({ ok: true, encounters: 1_500, serviceLines: 1_500, collections: 1_500 });
    expect(result.sqlStatements).toBeLessThan(30);
  });

  it('is for those who enter charges', async () => {
    for (const email of ['provider@demo.test', 'staff@demo.test', 'practice-manager@demo.test']) {
      const api = await env.as(email);
      const code = (await api.gql(IMPORT, { csv: good })).errors?.[0].extensions?.code;
      expect(code, email).toBe(email.startsWith('practice') ? undefined : 'FORBIDDEN');
    }
    const consultant = await env.as('consultant@demo.test', { organization: 'riverside' });
    expect((await consultant.gql(IMPORT, { csv: good })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
