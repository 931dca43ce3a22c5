import { todayAsDate } from '../../core/dates';
import type { EntityManager } from '@mikro-orm/core';
import type { Organization } from '../../core/organization.entity';
import type { DemoSeed } from '../../core/module';
import { Assignment, StaffCategory, isProvider } from '../orgchart/orgchart.entity';
import { seededRandom } from '../../core/random';
import { CompensationCycle, CompensationRecord, PayBasis, PayChangeReason, Proposal, SalaryBand } from './compensation.entity';
import { HOURS_PER_YEAR, compaBandOf, compaRatio, defaultGuidelines, fullTimeAnnual, guidelineFor } from './pay';

const S = StaffCategory;
/** Annual full-time bands in dollars (min, mid, max): by title where it matters, else by category. */
const BY_TITLE: [RegExp, [number, number, number]][] = [
  [/administrator/i, [140_000, 165_000, 190_000]],
  [/practice manager/i, [90_000, 105_000, 120_000]],
  [/medical director|owner/i, [270_000, 310_000, 350_000]],
  [/registered nurse|\bRN\b|nurse(?! practitioner| midwife)/i, [64_000, 74_000, 84_000]],
  [/billing specialist|coder/i, [42_000, 48_000, 54_000]],
];
const BY_CATEGORY: Record<StaffCategory, [number, number, number]> = {
  [S.PHYSICIAN]: [230_000, 265_000, 300_000],
  [S.NURSE_PRACTITIONER]: [110_000, 124_000, 138_000],
  [S.PHYSICIAN_ASSISTANT]: [108_000, 121_000, 134_000],
  [S.NURSE_MIDWIFE]: [114_000, 127_000, 140_000],
  [S.CLINICAL_STAFF]: [37_000, 42_000, 47_000],
  [S.ADMINISTRATIVE_STAFF]: [36_000, 42_000, 48_000],
  [S.MANAGEMENT]: [68_000, 80_000, 92_000],
};
const hourly = (c: StaffCategory) => c === S.CLINICAL_STAFF || c === S.ADMINISTRATIVE_STAFF;

/**
 * Bands for every job, a pay history for everyone (hire, then yearly merit), and an open merit
 * cycle effective next 1 January with a few proposals made and most still to do.
 */
export function seedCompensationDemo({ em, riverside }: DemoSeed): Promise<void> {
  return seedPay(em, riverside);
}

async function seedPay(em: EntityManager, org: Organization, now = todayAsDate(org.timeZone)): Promise<void> {
  const random = seededRandom(11);
  const assignments = await em.find(
    Assignment,
    { organization: org, endDate: null },
    { filters: false, populate: ['employee', 'position'], orderBy: { startDate: 'asc' } },
  );
  const bands = new Map<string, SalaryBand>();
  for (const { position } of assignments) {
    if (bands.has(position.title)) continue;
    const [min, mid, max] = BY_TITLE.find(([re]) => re.test(position.title))?.[1] ?? BY_CATEGORY[position.category];
    bands.set(
      position.title,
      em.create(SalaryBand, {
        organization: org,
        job: position.title,
        category: position.category,
        minimum: min * 100,
        midpoint: mid * 100,
        maximum: max * 100,
      }),
    );
  }
  const administrator = assignments.find((a) => /administrator/i.test(a.position.title))?.employee.user ?? null;
  const year = now.getUTCFullYear();
  const cycle = em.create(CompensationCycle, {
    organization: org,
    name: `${year + 1} merit cycle`,
    effectiveDate: `${year + 1}-01-01`,
    eligibleHiredBy: `${year}-09-30`,
    includeProviders: true,
    poolBps: 350,
    guidelines: defaultGuidelines(),
  });
  assignments.forEach(({ employee, position }, i) => {
    const band = bands.get(position.title)!;
    // Most people sit around the midpoint; every ninth is low in the band and one is above it.
    const spread = i === 5 ? 1.19 : i % 9 === 4 ? 0.86 : 0.93 + random() * 0.14;
    const fullTime = Math.round((band.midpoint * spread) / 100) * 100;
    const payBasis = hourly(employee.category) ? PayBasis.HOURLY : PayBasis.SALARY;
    const rate = payBasis === PayBasis.HOURLY ? Math.round(fullTime / HOURS_PER_YEAR) : fullTime;
    const terms = {
      organization: org,
      employee,
      payBasis,
      fteHundredths: employee.fteHundredths,
      bonusTargetBps: isProvider(employee.category) || employee.category === S.MANAGEMENT ? 1_000 : 0,
      benefitsLoadBps: isProvider(employee.category) ? 2_000 : 2_400,
    };
    const lastMerit = `${year}-01-01`;
    if (employee.hireDate < `${year - 1}-07-01`) {
      em.create(CompensationRecord, {
        ...terms,
        effectiveFrom: employee.hireDate,
        rate: Math.round(rate / 1.03),
        reason: PayChangeReason.HIRE,
      });
      em.create(CompensationRecord, { ...terms, effectiveFrom: lastMerit, rate, reason: PayChangeReason.MERIT });
    } else {
      em.create(CompensationRecord, { ...terms, effectiveFrom: employee.hireDate, rate, reason: PayChangeReason.HIRE });
    }
    if (employee.hireDate > cycle.eligibleHiredBy || employee.endDate) return;
    const proposal = em.create(Proposal, {
      organization: org,
      cycle,
      employee,
      provider: isProvider(employee.category),
      payBasis,
      rate,
      fteHundredths: employee.fteHundredths,
      benefitsLoadBps: terms.benefitsLoadBps,
      bandMidpoint: band.midpoint,
    });
    // The administrator has rated and proposed for the managers, inside the guideline; staff are still to do.
    if (employee.category === S.MANAGEMENT && !/administrator/i.test(position.title) && administrator) {
      const guideline = guidelineFor(cycle.guidelines, 4, compaBandOf(compaRatio(fullTimeAnnual({ payBasis, rate }), band.midpoint)))!;
      const meritBps = Math.round((guideline.minBps + guideline.maxBps) / 50) * 25;
      Object.assign(proposal, { rating: 4, meritBps, proposedBy: administrator, proposedAt: now });
    }
  });
}
