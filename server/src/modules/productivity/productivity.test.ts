import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { AuditAction, AuditEntry } from '../../core/audit/audit-entry.entity';
import { Collection, Encounter, ServiceLine } from '../encounter/encounter.entity';
import { Employee } from '../orgchart/orgchart.entity';
import { Organization } from '../../core/organization.entity';
import { ProviderPlan } from './productivity.entity';
import { addDays, today, todayAsDate } from '../../core/dates';

const SAVE_PLAN =
  'mutation ($input: ProviderPlanInput!) { saveProviderPlan(input: $input) { id version model baseSalary wrvuThresholdHundredths ratePerWrvu collectionsBps qualityBonus provider { fullName } } }';
const SAVE_TARGET = 'mutation ($input: ProductivityTargetInput!) { saveProductivityTarget(input: $input) { id version wrvuHundredths } }';
const REPORT = `query ($year: Int!, $month: Int, $asOf: String) { productivity(year: $year, month: $month, asOf: $asOf) {
  from to daysInPeriod daysElapsed
  providers { providerId provider { fullName } visits { actual target expected percentOfTarget projected } daysWorked
    patientsPerDayTenths { actual target } wrvuHundredths { actual target expected percentOfTarget }
    charges { actual target } collections { actual target } belowTarget annualizedWrvuHundredths annualizedCollections projectedPay payPerWrvu }
  distribution { wrvuHundredths { count min median max } payPerWrvu { count min max } }
  totals { providers belowTarget withTarget visits wrvuHundredths charges collections projectedPay } } }`;
const WHAT_IF = `query ($input: WhatIfInput!) { productivityWhatIf(input: $input) { currentTotal whatIfTotal difference
  providers { providerId currentPay whatIfPay difference changed whatIfPayPerWrvu whatIf { model wrvuThresholdHundredths ratePerWrvu } } } }`;
const IMPORT = 'mutation ($csv: String!) { importEncounters(csv: $csv) { ok encounters errors { row column message } } }';

const EMAIL = {
  ruiz: 'elena.ruiz@riversidefm.example',
  whitaker: 'james.whitaker@riversidefm.example',
  rahman: 'aisha.rahman@riversidefm.example',
  torres: 'megan.torres@riversidefm.example',
};

let env: TestEnv;
let admin: ApiClient;
let provider: ApiClient;
const id: Record<keyof typeof EMAIL, string> = { ruiz: '', whitaker: '', rahman: '', torres: '' };
const planId: Record<string, string> = {};

const row = (r: any[], who: keyof typeof EMAIL) =>
  `${r[0]},${r[1]},${EMAIL[who]},${r[2]},,${r[3]},${r[4]},${r[5]},${r[6] ?? ''},${r[7] ?? ''}`;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
  provider = await env.as('provider@demo.test');
  const em = env.orm.em.fork();
  for (const key of Object.keys(EMAIL) as (keyof typeof EMAIL)[])
    id[key] = (await em.findOneOrFail(Employee, { workEmail: EMAIL[key] }, { filters: false })).id;

  expectNoErrors(
    await admin.gql('mutation ($csv: String!) { importProcedureCodes(csv: $csv) { ok } }', {
      csv: 'code,work rvu\nZZ100,100.00\nZZ001,1.00\nZZ045,0.45\nZZ000,0\n',
    }),
  );
  const csv = [
    'visit,date of service,provider,patient,location,procedure code,units,charge,collected,posted date',
    row(['Y-R1', '2023-03-01', 'P1', 'ZZ100', 20, '2000', '1500', '2023-03-20'], 'ruiz'),
    row(['Y-R2', '2023-03-01', 'P2', 'ZZ100', 10, '1000'], 'ruiz'),
    row(['Y-R3', '2023-06-15', 'P3', 'ZZ100', 10, '1000'], 'ruiz'),
    row(['Y-W1', '2023-02-01', 'P4', 'ZZ100', 51, '5100'], 'whitaker'),
    row(['Y-W1', '2023-02-01', 'P4', 'ZZ001', 23, '23'], 'whitaker'),
    row(['Y-W1', '2023-02-01', 'P4', 'ZZ045', 1, '1'], 'whitaker'),
    row(['Y-A1', '2023-01-10', 'P5', 'ZZ000', 1, '500000', '412345.67', '2023-02-01'], 'rahman'),
    row(['Y-T1', '2023-05-05', 'P6', 'ZZ001', 1, '100'], 'torres'),
  ].join('\n');
  expect(expectNoErrors(await admin.gql(IMPORT, { csv })).importEncounters).toMatchObject({ ok: true, encounters: 6 });

  const plans = [
    {
      providerId: id.ruiz,
      model: 'SALARY_PLUS_PRODUCTIVITY',
      baseSalary: 180_000_00,
      wrvuThresholdHundredths: 3_600_00,
      ratePerWrvu: 50_00,
    },
    { providerId: id.whitaker, model: 'PRODUCTIVITY', ratePerWrvu: 45_50 },
    { providerId: id.rahman, model: 'COLLECTIONS_PERCENT', collectionsBps: 3_800, qualityBonus: 5_000_00 },
    { providerId: id.torres, model: 'SALARY', baseSalary: 120_000_00, qualityBonus: 2_500_00, ratePerWrvu: 99_00 },
  ];
  for (const plan of plans)
    planId[plan.providerId] = expectNoErrors(await admin.gql(SAVE_PLAN, { input: { year: 2023, ...plan } })).saveProviderPlan.id;
  expectNoErrors(
    await admin.gql(SAVE_TARGET, {
      input: {
        providerId: id.ruiz,
        year: 2023,
        patientsPerDayTenths: 180,
        visits: 4_800,
        wrvuHundredths: 4_800_00,
        charges: 1_000_000_00,
        collections: 600_000_00,
      },
    }),
  );
});
afterAll(() => env?.close());

