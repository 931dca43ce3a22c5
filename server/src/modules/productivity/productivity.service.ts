import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors';
import { isIsoDate } from '../../core/dates';
import { isPostgres, tenantRows } from '../../core/query';
import { Employee, PROVIDER_CATEGORIES, isProvider } from '../orgchart/orgchart.entity';
import { fiscalMonths, fiscalRange } from '../../core/fiscal';
import { Collection, Encounter, ServiceLine } from '../encounter/encounter.entity';
import { ProductivityTarget, ProviderPlan } from './productivity.entity';
import type { PlanChangeInput, ProductivityTargetInput, ProviderPlanInput, WhatIfInput } from './productivity.inputs';
import { annualize, divRound, normalizeTerms, payPerWrvu, projectedPay, termsProblem, type PlanTerms, type YearToDate } from './projection';
import type {
  CodeProductivity,
  MoneyFigure,
  MoneyQuantiles,
  MonthProductivity,
  ProductivityDistribution,
  ProductivityReport,
  ProviderProductivity,
  QuantityFigure,
  Quantiles,
  WhatIfResult,
  WhatIfRow,
} from './productivity.types';
import { viewerEmployee } from '../orgchart/orgchart.loaders';
import { requestLoader } from '../../core/loaders';
import { quotient, ratio } from '../../core/exact';
import { daysFrom } from '../../core/dates';

const DAY = 86_400_000;
const dayNumber = (iso: string) => daysFrom('1970-01-01', iso);
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const num = (v: unknown) => Number(v ?? 0);

export interface Period {
  year: number;
  month: number | null;
  from: string;
  /** Exclusive. */
  to: string;
  asOf: string;
  daysInPeriod: number;
  daysElapsed: number;
  yearFrom: string;
  yearTo: string;
  daysInYear: number;
  daysElapsedInYear: number;
}

/** The period (a fiscal year, or one calendar month of it) and how much of it lies on or before asOf. */
export function periodOf(year: number, month: number | null, fiscalYearStartMonth: number, asOf: string): Period {
  const { from: yearFrom, to: yearTo } = fiscalRange(year, fiscalYearStartMonth);
  let from = yearFrom;
  let to = yearTo;
  if (month !== null) {
    const m = fiscalMonths(year, fiscalYearStartMonth).find((x) => x.month === month)!;
    from = `${m.key}-01`;
    to = m.month === 12 ? `${m.year + 1}-01-01` : `${m.year}-${String(m.month + 1).padStart(2, '0')}-01`;
  }
  const elapsed = (a: string, b: string) => Math.max(0, Math.min(dayNumber(b) - dayNumber(a), dayNumber(asOf) - dayNumber(a) + 1));
  return {
    year,
    month,
    from,
    to,
    asOf,
    daysInPeriod: dayNumber(to) - dayNumber(from),
    daysElapsed: elapsed(from, to),
    yearFrom,
    yearTo,
    daysInYear: dayNumber(yearTo) - dayNumber(yearFrom),
    daysElapsedInYear: elapsed(yearFrom, yearTo),
  };
}

export function figure(actual: number, target: number | null, p: Period, rate = false): QuantityFigure & MoneyFigure {
  const expected =
    target === null ? null : rate ? target : Number(divRound(BigInt(target) * BigInt(p.daysElapsed), BigInt(p.daysInPeriod)));
  const projected = rate
    ? actual
    : annualize(actual, { wrvuHundredths: 0, collections: 0, daysElapsed: p.daysElapsed, daysInYear: p.daysInPeriod });
  // actual ÷ (target × elapsed ÷ days), from the exact figures: the rounded `expected` is for display only.
  const percentOfTarget =
    target === null || target === 0
      ? null
      : rate
        ? ratio(actual, target, 4)
        : p.daysElapsed === 0
          ? null
          : ratio(BigInt(actual) * BigInt(p.daysInPeriod), BigInt(target) * BigInt(p.daysElapsed), 4);
  return { actual, target, expected, percentOfTarget, projected };
}

