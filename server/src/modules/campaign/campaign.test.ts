import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { AuditAction, AuditEntry } from '../../core/audit/audit-entry.entity';
import { BudgetLine, BudgetStatus } from '../budget/budget.entity';
import { AccountGroup, AccountKind, LedgerEntry } from '../ledger/ledger.entity';
import { Organization } from '../../core/organization.entity';
import { Campaign, Lead } from './campaign.entity';

let env: TestEnv;
let pm: ApiClient;

const SAVE = 'mutation ($input: CampaignInput!) { saveCampaign(input: $input) { warning campaign { id status trackingCode } } }';
const STATUS = 'mutation ($id: ID!, $status: CampaignStatus!) { setCampaignStatus(id: $id, status: $status) { status } }';
const SPEND = 'mutation ($input: SpendInput!) { addCampaignSpend(input: $input) { id amount } }';
const LEAD = 'mutation ($input: LeadInput!) { addLead(input: $input) { id version stage campaign { id } } }';
const MOVE = 'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { id version stage } }';
const MEASURES = `query ($groupBy: MeasureGrouping) { campaignMeasures(groupBy: $groupBy) { key label spend committed leads scheduled newPatients lost
  leadToScheduled scheduledToNewPatient leadToNewPatient costPerLead costPerNewPatient attributedRevenue roi daysToFirstVisit } }`;

const campaignInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Spring sports physicals',
  channel: 'SOCIAL',
  startDate: '2031-03-01',
  endDate: '2031-03-31',
  budgetAmount: 5_000_00,
  trackingCode: 'SPORTS31',
  newPatientValueEstimate: 1_200_00,
  ...overrides,
});

async function create(overrides: Record<string, unknown> = {}) {
  const id = expectNoErrors(await pm.gql(SAVE, { input: campaignInput(overrides) })).saveCampaign.campaign.id;
  expectNoErrors(await pm.gql(STATUS, { id, status: 'ACTIVE' }));
  return id as string;
}
async function lead(source: string, inquiryDate = '2031-03-02', contact = {}) {
  return expectNoErrors(await pm.gql(LEAD, { input: { inquiryDate, source, ...contact } })).addLead;
}
async function move(l: { id: string; version: number }, stage: string, date: string, lostReason?: string) {
  return expectNoErrors(await pm.gql(MOVE, { input: { leadId: l.id, expectedVersion: l.version, stage, date, lostReason } })).moveLead;
}

beforeAll(async () => {
  env = await createTestEnv();
  pm = await env.as('practice-manager@demo.test');
});
afterAll(() => env?.close());

