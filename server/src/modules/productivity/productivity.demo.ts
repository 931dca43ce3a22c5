import { todayAsDate } from '../../core/dates';
import type { EntityManager } from '@mikro-orm/knex';
import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import { raw } from '@mikro-orm/core';
import type { Organization } from '../../core/organization.entity';
import type { DemoSeed } from '../../core/module';
import { Assignment, isProvider } from '../orgchart/orgchart.entity';
import { ServiceLine, Encounter, Collection } from '../encounter/encounter.entity';
import { seedEncounterDemo, type DemoProvider, type Practice } from '../encounter/encounter.demo';
import { PlanModel, ProductivityTarget, ProviderPlan } from './productivity.entity';
import { annualize } from './projection';

const M = PlanModel;

interface Profile {
  practice: Practice;
  visitsPerDay: number;
  daysPerWeek: number;
  acuity: number;
  collectionRate: number;
  /** Target as a multiple of the provider's pace: above 1 puts them behind target. */
  stretch: number;
  plan: [model: PlanModel, base: number, thresholdWrvu: number, ratePerWrvu: number, collectionsPercent: number, bonus: number];
}

/** Riverside's providers by last name: how they practise, their target's stretch and their plan (dollars). */
const PROFILES: Record<string, Profile> = {
  Kline: {
    practice: 'FAMILY',
    visitsPerDay: 16,
    daysPerWeek: 3,
    acuity: 1.1,
    collectionRate: 0.56,
    stretch: 1.0,
    plan: [M.SALARY, 290_000, 0, 0, 0, 15_000],
  },
  Ruiz: {
    practice: 'PEDIATRICS',
    visitsPerDay: 20,
    daysPerWeek: 5,
    acuity: 1.05,
    collectionRate: 0.52,
    stretch: 0.94,
    plan: [M.SALARY_PLUS_PRODUCTIVITY, 195_000, 5_400, 47, 0, 7_500],
  },
  Whitaker: {
    practice: 'PEDIATRICS',
    visitsPerDay: 17,
    daysPerWeek: 5,
    acuity: 0.95,
    collectionRate: 0.5,
    stretch: 1.12,
    plan: [M.PRODUCTIVITY, 0, 0, 50, 0, 5_000],
  },
  Rahman: {
    practice: 'FAMILY',
    visitsPerDay: 18,
    daysPerWeek: 5,
    acuity: 1.1,
    collectionRate: 0.55,
    stretch: 0.92,
    plan: [M.SALARY_PLUS_PRODUCTIVITY, 205_000, 5_600, 48, 0, 10_000],
  },
  Chen: {
    practice: 'FAMILY',
    visitsPerDay: 16,
    daysPerWeek: 5,
    acuity: 0.95,
    collectionRate: 0.5,
    stretch: 1.15,
    plan: [M.COLLECTIONS_PERCENT, 0, 0, 0, 46, 0],
  },
  Lindqvist: {
    practice: 'FAMILY',
    visitsPerDay: 19,
    daysPerWeek: 4,
    acuity: 1.0,
    collectionRate: 0.54,
    stretch: 0.97,
    plan: [M.SALARY_PLUS_PRODUCTIVITY, 175_000, 4_400, 46, 0, 5_000],
  },
  Osei: {
    practice: 'FAMILY',
    visitsPerDay: 16,
    daysPerWeek: 5,
    acuity: 0.9,
    collectionRate: 0.52,
    stretch: 1.09,
    plan: [M.PRODUCTIVITY, 0, 0, 52, 0, 7_500],
  },
  Bennett: {
    practice: 'FAMILY',
    visitsPerDay: 19,
    daysPerWeek: 5,
    acuity: 1.05,
    collectionRate: 0.56,
    stretch: 0.9,
    plan: [M.SALARY_PLUS_PRODUCTIVITY, 200_000, 5_600, 48, 0, 10_000],
  },
  Torres: {
    practice: 'APP',
    visitsPerDay: 15,
    daysPerWeek: 5,
    acuity: 1.0,
    collectionRate: 0.52,
    stretch: 0.95,
    plan: [M.SALARY, 124_000, 0, 0, 0, 3_000],
  },
  Park: {
    practice: 'APP',
    visitsPerDay: 13,
    daysPerWeek: 5,
    acuity: 0.9,
    collectionRate: 0.5,
    stretch: 1.12,
    plan: [M.SALARY_PLUS_PRODUCTIVITY, 112_000, 3_500, 38, 0, 0],
  },
  Adeyemi: {
    practice: 'APP',
    visitsPerDay: 15,
    daysPerWeek: 5,
    acuity: 1.0,
    collectionRate: 0.53,
    stretch: 0.96,
    plan: [M.PRODUCTIVITY, 0, 0, 32, 0, 4_000],
  },
  Sullivan: {
    practice: 'APP',
    visitsPerDay: 12,
    daysPerWeek: 5,
    acuity: 0.9,
    collectionRate: 0.48,
    stretch: 1.18,
    plan: [M.COLLECTIONS_PERCENT, 0, 0, 0, 38, 0],
  },
  Moreau: {
    practice: 'MIDWIFE',
    visitsPerDay: 11,
    daysPerWeek: 5,
    acuity: 1.0,
    collectionRate: 0.55,
    stretch: 0.98,
    plan: [M.SALARY, 122_000, 0, 0, 0, 4_000],
  },
};

