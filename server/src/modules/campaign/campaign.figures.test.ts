import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { refDays, refDecimal, refRound } from '../../test/reference';
import { measuresOf, pacingOf } from './campaign.service';

/** Every campaign figure against the published definitions, computed here without core/exact. */
const count = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 0, max: 1_000_000 }));
const cents = fc.oneof(fc.constantFrom(0, 1, -1, 5_000), fc.integer({ min: -1e9, max: 1e12 }), fc.maxSafeInteger());

describe('campaign measures', () => {
  it('conversion, cost per lead and new patient, ROI and days to first visit match their definitions', () => {
    fc.assert(
      fc.property(
        count,
        count,
        count,
        cents,
        cents,
        fc.integer({ min: 0, max: 1e9 }),
        (leads, scheduled, newPatients, spend, revenue, days) => {
          const m = measuresOf('k', 'k', { spend, committed: 0, leads, scheduled, newPatients, lost: 0, daysToFirstVisit: days, revenue });
          expect(m.leadToScheduled).toBe(refDecimal(scheduled, leads, 4));
          expect(m.scheduledToNewPatient).toBe(refDecimal(newPatients, scheduled, 4));
          expect(m.leadToNewPatient).toBe(refDecimal(newPatients, leads, 4));
          expect(m.costPerLead).toBe(leads === 0 ? null : Number(refRound(BigInt(spend), BigInt(leads))));
          expect(m.costPerNewPatient).toBe(newPatients === 0 ? null : Number(refRound(BigInt(spend), BigInt(newPatients))));
          // ROI = (attributed revenue − spend) ÷ spend; a revenue past 2^53 cents still compares exactly.
          expect(m.roi).toBe(refDecimal(BigInt(revenue) - BigInt(spend), spend, 4));
          expect(m.daysToFirstVisit).toBe(refDecimal(days, newPatients, 1));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('rounds a negative half away from zero: an ROI of −0.00005 shows as −0.0001', () => {
    const m = measuresOf('k', 'k', {
      spend: 20_000,
      committed: 0,
      leads: 0,
      scheduled: 0,
      newPatients: 0,
      lost: 0,
      daysToFirstVisit: 0,
      revenue: 19_999,
    });
    expect(m.roi).toBe(-0.0001);
  });
});

describe('campaign pacing (the arithmetic)', () => {
  const iso = (day: number) => new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  it('shares and pace are spend to date ÷ budget and spend to date ÷ (budget × elapsed days ÷ days), rounded once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000 }),
        fc.oneof(fc.constantFrom(0, 1, 6, 29, 364), fc.integer({ min: 0, max: 2_000 })),
        fc.integer({ min: -100, max: 3_000 }),
        fc.oneof(
          fc.constantFrom(0, 1, 7, 7_000_00),
          fc.integer({ min: 0, max: 1e12 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        ),
        cents,
        cents,
        (startDay, lengthDays, asOfOffset, budgetAmount, spend, committed) => {
          const startDate = iso(startDay);
          const endDate = iso(startDay + lengthDays);
          const asOf = iso(startDay + asOfOffset);
          const p = pacingOf({ id: 'c', startDate, endDate, budgetAmount }, spend, committed, asOf);
          const days = lengthDays + 1;
          const elapsed = Math.min(days, Math.max(0, asOfOffset + 1));
          expect(p).toEqual({
            campaignId: 'c',
            budgetAmount,
            spend,
            committed,
            days,
            elapsedDays: elapsed,
            spentShare: refDecimal(spend, budgetAmount, 4) ?? 0,
            elapsedShare: refDecimal(elapsed, days, 4),
            pace:
              elapsed === 0 || budgetAmount === 0
                ? null
                : refDecimal(BigInt(spend) * BigInt(days), BigInt(budgetAmount) * BigInt(elapsed), 2),
          });
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('campaign pacing (SQL on this database)', () => {
  let env: TestEnv;
  let pm: ApiClient;
  const TODAY = process.env.PRAXIS_TODAY!;
  const SAVE = 'mutation ($input: CampaignInput!) { saveCampaign(input: $input) { campaign { id } } }';
  const STATUS = 'mutation ($id: ID!) { setCampaignStatus(id: $id, status: ACTIVE) { id } }';
  const SPEND = 'mutation ($input: SpendInput!) { addCampaignSpend(input: $input) { id } }';
  const PACING =
    'query ($id: ID!) { campaign(id: $id) { pacing { budgetAmount spend committed days elapsedDays spentShare elapsedShare pace } } }';

  beforeAll(async () => {
    env = await createTestEnv();
    pm = await env.as('practice-manager@demo.test');
  });
  afterAll(() => env?.close());

  const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  let code = 0;

  it('counts spend up to today as spent, later spend as committed, and paces spend ÷ (budget × elapsed share)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -60, max: 5 }),
        fc.integer({ min: 0, max: 120 }),
        fc.oneof(fc.constantFrom(0, 1, 3, 7), fc.integer({ min: 0, max: 1e11 })),
        fc.array(fc.tuple(fc.integer({ min: -10, max: 40 }), fc.oneof(fc.constantFrom(1, -1, 3), fc.integer({ min: -1e6, max: 1e10 }))), {
          maxLength: 4,
        }),
        async (startOffset, lengthDays, budgetAmount, spends) => {
          const startDate = addDays(TODAY, startOffset);
          const endDate = addDays(startDate, lengthDays);
          code++;
          const id = expectNoErrors(
            await pm.gql(SAVE, {
              input: { name: `Pace ${code}`, channel: 'SEARCH_ADS', startDate, endDate, budgetAmount, trackingCode: `PACE${code}` },
            }),
          ).saveCampaign.campaign.id;
          expectNoErrors(await pm.gql(STATUS, { id }));
          let spent = 0n;
          let committed = 0n;
          for (const [offset, amount] of spends) {
            if (amount === 0) continue;
            const date = addDays(TODAY, offset - 5);
            expectNoErrors(await pm.gql(SPEND, { input: { campaignId: id, date, amount } }));
            if (date <= TODAY) spent += BigInt(amount);
            else committed += BigInt(amount);
          }
          const pacing = expectNoErrors(await pm.gql(PACING, { id })).campaign.pacing;
          const length = refDays(startDate, endDate) + 1;
          const elapsed = Math.min(length, Math.max(0, refDays(startDate, TODAY) + 1));
          expect(pacing).toEqual({
            budgetAmount,
            spend: Number(spent),
            committed: Number(committed),
            days: length,
            elapsedDays: elapsed,
            spentShare: refDecimal(spent, budgetAmount, 4) ?? 0,
            elapsedShare: refDecimal(elapsed, length, 4),
            pace:
              elapsed === 0 || budgetAmount === 0 ? null : refDecimal(spent * BigInt(length), BigInt(budgetAmount) * BigInt(elapsed), 2),
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('does not round the elapsed share before dividing: day 3 of 7 with 3/7 of the budget spent is on pace', async () => {
    const startDate = addDays(TODAY, -2);
    const id = expectNoErrors(
      await pm.gql(SAVE, {
        input: {
          name: 'Exact pace',
          channel: 'SEARCH_ADS',
          startDate,
          endDate: addDays(startDate, 6),
          budgetAmount: 7_000_00,
          trackingCode: 'EXACTPACE',
        },
      }),
    ).saveCampaign.campaign.id;
    expectNoErrors(await pm.gql(STATUS, { id }));
    expectNoErrors(await pm.gql(SPEND, { input: { campaignId: id, date: TODAY, amount: 3_000_00 } }));
    expectNoErrors(await pm.gql(SPEND, { input: { campaignId: id, date: addDays(TODAY, 1), amount: 2_500_00 } }));
    const pacing = expectNoErrors(await pm.gql(PACING, { id })).campaign.pacing;
    expect(pacing).toMatchObject({ spend: 3_000_00, committed: 2_500_00, elapsedShare: 0.4286, pace: 1 });
  });

  it('counts only spend dated up to today in every campaign measure; later spend is committed, in no cost or ROI', async () => {
    const MEASURES = 'query ($by: MeasureGrouping!) { campaignMeasures(groupBy: $by) { key spend committed costPerLead roi } }';
    const startDate = addDays(TODAY, -10);
    const id = expectNoErrors(
      await pm.gql(SAVE, {
        input: {
          name: 'Future spend',
          channel: 'RADIO',
          startDate,
          endDate: addDays(startDate, 40),
          budgetAmount: 10_000_00,
          trackingCode: 'FUTURESPEND',
        },
      }),
    ).saveCampaign.campaign.id;
    expectNoErrors(await pm.gql(STATUS, { id }));
    const before = expectNoErrors(await pm.gql(MEASURES, { by: 'CHANNEL' })).campaignMeasures.find((m: any) => m.key === 'RADIO');
    expectNoErrors(await pm.gql(SPEND, { input: { campaignId: id, date: addDays(TODAY, -3), amount: 1_000_00 } }));
    expectNoErrors(await pm.gql(SPEND, { input: { campaignId: id, date: TODAY, amount: 500_00 } }));
    expectNoErrors(await pm.gql(SPEND, { input: { campaignId: id, date: addDays(TODAY, 1), amount: 4_000_00 } }));
    expectNoErrors(await pm.gql(SPEND, { input: { campaignId: id, date: addDays(TODAY, 20), amount: 2_000_00 } }));

    const byCampaign = expectNoErrors(await pm.gql(MEASURES, { by: 'CAMPAIGN' })).campaignMeasures.find((m: any) => m.key === id);
    // No leads and no revenue yet: ROI is (0 − spend to date) ÷ spend to date, whatever is committed.
    expect(byCampaign).toEqual({ key: id, spend: 1_500_00, committed: 6_000_00, costPerLead: null, roi: -1 });
    const byChannel = expectNoErrors(await pm.gql(MEASURES, { by: 'CHANNEL' })).campaignMeasures.find((m: any) => m.key === 'RADIO');
    expect(byChannel.spend - (before?.spend ?? 0)).toBe(1_500_00);
    expect(byChannel.committed - (before?.committed ?? 0)).toBe(6_000_00);
    const pacing = expectNoErrors(await pm.gql(PACING, { id })).campaign.pacing;
    expect(pacing).toMatchObject({ spend: 1_500_00, committed: 6_000_00 });
    // By month: a month after today's holds committed spend only.
    const byMonth = expectNoErrors(await pm.gql(MEASURES, { by: 'MONTH' })).campaignMeasures;
    for (const m of byMonth) if (m.key > TODAY.slice(0, 7)) expect(m.spend).toBe(0);
    expect(byMonth.reduce((s: number, m: any) => s + m.committed, 0)).toBeGreaterThanOrEqual(6_000_00);
  });
});