describe('campaign lifecycle', () => {
  it('moves planned → active ⇄ paused → completed and refuses the rest', async () => {
    const id = expectNoErrors(await pm.gql(SAVE, { input: campaignInput({ trackingCode: 'LIFE1' }) })).saveCampaign.campaign.id;
    expect((await pm.gql(STATUS, { id, status: 'PAUSED' })).errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'status',
    });
    for (const status of ['ACTIVE', 'PAUSED', 'ACTIVE', 'COMPLETED'])
      expect(expectNoErrors(await pm.gql(STATUS, { id, status })).setCampaignStatus.status).toBe(status);
    expect((await pm.gql(STATUS, { id, status: 'ACTIVE' })).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('refuses bad input with the field at fault and a tracking code already in use', async () => {
    expect((await pm.gql(SAVE, { input: campaignInput({ trackingCode: 'LIFE1' }) })).errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.trackingCode',
    });
    expect(
      (await pm.gql(SAVE, { input: campaignInput({ trackingCode: 'X2', endDate: '2031-02-01' }) })).errors?.[0].extensions,
    ).toMatchObject({ field: 'input.endDate' });
    const officeManager = await env.as('office-manager@demo.test');
    expect((await officeManager.gql(SAVE, { input: campaignInput({ trackingCode: 'OM1' }) })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps its budget line when an edit leaves the line out, and clears it on null', async () => {
    const em = env.orm.em.fork();
    const lines = await em.find(
      BudgetLine,
      { account: { group: AccountGroup.MARKETING }, budget: { status: BudgetStatus.APPROVED } },
      { filters: false, populate: ['organization'] },
    );
    const line = lines.find((l) => l.organization.slug === 'riverside')!;
    const saved = expectNoErrors(
      await pm.gql(SAVE, { input: campaignInput({ trackingCode: 'LINE1', name: 'Line kept', budgetLineId: line.id }) }),
    ).saveCampaign.campaign;
    const read = 'query ($id: ID!) { campaign(id: $id) { version budgetLine { id } } }';
    const before = expectNoErrors(await pm.gql(read, { id: saved.id })).campaign;
    expect(before.budgetLine).toEqual({ id: line.id });
    expectNoErrors(
      await pm.gql(SAVE, {
        input: campaignInput({ id: saved.id, expectedVersion: before.version, trackingCode: 'LINE1', name: 'Line kept, renamed' }),
      }),
    );
    const after = expectNoErrors(await pm.gql(read, { id: saved.id })).campaign;
    expect(after.budgetLine).toEqual({ id: line.id });
    expectNoErrors(
      await pm.gql(SAVE, {
        input: campaignInput({
          id: saved.id,
          expectedVersion: after.version,
          trackingCode: 'LINE1',
          name: 'Line kept',
          budgetLineId: null,
        }),
      }),
    );
    expect(expectNoErrors(await pm.gql(read, { id: saved.id })).campaign.budgetLine).toBeNull();
  });

  it('posts spend to the marketing account once', async () => {
    const id = await create({ trackingCode: 'SPEND1' });
    const spend = expectNoErrors(await pm.gql(SPEND, { input: { campaignId: id, date: '2031-03-05', amount: 123_45 } })).addCampaignSpend;
    const entries = await env.orm.em
      .fork()
      .find(LedgerEntry, { postingKey: `campaign-spend:${spend.id}` }, { filters: false, populate: ['account'], orderBy: { line: 'asc' } });
    // Marketing expense, paid out of cash: one balanced posting.
    expect(entries.map((e) => [e.amount, e.account.group])).toEqual([
      [123_45, 'MARKETING'],
      [-123_45, 'CASH'],
    ]);
  });
});

describe('leads and measures', () => {
  it('attributes leads by tracking code and computes every measure as by hand', async () => {
    const id = await create();
    await pm.gql(SPEND, { input: { campaignId: id, date: '2031-03-03', amount: 1_000_00 } });
    await pm.gql(SPEND, { input: { campaignId: id, date: '2031-03-20', amount: 2_000_00 } });
    const leads = await Promise.all([1, 2, 3, 4, 5].map(() => lead('SPORTS31')));
    expect(leads.every((l) => l.campaign?.id === id)).toBe(true);
    const s1 = await move(leads[0], 'SCHEDULED', '2031-03-04');
    await move(s1, 'NEW_PATIENT', '2031-03-12'); // 10 days after inquiry
    await move(leads[1], 'NEW_PATIENT', '2031-03-06'); // 4 days
    await move(leads[2], 'SCHEDULED', '2031-03-05');
    await move(leads[3], 'LOST', '2031-03-09', 'Chose another clinic');
    const m = expectNoErrors(await pm.gql(MEASURES)).campaignMeasures.find((x: any) => x.key === id);
    // The spend is dated in 2031, after today: committed, not spent to date, so no cost or ROI counts it yet.
    expect(m).toEqual({
      key: id,
      label: 'Spring sports physicals',
      spend: 0,
      committed: 3_000_00,
      leads: 5,
      scheduled: 3,
      newPatients: 2,
      lost: 1,
      leadToScheduled: 0.6,
      scheduledToNewPatient: 0.6667,
      leadToNewPatient: 0.4,
      costPerLead: 0,
      costPerNewPatient: 0,
      attributedRevenue: 2_400_00,
      roi: null,
      daysToFirstVisit: 7,
    });
  });

  it('counts only spend and inquiries inside a date range', async () => {
    const ranged = `query ($from: String, $to: String) { campaignMeasures(from: $from, to: $to) { key spend committed leads } }`;
    const id = (await env.orm.em.fork().findOneOrFail(Campaign, { trackingCode: 'SPORTS31' }, { filters: false })).id;
    const early = expectNoErrors(await pm.gql(ranged, { from: '2031-03-01', to: '2031-03-04' })).campaignMeasures.find(
      (x: any) => x.key === id,
    );
    expect(early).toMatchObject({ spend: 0, committed: 1_000_00, leads: 5 }); // the 3 March spend (after today: committed); the leads came on 2 March
    const late = expectNoErrors(await pm.gql(ranged, { from: '2031-03-04', to: '2031-04-01' })).campaignMeasures.find(
      (x: any) => x.key === id,
    );
    expect(late).toMatchObject({ spend: 0, committed: 2_000_00, leads: 0 });
  });

  it('gives defined results, not NaN, for zero spend, zero leads and zero new patients', async () => {
    const id = await create({ trackingCode: 'EMPTY31', name: 'Quiet campaign' });
    const m = expectNoErrors(await pm.gql(MEASURES)).campaignMeasures.find((x: any) => x.key === id);
    expect(m).toMatchObject({
      spend: 0,
      leads: 0,
      newPatients: 0,
      leadToScheduled: null,
      costPerLead: null,
      costPerNewPatient: null,
      roi: null,
      daysToFirstVisit: null,
      attributedRevenue: 0,
    });
    const channels = expectNoErrors(await pm.gql(MEASURES, { groupBy: 'CHANNEL' })).campaignMeasures;
    expect(channels.find((c: any) => c.key === 'SOCIAL').spend).toBeGreaterThanOrEqual(3_000_00);
  });

  it('refuses a lost lead without a reason and a stale move', async () => {
    const l = await lead('SPORTS31');
    expect(
      (await pm.gql(MOVE, { input: { leadId: l.id, expectedVersion: l.version, stage: 'LOST', date: '2031-03-09' } })).errors?.[0]
        .extensions,
    ).toMatchObject({ field: 'input.lostReason' });
    await move(l, 'SCHEDULED', '2031-03-05');
    expect(
      (await pm.gql(MOVE, { input: { leadId: l.id, expectedVersion: l.version, stage: 'NEW_PATIENT', date: '2031-03-09' } })).errors?.[0]
        .extensions?.code,
    ).toBe('CONFLICT');
  });

  it('keeps a constant number of SQL statements as leads grow a hundredfold', async () => {
    const before = (await pm.gql(MEASURES)).sqlStatements;
    const em = env.orm.em.fork();
    const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
    const campaign = await em.findOneOrFail(Campaign, { organization: org, trackingCode: 'SPORTS31' }, { filters: false });
    await em.insertMany(
      Lead,
      Array.from({ length: 600 }, (_, i) => ({
        id: crypto.randomUUID(),
        organization: org.id,
        campaign: campaign.id,
        inquiryDate: '2031-03-10',
        stage: 'INQUIRY',
        dedupeKey: `bulk-${i}`,
        createdAt: new Date(),
        updatedAt: new Date(),
        version: 1,
      })) as never,
    );
    const after = await pm.gql(MEASURES);
    expect(after.data.campaignMeasures.find((x: any) => x.key === campaign.id).leads).toBeGreaterThan(600);
    expect(after.sqlStatements).toBe(before);
  });
});

describe('lead contact details', () => {
  it('are refused to roles without the capability and every read is audited', async () => {
    await lead('SPORTS31', '2031-03-11', { contactName: 'Jordan Miles', contactPhone: '555-0100' });
    const consultant = await env.as('consultant@demo.test', { organization: 'riverside' });
    const refused = await consultant.gql('{ leads { inquiryDate contactName } }');
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(expectNoErrors(await consultant.gql('{ leads { inquiryDate stage } }')).leads.length).toBeGreaterThan(0);

    const officeManager = await env.as('office-manager@demo.test');
    const read = expectNoErrors(await officeManager.gql('{ leads { id contactName contactPhone } }')).leads;
    const jordan = read.find((l: any) => l.contactName === 'Jordan Miles');
    const audit = await env.orm.em
      .fork()
      .find(AuditEntry, { entityId: jordan.id, action: AuditAction.READ }, { filters: false, populate: ['actor'] });
    expect(audit.map((a) => [a.actor?.displayName, a.actorRole, a.after])).toEqual([
      ['Olivia Grant', 'OFFICE_MANAGER', { fields: ['contactName', 'contactPhone'] }],
    ]);
  });
});

describe('importing leads', () => {
  const good =
    'date,source,name,phone,email,service\n2031-03-15,SPORTS31,Ana Ruiz,555-0101,ana@example.com,sports physical\n2031-03-16,sports31,Li Wei,,,sports physical\n';
  const IMPORT = 'mutation ($csv: String!) { importLeads(csv: $csv) { ok imported duplicates errors { row column message } } }';

  it('reports bad rows by number and imports nothing', async () => {
    const bad = `${good}2031-02-30,SPORTS31,X,,,\n2031-03-17,NOPE,Y,,bad-email,\n`;
    const result = expectNoErrors(await pm.gql(IMPORT, { csv: bad })).importLeads;
    expect(result).toMatchObject({ ok: false, imported: 0 });
    expect(result.errors.map((e: any) => [e.row, e.column])).toEqual([
      [4, 'date'],
      [5, 'source'],
      [5, 'email'],
    ]);
  });

  it('imports a good file and adds nothing when it comes again', async () => {
    expect(expectNoErrors(await pm.gql(IMPORT, { csv: good })).importLeads).toMatchObject({ ok: true, imported: 2, duplicates: 0 });
    expect(expectNoErrors(await pm.gql(IMPORT, { csv: good })).importLeads).toMatchObject({ ok: true, imported: 0, duplicates: 2 });
  });
});

describe('importing spend', () => {
  const IMPORT =
    'mutation ($csv: String!) { importCampaignSpend(csv: $csv) { ok imported duplicates total errors { row column message } } }';
  const good = 'Day,Campaign,Cost\n3/20/2031,SPORTS31,"$1,250.40"\n2031-03-21,sports31,80\n2031-03-21,SPORTS31,80\n';
  const ledgerTotal = async () => {
    const entries = await env.orm.em.fork().find(
      LedgerEntry,
      {
        memo: 'Campaign spend: Spring sports physicals',
        date: { $gte: '2031-03-20', $lte: '2031-03-21' },
        account: { kind: AccountKind.EXPENSE },
      },
      { filters: false },
    );
    return entries.reduce((s, e) => s + e.amount, 0);
  };

  it('reports bad rows, including campaigns that cannot spend, and imports nothing', async () => {
    await pm.gql(SAVE, { input: campaignInput({ name: 'Planned flyer', trackingCode: 'FLYER-PLANNED', channel: 'PRINT' }) });
    const before = await ledgerTotal();
    const bad = `${good}2031-03-40,SPORTS31,10\n2031-03-22,FLYER-PLANNED,10\n2031-03-22,SPORTS31,ten\n`;
    const result = expectNoErrors(await pm.gql(IMPORT, { csv: bad })).importCampaignSpend;
    expect(result).toMatchObject({ ok: false, imported: 0, total: 0 });
    expect(result.errors.map((e: any) => [e.row, e.column])).toEqual([
      [5, 'day'],
      [6, 'campaign'],
      [7, 'cost'],
    ]);
    expect(result.errors[1].message).toContain('planned');
    expect(await ledgerTotal()).toBe(before);
  });

  it('posts each row once to the ledger and adds nothing when the file comes again', async () => {
    const before = await ledgerTotal();
    const DRY_RUN = 'mutation ($csv: String!) { importCampaignSpend(csv: $csv, dryRun: true) { ok dryRun imported duplicates total } }';
    expect(expectNoErrors(await pm.gql(DRY_RUN, { csv: good })).importCampaignSpend).toEqual({
      ok: true,
      dryRun: true,
      imported: 3,
      duplicates: 0,
      total: 1_410_40,
    });
    expect(await ledgerTotal()).toBe(before);
    const first = expectNoErrors(await pm.gql(IMPORT, { csv: good })).importCampaignSpend;
    expect(first).toMatchObject({ ok: true, imported: 3, duplicates: 0, total: 1_250_40 + 80_00 + 80_00 });
    expect(await ledgerTotal()).toBe(before + 1_410_40);
    expect(expectNoErrors(await pm.gql(IMPORT, { csv: good })).importCampaignSpend).toMatchObject({
      ok: true,
      imported: 0,
      duplicates: 3,
      total: 0,
    });
    expect(await ledgerTotal()).toBe(before + 1_410_40);
  });

  it('names the columns it needs', async () => {
    const result = await pm.gql(IMPORT, { csv: 'when,how much\n2031-03-01,5\n' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'csv' });
  });
});