describe('provider plans', () => {
  it('stores only the terms the model uses', async () => {
    const plans = expectNoErrors(
      await admin.gql('{ providerPlans(year: 2023) { model baseSalary ratePerWrvu qualityBonus provider { fullName } } }'),
    ).providerPlans;
    expect(plans.find((p: any) => p.provider.fullName === 'Megan Torres')).toEqual({
      model: 'SALARY',
      baseSalary: 120_000_00,
      ratePerWrvu: 0,
      qualityBonus: 2_500_00,
      provider: { fullName: 'Megan Torres' },
    });
  });

  it('refuses bad terms, non-providers, a second plan for the year and stale edits', async () => {
    const field = async (input: Record<string, unknown>) =>
      (await admin.gql(SAVE_PLAN, { input: { providerId: id.whitaker, year: 2024, model: 'SALARY', baseSalary: 1, ...input } })).errors?.[0]
        .extensions;
    expect(await field({ baseSalary: 0 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.baseSalary' });
    expect(await field({ model: 'COLLECTIONS_PERCENT', collectionsBps: 12_000 })).toMatchObject({ field: 'input.collectionsBps' });
    expect(await field({ model: 'PRODUCTIVITY', ratePerWrvu: 0 })).toMatchObject({ field: 'input.ratePerWrvu' });
    expect(await field({ year: 1999 })).toMatchObject({ field: 'input.year' });
    const sam = (await env.orm.em.fork().findOneOrFail(Employee, { lastName: 'Carter' }, { filters: false })).id;
    expect(await field({ providerId: sam })).toMatchObject({ field: 'input.providerId' });
    expect(await field({ year: 2023 })).toMatchObject({ code: 'CONFLICT' });
    const saved = expectNoErrors(
      await admin.gql(SAVE_PLAN, { input: { providerId: id.whitaker, year: 2024, model: 'SALARY', baseSalary: 200_000_00 } }),
    ).saveProviderPlan;
    const edit = {
      id: saved.id,
      expectedVersion: saved.version,
      providerId: id.whitaker,
      year: 2024,
      model: 'SALARY',
      baseSalary: 210_000_00,
    };
    expect(expectNoErrors(await admin.gql(SAVE_PLAN, { input: edit })).saveProviderPlan.baseSalary).toBe(210_000_00);
    expect((await admin.gql(SAVE_PLAN, { input: edit })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('productivity and projected pay', () => {
  it('counts providers behind target from the very rows it lists, out of those with a wRVU target', async () => {
    for (const year of [2023, Number(today().slice(0, 4))]) {
      const { providers, totals } = expectNoErrors(await admin.gql(REPORT, { year })).productivity;
      const withTarget = providers.filter((p: any) => p.wrvuHundredths.percentOfTarget !== null);
      expect(totals.providers).toBe(providers.length);
      expect(totals.withTarget).toBe(withTarget.length);
      expect(totals.belowTarget).toBe(providers.filter((p: any) => p.belowTarget).length);
      // Behind means below 100.00 % of the pace, the same comparison as the percentage shown.
      for (const p of providers)
        expect(p.belowTarget).toBe(p.wrvuHundredths.percentOfTarget !== null && p.wrvuHundredths.percentOfTarget < 1);
    }
  });

  it('computes each plan model’s pay for a complete year as by hand', async () => {
    const report = expectNoErrors(await admin.gql(REPORT, { year: 2023 })).productivity;
    const of = (who: keyof typeof EMAIL) => report.providers.find((p: any) => p.providerId === id[who]);
    // $180,000 + (4,000 − 3,600) × $50
    expect(of('ruiz')).toMatchObject({ projectedPay: 200_000_00, payPerWrvu: 50_00, annualizedWrvuHundredths: 4_000_00 });
    // 5,123.45 × $45.50 = $233,116.975
    expect(of('whitaker')).toMatchObject({ projectedPay: 233_116_98, payPerWrvu: 45_50 });
    // 38 % of $412,345.67 + $5,000; no wRVUs, so no pay per wRVU
    expect(of('rahman')).toMatchObject({ projectedPay: 161_691_35, payPerWrvu: null, annualizedCollections: 412_345_67 });
    expect(of('torres')).toMatchObject({ projectedPay: 122_500_00, payPerWrvu: 122_500_00 });
    expect(report.totals.projectedPay).toBe(200_000_00 + 233_116_98 + 161_691_35 + 122_500_00);
    expect(report.totals.wrvuHundredths).toBe(4_000_00 + 5_123_45 + 1_00);
  });

  it('counts visits, days worked and patients per day, against target', async () => {
    const report = expectNoErrors(await admin.gql(REPORT, { year: 2023 })).productivity;
    expect(report).toMatchObject({ from: '2023-01-01', to: '2024-01-01', daysInPeriod: 365, daysElapsed: 365 });
    const ruiz = report.providers.find((p: any) => p.providerId === id.ruiz);
    expect(ruiz).toMatchObject({
      visits: { actual: 3, target: 4_800, expected: 4_800, projected: 3 },
      daysWorked: 2,
      patientsPerDayTenths: { actual: 15, target: 180 },
      wrvuHundredths: { actual: 4_000_00, target: 4_800_00, expected: 4_800_00, percentOfTarget: 0.8333 },
      charges: { actual: 4_000_00, target: 1_000_000_00 },
      collections: { actual: 1_500_00, target: 600_000_00 },
      belowTarget: true,
    });
    // wRVUs of the four providers with visits: 0, 1, 4,000 and 5,123.45; the median halfway between 1 and 4,000
    expect(report.distribution.wrvuHundredths).toEqual({ count: 4, min: 0, median: 2_000_50, max: 5_123_45 });
  });

  it('takes a month’s target as a twelfth of the year', async () => {
    const report = expectNoErrors(await admin.gql(REPORT, { year: 2023, month: 3 })).productivity;
    expect(report).toMatchObject({ from: '2023-03-01', to: '2023-04-01', daysInPeriod: 31 });
    const ruiz = report.providers.find((p: any) => p.providerId === id.ruiz);
    expect(ruiz).toMatchObject({
      visits: { actual: 2, target: 400 },
      daysWorked: 1,
      patientsPerDayTenths: { actual: 20, target: 180 },
      wrvuHundredths: { actual: 3_000_00, target: 400_00, percentOfTarget: 7.5 },
      charges: { actual: 3_000_00, target: 83_333_33 },
      collections: { actual: 1_500_00, target: 50_000_00 },
      belowTarget: false,
      projectedPay: 200_000_00, // pay is always the year's
    });
  });

  it('annualizes a year in progress from the days elapsed', async () => {
    // By 26 May (146 of 365 days) Dr Ruiz had 3,000 wRVU: 7,500 at that pace; $180,000 + 3,900 × $50.
    const report = expectNoErrors(await admin.gql(REPORT, { year: 2023, asOf: '2023-05-26' })).productivity;
    expect(report.daysElapsed).toBe(146);
    const ruiz = report.providers.find((p: any) => p.providerId === id.ruiz);
    expect(ruiz).toMatchObject({ annualizedWrvuHundredths: 7_500_00, projectedPay: 375_000_00, payPerWrvu: 50_00 });
    expect(ruiz.visits).toMatchObject({ actual: 2, expected: 1_920, projected: 5 }); // 4,800 × 146/365; 2 × 365/146
  });

  it('gives each provider twelve months with a twelfth of the target', async () => {
    const q = `{ providerProductivity(providerId: "${id.ruiz}", year: 2023) { months { key visits daysWorked wrvuHundredths charges collections wrvuTargetHundredths visitsTarget } } }`;
    const months = expectNoErrors(await admin.gql(q)).providerProductivity.months;
    expect(months).toHaveLength(12);
    expect(months[2]).toEqual({
      key: '2023-03',
      visits: 2,
      daysWorked: 1,
      wrvuHundredths: 3_000_00,
      charges: 3_000_00,
      collections: 1_500_00,
      wrvuTargetHundredths: 400_00,
      visitsTarget: 400,
    });
    expect(months[5]).toMatchObject({ key: '2023-06', visits: 1, wrvuHundredths: 1_000_00 });
    expect(months[0]).toMatchObject({ key: '2023-01', visits: 0, wrvuHundredths: 0 });
  });

  it('breaks a provider’s period down by procedure code', async () => {
    const q = `{ providerProductivity(providerId: "${id.whitaker}", year: 2023) { codes { code lines units wrvuHundredths charges } } }`;
    expect(expectNoErrors(await admin.gql(q)).providerProductivity.codes).toEqual([
      { code: 'ZZ100', lines: 1, units: 51, wrvuHundredths: 5_100_00, charges: 5_100_00 },
      { code: 'ZZ001', lines: 1, units: 23, wrvuHundredths: 23_00, charges: 23_00 },
      { code: 'ZZ045', lines: 1, units: 1, wrvuHundredths: 45, charges: 1_00 },
    ]);
  });

  it('keeps a constant number of SQL statements as encounters grow a hundredfold', async () => {
    const q = `{ productivity(year: 2022) { providers { providerId provider { fullName position { title } } visits { actual } daysWorked
      wrvuHundredths { actual percentOfTarget } collections { actual } projectedPay payPerWrvu plan { model baseSalary } target { visits }
      months { key wrvuHundredths collections } codes { code wrvuHundredths } } distribution { wrvuHundredths { median } } totals { projectedPay } } }`;
    expectNoErrors(await admin.gql(SAVE_PLAN, { input: { providerId: id.ruiz, year: 2022, model: 'PRODUCTIVITY', ratePerWrvu: 40_00 } }));
    expectNoErrors(
      await admin.gql(SAVE_TARGET, {
        input: {
          providerId: id.whitaker,
          year: 2022,
          patientsPerDayTenths: 200,
          visits: 4_000,
          wrvuHundredths: 5_000_00,
          charges: 1,
          collections: 1,
        },
      }),
    );
    const em = env.orm.em.fork();
    const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
    const insert = async (n: number, tag: string) => {
      const now = new Date();
      const base = () => ({ id: randomUUID(), organization: org.id, createdAt: now, updatedAt: now, version: 1 });
      const encounters = Array.from({ length: n }, (_, i) => ({
        ...base(),
        externalId: `${tag}-${i}`,
        patientRef: `P${i % 50}`,
        provider: i % 2 ? id.ruiz : id.whitaker,
        dateOfService: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        location: null,
      }));
      for (let i = 0; i < n; i += 500) {
        const chunk = encounters.slice(i, i + 500);
        await em.insertMany(Encounter, chunk as never);
        await em.insertMany(
          ServiceLine,
          chunk.map((e) => ({
            ...base(),
            encounter: e.id,
            provider: e.provider,
            dateOfService: e.dateOfService,
            procedureCode: 'ZZ001',
            units: 1,
            charge: 100_00,
            wrvuHundredths: 1_30,
          })) as never,
        );
        await em.insertMany(
          Collection,
          chunk.map((e) => ({ ...base(), encounter: e.id, provider: e.provider, postedOn: e.dateOfService, amount: 80_00 })) as never,
        );
      }
    };
    await insert(20, 'small');
    const small = await admin.gql(q);
    expect(expectNoErrors(small).productivity.providers.find((p: any) => p.providerId === id.ruiz).visits.actual).toBe(10);
    await insert(2_000, 'large');
    const large = await admin.gql(q);
    expect(expectNoErrors(large).productivity.providers.find((p: any) => p.providerId === id.ruiz).visits.actual).toBe(1_010);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(small.sqlStatements).toBeLessThanOrEqual(20);
  });
});

describe('what-if', () => {
  it('shows the cost of a new rate for all and a new threshold for one, without saving', async () => {
    const all = expectNoErrors(await admin.gql(WHAT_IF, { input: { year: 2023, changes: [{ ratePerWrvu: 55_00 }] } })).productivityWhatIf;
    const of = (r: any, who: keyof typeof EMAIL) => r.providers.find((p: any) => p.providerId === id[who]);
    expect(all.currentTotal).toBe(717_308_33);
    expect(of(all, 'ruiz')).toMatchObject({ currentPay: 200_000_00, whatIfPay: 202_000_00, difference: 2_000_00, changed: true });
    expect(of(all, 'whitaker')).toMatchObject({ currentPay: 233_116_98, whatIfPay: 281_789_75, difference: 48_672_77 });
    expect(of(all, 'rahman')).toMatchObject({ difference: 0, whatIf: { model: 'COLLECTIONS_PERCENT', ratePerWrvu: 0 } });
    expect(all.difference).toBe(2_000_00 + 48_672_77);

    const mixed = expectNoErrors(
      await admin.gql(WHAT_IF, {
        input: { year: 2023, changes: [{ ratePerWrvu: 55_00 }, { providerId: id.ruiz, wrvuThresholdHundredths: 3_800_00 }] },
      }),
    ).productivityWhatIf;
    expect(of(mixed, 'ruiz')).toMatchObject({
      whatIfPay: 191_000_00,
      difference: -9_000_00,
      whatIf: { wrvuThresholdHundredths: 3_800_00, ratePerWrvu: 55_00 },
    });
    expect(mixed.difference).toBe(48_672_77 - 9_000_00);

    const plan = await env.orm.em.fork().findOneOrFail(ProviderPlan, { id: planId[id.ruiz] }, { filters: false });
    expect([plan.ratePerWrvu, plan.wrvuThresholdHundredths, plan.version]).toEqual([50_00, 3_600_00, 1]);
  });

  it('gives a provider without a plan one when a model is named, and refuses bad changes', async () => {
    const aisha = expectNoErrors(
      await admin.gql(WHAT_IF, { input: { year: 2022, changes: [{ providerId: id.whitaker, model: 'SALARY', baseSalary: 150_000_00 }] } }),
    ).productivityWhatIf;
    expect(aisha.providers.find((p: any) => p.providerId === id.whitaker)).toMatchObject({
      currentPay: null,
      whatIfPay: 150_000_00,
      difference: 150_000_00,
    });
    const field = async (changes: unknown[]) => (await admin.gql(WHAT_IF, { input: { year: 2023, changes } })).errors?.[0].extensions;
    expect(await field([{ ratePerWrvu: -1 }])).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.changes.0.ratePerWrvu' });
    expect(await field([{ ratePerWrvu: 1 }, { providerId: id.ruiz, model: 'COLLECTIONS_PERCENT' }])).toMatchObject({
      field: 'input.changes.1.collectionsBps',
    });
    const nobody = (await env.orm.em.fork().findOneOrFail(Employee, { lastName: 'Park' }, { filters: false })).id;
    expect(await field([{ providerId: nobody, baseSalary: 1 }])).toMatchObject({ field: 'input.changes.0.model' });
  });
});

describe('who sees provider pay', () => {
  const PATHS = (ruiz: string) => [
    '{ productivity(year: 2023) { providers { projectedPay } } }',
    '{ productivity(year: 2023) { totals { projectedPay } } }',
    `{ providerProductivity(providerId: "${ruiz}", year: 2023) { plan { baseSalary } target { wrvuHundredths } } }`,
    '{ providerPlans(year: 2023) { baseSalary ratePerWrvu } }',
    '{ productivityTargets(year: 2023) { wrvuHundredths charges } }',
    '{ productivityWhatIf(input: { year: 2023, changes: [] }) { providers { currentPay } } }',
    `mutation { saveProviderPlan(input: { providerId: "${ruiz}", year: 2030, model: SALARY, baseSalary: 1 }) { id } }`,
    `mutation { saveProductivityTarget(input: { providerId: "${ruiz}", year: 2030, patientsPerDayTenths: 1, visits: 1, wrvuHundredths: 1, charges: 1, collections: 1 }) { id } }`,
  ];

  it('refuses the practice manager and every other role without the right, on every path', async () => {
    for (const email of [
      'practice-manager@demo.test',
      'office-manager@demo.test',
      'assistant@demo.test',
      'staff@demo.test',
      'provider@demo.test',
    ]) {
      const api = await env.as(email);
      for (const q of PATHS(id.ruiz)) expect((await api.gql(q)).errors?.[0].extensions?.code, `${email}: ${q}`).toBe('FORBIDDEN');
    }
    const consultant = await env.as('consultant@demo.test', { organization: 'riverside' });
    for (const q of PATHS(id.ruiz)) expect((await consultant.gql(q)).errors?.[0].extensions?.code, q).toBe('FORBIDDEN');
  });

  it('gives the practice manager nothing on the own path: they are not a provider', async () => {
    const pm = await env.as('practice-manager@demo.test');
    expect(expectNoErrors(await pm.gql('{ myProductivity(year: 2023) { projectedPay plan { baseSalary } } }')).myProductivity).toBeNull();
  });

  it('shows a provider their own plan, targets and pay, unaudited, and never another provider’s', async () => {
    const mine = expectNoErrors(
      await provider.gql(
        '{ myProductivity(year: 2023) { providerId projectedPay payPerWrvu plan { model baseSalary } target { wrvuHundredths } wrvuHundredths { actual } months { key } } }',
      ),
    ).myProductivity;
    expect(mine).toMatchObject({
      providerId: id.ruiz,
      projectedPay: 200_000_00,
      payPerWrvu: 50_00,
      plan: { model: 'SALARY_PLUS_PRODUCTIVITY', baseSalary: 180_000_00 },
      target: { wrvuHundredths: 4_800_00 },
    });
    expect(
      (await provider.gql(`{ providerProductivity(providerId: "${id.whitaker}", year: 2023) { projectedPay } }`)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const reads = await env.orm.em
      .fork()
      .find(AuditEntry, { action: AuditAction.READ, actorRole: 'PROVIDER' as never }, { filters: false });
    expect(reads).toEqual([]);
  });

  it('audits every read of someone else’s plan and pay', async () => {
    const result = await admin.gql(
      '{ productivity(year: 2023) { providers { providerId projectedPay plan { baseSalary } target { visits } } } }',
    );
    expectNoErrors(result);
    const correlationId = result.headers.get('x-correlation-id')!;
    const reads = await env.orm.em
      .fork()
      .find(AuditEntry, { action: AuditAction.READ, correlationId, entityId: { $in: [id.ruiz, planId[id.ruiz]] } }, { filters: false });
    expect(reads.map((r) => [r.entityName, r.entityId, r.after]).sort()).toEqual(
      [
        ['ProviderPay', id.ruiz, { fields: ['projectedPay'] }],
        ['ProviderPlan', planId[id.ruiz], { fields: ['baseSalary'] }],
      ].sort(),
    );
  });

  it('keeps each practice to its own providers', async () => {
    const owner = await env.as('owner@demo.test');
    const report = expectNoErrors(await owner.gql('{ productivity(year: 2023) { providers { provider { fullName } } } }')).productivity;
    expect(report.providers.map((p: any) => p.provider.fullName)).toEqual(['Hannah Brooks']);
    expect(
      (await owner.gql(`{ providerProductivity(providerId: "${id.ruiz}", year: 2023) { visits { actual } } }`)).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('the demo practice', () => {
  it('has a year of visits for every provider, a plan of each model and targets', async () => {
    const year = todayAsDate().getUTCFullYear();
    const stats = expectNoErrors(await admin.gql('{ encounterStats { encounters procedureCodes firstDateOfService } }')).encounterStats;
    expect(stats.encounters).toBeGreaterThan(30_000);
    expect(stats.procedureCodes).toBeGreaterThan(40);
    expect(stats.firstDateOfService <= addDays(today(), -360)).toBe(true);
    const plans = expectNoErrors(await admin.gql(`{ providerPlans(year: ${year}) { model } productivityTargets(year: ${year}) { id } }`));
    expect(plans.providerPlans).toHaveLength(13);
    expect(plans.productivityTargets).toHaveLength(13);
    expect(new Set(plans.providerPlans.map((p: any) => p.model))).toEqual(
      new Set(['SALARY', 'PRODUCTIVITY', 'SALARY_PLUS_PRODUCTIVITY', 'COLLECTIONS_PERCENT']),
    );
  });
});