/**
 * Linear interpolation between closest ranks (as spreadsheets' PERCENTILE.INC), rounded once to a
 * whole unit: at quarter q the rank is (n − 1) × q ÷ 4, so the value is v[lo] + r ÷ 4 × (v[lo+1] − v[lo]).
 */
export function quantiles(values: number[]): Quantiles & MoneyQuantiles {
  const v = [...values].sort((a, b) => a - b);
  const at = (quarters: number) => {
    if (!v.length) return null;
    const rank = (v.length - 1) * quarters;
    const lo = (rank - (rank % 4)) >> 2;
    const r = rank % 4;
    return quotient(4n * BigInt(v[lo]) + BigInt(r) * (BigInt(v[lo + 1] ?? v[lo]) - BigInt(v[lo])), 4);
  };
  return { count: v.length, min: at(0), p25: at(1), median: at(2), p75: at(3), max: at(4) };
}

const termsOf = (plan: ProviderPlan): PlanTerms => ({
  model: plan.model,
  baseSalary: plan.baseSalary,
  wrvuThresholdHundredths: plan.wrvuThresholdHundredths,
  ratePerWrvu: plan.ratePerWrvu,
  collectionsBps: plan.collectionsBps,
  qualityBonus: plan.qualityBonus,
});

interface Aggregates {
  visits: number;
  daysWorked: number;
  wrvu: number;
  charges: number;
  collections: number;
  yearWrvu: number;
  yearCollections: number;
}

/** Providers' months, keyed `provider|year|asOf`: one statement per period for all the providers of a request. */
const providerMonths = requestLoader<string, Map<string, MonthProductivity>>(async (ctx, keys) => {
  const service = new ProductivityService(ctx);
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [providerId, year, asOf] = key.split('|');
    groups.set(`${year}|${asOf}`, [...(groups.get(`${year}|${asOf}`) ?? []), providerId]);
  }
  const found = new Map<string, Map<string, MonthProductivity>>();
  for (const [group, ids] of groups) {
    const [year, asOf] = group.split('|');
    const byProvider = await service.monthly(ids, service.period(Number(year), null, asOf));
    for (const id of ids) found.set(`${id}|${group}`, byProvider.get(id) ?? new Map());
  }
  return keys.map((k) => found.get(k)!);
});

/** Providers' service lines by procedure code, keyed `provider|from|upTo`: one grouped statement per range. */
const providerCodes = requestLoader<string, CodeProductivity[]>(async (ctx, keys) => {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [providerId, from, upTo] = key.split('|');
    groups.set(`${from}|${upTo}`, [...(groups.get(`${from}|${upTo}`) ?? []), providerId]);
  }
  const found = new Map<string, CodeProductivity[]>();
  for (const [range, ids] of groups) {
    const [from, upTo] = range.split('|');
    type Row = { provider_id: string; procedure_code: string; lines: unknown; units: unknown; wrvu: unknown; charges: unknown };
    const rows = await tenantRows<Row>(ctx.em as EntityManager, ServiceLine, 's', (qb) =>
      qb
        .select([
          's.provider_id',
          's.procedure_code',
          raw('count(*) as lines'),
          raw('sum(s.units) as units'),
          raw('sum(s.wrvu_hundredths) as wrvu'),
          raw('sum(s.charge) as charges'),
        ])
        .where({ provider: { $in: ids }, dateOfService: { $gte: from, $lt: upTo } })
        .groupBy(['s.provider_id', 's.procedure_code']),
    );
    for (const r of rows) {
      const key = `${r.provider_id}|${range}`;
      found.set(key, [
        ...(found.get(key) ?? []),
        { code: r.procedure_code, lines: num(r.lines), units: num(r.units), wrvuHundredths: num(r.wrvu), charges: num(r.charges) },
      ]);
    }
  }
  return keys.map((k) =>
    (found.get(k) ?? []).sort((a, b) => b.wrvuHundredths - a.wrvuHundredths || b.charges - a.charges || a.code.localeCompare(b.code)),
  );
});