const roundTo = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);

/**
 * A year of encounters for every Riverside provider, a plan of each model for this year, and
 * targets set around each provider's pace: some ahead, some behind.
 */
export function seedProductivityDemo({ em, riverside }: DemoSeed): Promise<void> {
  return seedProviders(em, riverside);
}

async function seedProviders(emCore: CoreEntityManager, org: Organization, now = todayAsDate(org.timeZone)): Promise<void> {
  // A fork of its own: the demo's earlier entities need no second look when this part flushes.
  const em = emCore.fork({ clear: true }) as EntityManager;
  const assignments = await em.find(
    Assignment,
    { organization: org, endDate: null },
    { filters: false, populate: ['employee', 'position'] },
  );
  const providers = assignments.filter((a) => isProvider(a.employee.category) && PROFILES[a.employee.lastName]);
  const demo: DemoProvider[] = providers.map(({ employee, position }) => {
    const p = PROFILES[employee.lastName];
    return {
      providerId: employee.id,
      locationId: position.location?.id ?? null,
      practice: p.practice,
      visitsPerDay: p.visitsPerDay,
      daysPerWeek: p.daysPerWeek,
      acuity: p.acuity,
      collectionRate: p.collectionRate,
    };
  });
  await seedEncounterDemo(em, org, demo, now);

  // This year's pace per provider, summed by the database.
  const year = now.getUTCFullYear();
  const from = `${year}-01-01`;
  const daysElapsed = Math.round((Date.parse(now.toISOString().slice(0, 10)) - Date.parse(from)) / 86_400_000) + 1;
  const pace = { wrvuHundredths: 0, collections: 0, daysElapsed, daysInYear: year % 4 === 0 ? 366 : 365 };
  type Row = { provider_id: string; total: unknown; days?: unknown };
  const sums = async (entity: typeof ServiceLine | typeof Encounter | typeof Collection, column: string, dateColumn: string, extra = '') =>
    new Map(
      (
        (await em
          .createQueryBuilder(entity as typeof ServiceLine, 'x')
          .select(['x.provider_id', raw(`${column} as total`), ...(extra ? [raw(extra)] : [])])
          .where({ organization: org.id, [dateColumn]: { $gte: from } })
          .groupBy('x.provider_id')
          .execute('all', false)) as Row[]
      ).map((r) => [r.provider_id, r]),
    );
  const [wrvu, charges, visits, collections] = await Promise.all([
    sums(ServiceLine, 'sum(x.wrvu_hundredths)', 'dateOfService'),
    sums(ServiceLine, 'sum(x.charge)', 'dateOfService'),
    sums(Encounter, 'count(*)', 'dateOfService', 'count(distinct x.date_of_service) as days'),
    sums(Collection, 'sum(x.amount)', 'postedOn'),
  ]);
  for (const { employee } of providers) {
    const p = PROFILES[employee.lastName];
    const annual = (m: Map<string, Row>) => annualize(Number(m.get(employee.id)?.total ?? 0), pace) * p.stretch;
    const v = visits.get(employee.id);
    const perDay = v ? (Number(v.total) / Number(v.days)) * 10 : 180;
    em.create(ProductivityTarget, {
      organization: org,
      provider: employee,
      year,
      patientsPerDayTenths: roundTo(perDay * p.stretch, 5),
      visits: roundTo(annual(visits), 50),
      wrvuHundredths: roundTo(annual(wrvu), 50_00),
      charges: roundTo(annual(charges), 10_000_00),
      collections: roundTo(annual(collections), 10_000_00),
    });
    const [model, base, threshold, rate, percent, bonus] = p.plan;
    em.create(ProviderPlan, {
      organization: org,
      provider: employee,
      year,
      model,
      baseSalary: base * 100,
      wrvuThresholdHundredths: threshold * 100,
      ratePerWrvu: rate * 100,
      collectionsBps: percent * 100,
      qualityBonus: bonus * 100,
    });
  }
  await em.flush();
}