export class ProductivityService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  /** Every provider's productivity for the period, the group's distribution and totals: seven statements. */
  async report(year: number, month: number | null, asOf?: string | null): Promise<ProductivityReport> {
    const p = this.period(year, month, asOf);
    const providers = await this.compute(p);
    const active = providers.filter((r) => r.visits.actual > 0);
    const distribution: ProductivityDistribution = {
      wrvuHundredths: quantiles(active.map((r) => r.wrvuHundredths.actual)),
      visits: quantiles(active.map((r) => r.visits.actual)),
      patientsPerDayTenths: quantiles(active.map((r) => r.patientsPerDayTenths.actual)),
      charges: quantiles(active.map((r) => r.charges.actual)),
      collections: quantiles(active.map((r) => r.collections.actual)),
      wrvuPercentOfTargetBps: quantiles(
        active.filter((r) => r.wrvuHundredths.percentOfTarget !== null).map((r) => Math.round(r.wrvuHundredths.percentOfTarget! * 10_000)),
      ),
      payPerWrvu: quantiles(active.filter((r) => r.payPerWrvu !== null && r.payPerWrvu !== undefined).map((r) => r.payPerWrvu!)),
    };
    const sum = (f: (r: ProviderProductivity) => number) => providers.reduce((s, r) => s + f(r), 0);
    return {
      year: p.year,
      month: p.month,
      from: p.from,
      to: p.to,
      asOf: p.asOf,
      daysInPeriod: p.daysInPeriod,
      daysElapsed: p.daysElapsed,
      providers,
      distribution,
      totals: {
        providers: providers.length,
        // The same rows a client lists: a count and its list never disagree.
        belowTarget: providers.filter((r) => r.belowTarget).length,
        withTarget: providers.filter((r) => r.wrvuHundredths.percentOfTarget !== null).length,
        visits: sum((r) => r.visits.actual),
        wrvuHundredths: sum((r) => r.wrvuHundredths.actual),
        wrvuTargetHundredths: sum((r) => r.wrvuHundredths.target ?? 0),
        charges: sum((r) => r.charges.actual),
        collections: sum((r) => r.collections.actual),
        projectedPay: sum((r) => r.projectedPay ?? 0),
      },
    };
  }

  async provider(providerId: string, year: number, month: number | null, asOf?: string | null): Promise<ProviderProductivity> {
    const p = this.period(year, month, asOf);
    const [row] = await this.compute(p, providerId);
    if (!row) throw new NotFoundError('Provider', providerId);
    return row;
  }

  /** The viewer's own productivity; null when the viewer is not a provider of this practice. */
  async mine(year: number | null | undefined, month: number | null, asOf?: string | null): Promise<ProviderProductivity | null> {
    const me = await viewerEmployee(this.ctx);
    if (!me || !isProvider(me.category)) return null;
    const p = this.period(year ?? this.yearOf(asOf ?? this.ctx.today()), month, asOf);
    const [row] = await this.compute(p, me.id);
    return row ?? null;
  }

  plans(year: number): Promise<ProviderPlan[]> {
    this.checkYear(year, 'year');
    return this.em.find(ProviderPlan, { year }, { populate: ['provider'], orderBy: { provider: { lastName: 'asc', firstName: 'asc' } } });
  }

  targets(year: number): Promise<ProductivityTarget[]> {
    this.checkYear(year, 'year');
    return this.em.find(
      ProductivityTarget,
      { year },
      { populate: ['provider'], orderBy: { provider: { lastName: 'asc', firstName: 'asc' } } },
    );
  }

  async savePlan(input: ProviderPlanInput): Promise<ProviderPlan> {
    this.checkYear(input.year, 'input.year');
    const provider = await this.providerEmployee(input.providerId, 'input.providerId');
    const given: PlanTerms = {
      model: input.model,
      baseSalary: input.baseSalary ?? 0,
      wrvuThresholdHundredths: input.wrvuThresholdHundredths ?? 0,
      ratePerWrvu: input.ratePerWrvu ?? 0,
      collectionsBps: input.collectionsBps ?? 0,
      qualityBonus: input.qualityBonus ?? 0,
    };
    const problem = termsProblem(given);
    if (problem) throw new ValidationError(`input.${problem[0]}`, problem[1]);
    const plan =
      (await this.existing(ProviderPlan, input, provider, 'plan')) ??
      this.em.create(ProviderPlan, { organization: this.ctx.organizationId, provider, year: input.year, model: input.model });
    Object.assign(plan, { provider, year: input.year }, normalizeTerms(given));
    await this.em.flush();
    return plan;
  }

  async saveTarget(input: ProductivityTargetInput): Promise<ProductivityTarget> {
    this.checkYear(input.year, 'input.year');
    const provider = await this.providerEmployee(input.providerId, 'input.providerId');
    const limits: [keyof ProductivityTargetInput, number, string][] = [
      ['patientsPerDayTenths', 2_000, 'Enter patients per day from 0 to 200 (in tenths).'],
      ['visits', 100_000, 'Enter from 0 to 100,000 visits a year.'],
      ['wrvuHundredths', 10_000_000, 'Enter from 0 to 100,000 wRVUs a year (in hundredths).'],
      ['charges', 1_000_000_000_00, 'Enter charges from 0 to $1,000,000,000.'],
      ['collections', 1_000_000_000_00, 'Enter collections from 0 to $1,000,000,000.'],
    ];
    for (const [field, max, message] of limits) {
      const v = input[field] as number;
      if (!Number.isSafeInteger(v) || v < 0 || v > max) throw new ValidationError(`input.${field}`, message);
    }
    const values = {
      patientsPerDayTenths: input.patientsPerDayTenths,
      visits: input.visits,
      wrvuHundredths: input.wrvuHundredths,
      charges: input.charges,
      collections: input.collections,
    };
    const target =
      (await this.existing(ProductivityTarget, input, provider, 'target')) ??
      this.em.create(ProductivityTarget, { organization: this.ctx.organizationId, provider, year: input.year, ...values });
    Object.assign(target, { provider, year: input.year }, values);
    await this.em.flush();
    return target;
  }

  /** Projected pay under changed terms for one provider or all, next to today's: computed, never saved. */
  async whatIf(input: WhatIfInput): Promise<WhatIfResult> {
    const p = this.period(input.year, null, input.asOf);
    const rows = await this.compute(p);
    const byId = new Map(rows.map((r) => [r.providerId, r]));
    const planned = new Map<string, PlanTerms>(rows.filter((r) => r.plan).map((r) => [r.providerId, termsOf(r.plan!)]));
    const changedIds = new Set<string>();
    input.changes.forEach((change, i) => {
      const path = `input.changes.${i}`;
      for (const field of ['baseSalary', 'wrvuThresholdHundredths', 'ratePerWrvu', 'collectionsBps', 'qualityBonus'] as const) {
        const v = change[field];
        if (v !== undefined && v !== null && (!Number.isSafeInteger(v) || v < 0))
          throw new ValidationError(`${path}.${field}`, 'Enter a whole number, not negative.');
      }
      if (change.providerId && !byId.has(change.providerId))
        throw new ValidationError(`${path}.providerId`, 'No such provider in this practice.');
      const targets = change.providerId ? [change.providerId] : [...planned.keys()];
      for (const id of targets) {
        const before = planned.get(id);
        if (!before && !change.model)
          throw new ValidationError(`${path}.model`, `${byId.get(id)!.provider.fullName} has no plan for ${input.year}: choose a model.`);
        const given = {
          ...(before ?? { baseSalary: 0, wrvuThresholdHundredths: 0, ratePerWrvu: 0, collectionsBps: 0, qualityBonus: 0 }),
          ...defined(change),
          model: change.model ?? before!.model,
        } as PlanTerms;
        const problem = termsProblem(given);
        if (problem) throw new ValidationError(`${path}.${problem[0]}`, `${byId.get(id)!.provider.fullName}: ${problem[1]}`);
        planned.set(id, normalizeTerms(given));
        changedIds.add(id);
      }
    });
    const providers: WhatIfRow[] = rows.map((r) => {
      const ytd = this.yearToDate(r, p);
      const current = r.plan ? normalizeTerms(termsOf(r.plan)) : null;
      const next = planned.get(r.providerId) ?? null;
      const currentPay = current ? projectedPay(current, ytd) : null;
      const whatIfPay = next ? projectedPay(next, ytd) : null;
      return {
        providerId: r.providerId,
        provider: r.provider,
        annualizedWrvuHundredths: r.annualizedWrvuHundredths,
        annualizedCollections: r.annualizedCollections,
        current,
        whatIf: next,
        currentPay,
        whatIfPay,
        difference: (whatIfPay ?? 0) - (currentPay ?? 0),
        currentPayPerWrvu: currentPay === null ? null : payPerWrvu(currentPay, ytd),
        whatIfPayPerWrvu: whatIfPay === null ? null : payPerWrvu(whatIfPay, ytd),
        changed: changedIds.has(r.providerId),
      };
    });
    const currentTotal = providers.reduce((s, r) => s + (r.currentPay ?? 0), 0);
    const whatIfTotal = providers.reduce((s, r) => s + (r.whatIfPay ?? 0), 0);
    return { year: p.year, asOf: p.asOf, providers, currentTotal, whatIfTotal, difference: whatIfTotal - currentTotal };
  }

  /** A provider's twelve months (to the as-of date), batched across the providers of one request. */
  async months(row: ProviderProductivity): Promise<MonthProductivity[]> {
    const actuals = await providerMonths(this.ctx).load(`${row.providerId}|${row.year}|${row.asOf}`);
    const t = row.target;
    const twelfth = (v: number | undefined) => (t ? Number(divRound(BigInt(v!), 12n)) : null);
    return fiscalMonths(row.year, this.fiscalStart()).map((m) => {
      const a = actuals.get(m.key);
      return {
        key: m.key,
        visits: a?.visits ?? 0,
        daysWorked: a?.daysWorked ?? 0,
        wrvuHundredths: a?.wrvuHundredths ?? 0,
        charges: a?.charges ?? 0,
        collections: a?.collections ?? 0,
        visitsTarget: twelfth(t?.visits),
        wrvuTargetHundredths: twelfth(t?.wrvuHundredths),
        chargesTarget: twelfth(t?.charges),
        collectionsTarget: twelfth(t?.collections),
      };
    });
  }

  /** The period's service lines by procedure code, most wRVUs first; one grouped statement for all providers of a request. */
  async codes(row: ProviderProductivity): Promise<CodeProductivity[]> {
    const upTo = row.asOf < row.to ? addDays(row.asOf, 1) : row.to;
    return providerCodes(this.ctx).load(`${row.providerId}|${row.from}|${upTo}`);
  }

  // ---------------------------------------------------------------------------------------------

  period(year: number, month: number | null | undefined, asOf?: string | null): Period {
    this.checkYear(year, 'year');
    if (month !== null && month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12))
      throw new ValidationError('month', 'Choose a month from 1 to 12.');
    const date = asOf ?? this.ctx.today();
    if (!isIsoDate(date)) throw new ValidationError('asOf', 'Enter a date as YYYY-MM-DD.');
    return periodOf(year, month ?? null, this.fiscalStart(), date);
  }

  private fiscalStart(): number {
    return this.ctx.membership?.organization.fiscalYearStartMonth ?? 1;
  }

  /** The fiscal year a date falls in (named by the calendar year it starts in). */
  private yearOf(date: string): number {
    const [y, m] = date.split('-').map(Number);
    return m >= this.fiscalStart() ? y : y - 1;
  }

  private checkYear(year: number, field: string) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ValidationError(field, 'Choose a year from 2000 to 2100.');
  }

  private async providerEmployee(id: string, field: string): Promise<Employee> {
    const employee = await this.em.findOne(Employee, { id });
    if (!employee) throw new ValidationError(field, 'No such person in this practice.');
    if (!isProvider(employee.category))
      throw new ValidationError(
        field,
        `${employee.fullName} is not a provider: plans and targets are for physicians, NPs, PAs and midwives.`,
      );
    return employee;
  }

  /** The record to update (checked against the expected version), or null to create one. */
  private async existing<T extends ProviderPlan | ProductivityTarget>(
    entity: new () => T,
    input: { id?: string; expectedVersion?: number; year: number },
    provider: Employee,
    what: string,
  ): Promise<T | null> {
    const em = this.em as unknown as {
      findOne(e: unknown, where: unknown): Promise<T | null>;
      count(e: unknown, where: unknown): Promise<number>;
    };
    if (input.id) {
      const found = await em.findOne(entity, { id: input.id });
      if (!found) throw new NotFoundError(what === 'plan' ? 'Provider plan' : 'Productivity target', input.id);
      if (input.expectedVersion !== found.version)
        throw new ConflictError(`Someone else changed this ${what} since you opened it.`, { version: found.version });
      if (found.provider.id !== provider.id || found.year !== input.year) {
        const clash = await em.count(entity, { provider: provider.id, year: input.year, id: { $ne: found.id } });
        if (clash) throw new ValidationError('input.year', `${provider.fullName} already has a ${what} for ${input.year}.`);
      }
      return found;
    }
    const clash = await em.findOne(entity, { provider: provider.id, year: input.year });
    if (clash)
      throw new ConflictError(`${provider.fullName} already has a ${what} for ${input.year}; edit it instead.`, {
        id: clash.id,
        version: clash.version,
      });
    return null;
  }

  private yearToDate(r: ProviderProductivity & { yearWrvu?: number; yearCollections?: number }, p: Period): YearToDate {
    return {
      wrvuHundredths: r.yearWrvu ?? 0,
      collections: r.yearCollections ?? 0,
      daysElapsed: p.daysElapsedInYear,
      daysInYear: p.daysInYear,
    };
  }

  /**
   * The grouped statements: service lines (wRVUs, charges), encounters (visits, days worked) and
   * collections per provider over the year up to asOf, with the period's share in CASE sums;
   * then providers, plans and targets. The count does not depend on the number of encounters.
   */
  private async compute(
    p: Period,
    onlyProvider?: string,
  ): Promise<(ProviderProductivity & { yearWrvu: number; yearCollections: number })[]> {
    const yearUpTo = p.asOf < p.yearTo ? addDays(p.asOf, 1) : p.yearTo;
    const periodUpTo = p.asOf < p.to ? addDays(p.asOf, 1) : p.to;
    const inPeriod = (column: string) => `${column} >= ? and ${column} < ?`;
    const bounds = [p.from, periodUpTo];
    const who = onlyProvider ? { provider: onlyProvider } : {};
    type LineRow = { provider_id: string; year_wrvu: unknown; wrvu: unknown; charges: unknown };
    type VisitRow = { provider_id: string; visits: unknown; days: unknown };
    type CollectionRow = { provider_id: string; year_collections: unknown; collections: unknown };
    const [lines, visits, collections, employees, plans, targets] = await Promise.all([
      tenantRows<LineRow>(this.em, ServiceLine, 's', (qb) =>
        qb
          .select([
            's.provider_id',
            raw('sum(s.wrvu_hundredths) as year_wrvu'),
            raw(`sum(case when ${inPeriod('s.date_of_service')} then s.wrvu_hundredths else 0 end) as wrvu`, bounds),
            raw(`sum(case when ${inPeriod('s.date_of_service')} then s.charge else 0 end) as charges`, bounds),
          ])
          .where({ dateOfService: { $gte: p.yearFrom, $lt: yearUpTo }, ...who })
          .groupBy('s.provider_id'),
      ),
      tenantRows<VisitRow>(this.em, Encounter, 'e', (qb) =>
        qb
          .select(['e.provider_id', raw('count(*) as visits'), raw('count(distinct e.date_of_service) as days')])
          .where({ dateOfService: { $gte: p.from, $lt: periodUpTo }, ...who })
          .groupBy('e.provider_id'),
      ),
      tenantRows<CollectionRow>(this.em, Collection, 'c', (qb) =>
        qb
          .select([
            'c.provider_id',
            raw('sum(c.amount) as year_collections'),
            raw(`sum(case when ${inPeriod('c.posted_on')} then c.amount else 0 end) as collections`, bounds),
          ])
          .where({ postedOn: { $gte: p.yearFrom, $lt: yearUpTo }, ...who })
          .groupBy('c.provider_id'),
      ),
      this.em.find(
        Employee,
        { category: { $in: PROVIDER_CATEGORIES }, ...(onlyProvider ? { id: onlyProvider } : {}) },
        { orderBy: { lastName: 'asc', firstName: 'asc' } },
      ),
      this.em.find(ProviderPlan, { year: p.year, ...who }),
      this.em.find(ProductivityTarget, { year: p.year, ...who }),
    ]);
    const agg = new Map<string, Aggregates>();
    const of = (id: string) => {
      let a = agg.get(id);
      if (!a) agg.set(id, (a = { visits: 0, daysWorked: 0, wrvu: 0, charges: 0, collections: 0, yearWrvu: 0, yearCollections: 0 }));
      return a;
    };
    for (const r of lines) Object.assign(of(r.provider_id), { yearWrvu: num(r.year_wrvu), wrvu: num(r.wrvu), charges: num(r.charges) });
    for (const r of visits) Object.assign(of(r.provider_id), { visits: num(r.visits), daysWorked: num(r.days) });
    for (const r of collections)
      Object.assign(of(r.provider_id), { yearCollections: num(r.year_collections), collections: num(r.collections) });
    const planOf = new Map(plans.map((x) => [x.provider.id, x]));
    const targetOf = new Map(targets.map((x) => [x.provider.id, x]));
    const employedInPeriod = (e: Employee) => e.hireDate < p.to && (!e.endDate || e.endDate >= p.from);

    return employees
      .filter((e) => onlyProvider || employedInPeriod(e) || agg.has(e.id) || planOf.has(e.id) || targetOf.has(e.id))
      .map((e) => {
        const a = agg.get(e.id) ?? of(e.id);
        const plan = planOf.get(e.id) ?? null;
        const target = targetOf.get(e.id) ?? null;
        const share = (v: number | undefined) => (target ? (p.month ? Number(divRound(BigInt(v!), 12n)) : v!) : null);
        const perDay = a.daysWorked ? Number(divRound(BigInt(a.visits) * 10n, BigInt(a.daysWorked))) : 0;
        const ytd: YearToDate = {
          wrvuHundredths: a.yearWrvu,
          collections: a.yearCollections,
          daysElapsed: p.daysElapsedInYear,
          daysInYear: p.daysInYear,
        };
        const pay = plan ? projectedPay(normalizeTerms(termsOf(plan)), ytd) : null;
        const wrvu = figure(a.wrvu, share(target?.wrvuHundredths), p);
        return {
          providerId: e.id,
          provider: e,
          year: p.year,
          month: p.month,
          asOf: p.asOf,
          from: p.from,
          to: p.to,
          daysInPeriod: p.daysInPeriod,
          daysElapsed: p.daysElapsed,
          visits: figure(a.visits, share(target?.visits), p),
          daysWorked: a.daysWorked,
          patientsPerDayTenths: figure(perDay, target ? target.patientsPerDayTenths : null, p, true),
          wrvuHundredths: wrvu,
          charges: figure(a.charges, share(target?.charges), p),
          collections: figure(a.collections, share(target?.collections), p),
          belowTarget: wrvu.percentOfTarget !== null && wrvu.percentOfTarget! < 1,
          plan,
          target,
          annualizedWrvuHundredths: annualize(a.yearWrvu, ytd),
          annualizedCollections: annualize(a.yearCollections, ytd),
          projectedPay: pay,
          payPerWrvu: pay === null ? null : payPerWrvu(pay, ytd),
          yearWrvu: a.yearWrvu,
          yearCollections: a.yearCollections,
        };
      });
  }

  /** Month by month for some providers: three grouped statements. */
  async monthly(providerIds: string[], p: Period): Promise<Map<string, Map<string, MonthProductivity>>> {
    const upTo = p.asOf < p.yearTo ? addDays(p.asOf, 1) : p.yearTo;
    const ym = (column: string) => (isPostgres(this.em) ? `to_char(${column}, 'YYYY-MM')` : `substr(${column}, 1, 7)`);
    type Row = {
      provider_id: string;
      ym: string;
      visits?: unknown;
      days?: unknown;
      wrvu?: unknown;
      charges?: unknown;
      collections?: unknown;
    };
    const [visits, lines, collections] = await Promise.all([
      tenantRows<Row>(this.em, Encounter, 'e', (qb) =>
        qb
          .select([
            'e.provider_id',
            raw(`${ym('e.date_of_service')} as ym`),
            raw('count(*) as visits'),
            raw('count(distinct e.date_of_service) as days'),
          ])
          .where({ provider: { $in: providerIds }, dateOfService: { $gte: p.yearFrom, $lt: upTo } })
          .groupBy(['e.provider_id', raw(ym('e.date_of_service'))]),
      ),
      tenantRows<Row>(this.em, ServiceLine, 's', (qb) =>
        qb
          .select([
            's.provider_id',
            raw(`${ym('s.date_of_service')} as ym`),
            raw('sum(s.wrvu_hundredths) as wrvu'),
            raw('sum(s.charge) as charges'),
          ])
          .where({ provider: { $in: providerIds }, dateOfService: { $gte: p.yearFrom, $lt: upTo } })
          .groupBy(['s.provider_id', raw(ym('s.date_of_service'))]),
      ),
      tenantRows<Row>(this.em, Collection, 'c', (qb) =>
        qb
          .select(['c.provider_id', raw(`${ym('c.posted_on')} as ym`), raw('sum(c.amount) as collections')])
          .where({ provider: { $in: providerIds }, postedOn: { $gte: p.yearFrom, $lt: upTo } })
          .groupBy(['c.provider_id', raw(ym('c.posted_on'))]),
      ),
    ]);
    const out = new Map<string, Map<string, MonthProductivity>>();
    const cell = (r: Row) => {
      const months = out.get(r.provider_id) ?? new Map<string, MonthProductivity>();
      out.set(r.provider_id, months);
      let m = months.get(r.ym);
      if (!m) months.set(r.ym, (m = { key: r.ym, visits: 0, daysWorked: 0, wrvuHundredths: 0, charges: 0, collections: 0 }));
      return m;
    };
    for (const r of visits) Object.assign(cell(r), { visits: num(r.visits), daysWorked: num(r.days) });
    for (const r of lines) Object.assign(cell(r), { wrvuHundredths: num(r.wrvu), charges: num(r.charges) });
    for (const r of collections) Object.assign(cell(r), { collections: num(r.collections) });
    return out;
  }
}

function defined(change: PlanChangeInput): Partial<PlanTerms> {
  const out: Partial<PlanTerms> = {};
  for (const field of ['baseSalary', 'wrvuThresholdHundredths', 'ratePerWrvu', 'collectionsBps', 'qualityBonus'] as const) {
    if (change[field] !== undefined && change[field] !== null) out[field] = change[field];
  }
  return out;
}
