import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors';
import { daysFrom, isIsoDate } from '../../core/dates';
import { isPostgres, tenantRows } from '../../core/query';
import { Location } from '../orgchart/orgchart.entity';
import { BudgetLine } from '../budget/budget.entity';
import { Account, AccountGroup, CostCentre, LedgerSource } from '../ledger/ledger.entity';
import { LedgerService, type Posting } from '../ledger/ledger.service';
import { CAMPAIGN_LIFECYCLE, Campaign, CampaignChannel, CampaignSpend, CampaignStatus, Lead, LeadStage } from './campaign.entity';
import type { CampaignInput, LeadInput, MoveLeadInput, SpendInput } from './campaign.inputs';
import { MeasureGrouping, type CampaignMeasures, type CampaignPacing } from './campaign.types';
import {
  ContentKeys,
  RowErrors,
  contentKey,
  findColumns,
  parseAmount,
  parseDate,
  readCsv,
  requireColumns,
  type ImportRowError,
} from '../../core/import';
import { quotient, ratio, type Whole } from '../../core/exact';
import { formatCents } from '../../core/format';

/** Column names as web forms, call tracking and ad platforms export them (normalized headers). */
const LEAD_COLUMNS = {
  date: ['date', 'inquiry date'],
  source: ['source', 'tracking code', 'utm campaign'],
  name: ['name', 'contact name'],
  phone: ['phone', 'phone number'],
  email: ['email', 'email address'],
  service: ['service', 'service wanted'],
} as const;
const SPEND_COLUMNS = {
  date: ['date', 'day'],
  amount: ['amount', 'cost', 'spend', 'amount spent'],
  code: ['tracking code', 'campaign', 'source', 'utm campaign'],
  memo: ['memo', 'description'],
} as const;
type PostingTarget = { account: Account; costCentre: CostCentre };

/** Conversion rates and ROI to four decimals, costs to the cent: each rounded once (core/exact). */
const rate = (a: Whole, b: Whole) => ratio(a, b, 4);
const perUnit = (cents: number, n: number) => (n === 0 ? null : quotient(cents, n));

interface Totals {
  /** Dated up to today. */
  spend: number;
  /** Dated after today. */
  committed: number;
  leads: number;
  scheduled: number;
  newPatients: number;
  lost: number;
  daysToFirstVisit: number;
  revenue: number;
}
const emptyTotals = (): Totals => ({
  spend: 0,
  committed: 0,
  leads: 0,
  scheduled: 0,
  newPatients: 0,
  lost: 0,
  daysToFirstVisit: 0,
  revenue: 0,
});

/**
 * A campaign's pacing from its spend to date (dated up to `asOf`) and its committed spend (dated
 * later): days counted in integers, pace = spend × days ÷ (budget × elapsed days), rounded once.
 */
export function pacingOf(
  campaign: Pick<Campaign, 'id' | 'startDate' | 'endDate' | 'budgetAmount'>,
  spend: number,
  committed: number,
  asOf: string,
): CampaignPacing {
  const length = daysFrom(campaign.startDate, campaign.endDate) + 1;
  const elapsed = Math.min(length, Math.max(0, daysFrom(campaign.startDate, asOf) + 1));
  const budget = campaign.budgetAmount;
  return {
    campaignId: campaign.id,
    budgetAmount: budget,
    spend,
    committed,
    days: length,
    elapsedDays: elapsed,
    spentShare: ratio(spend, budget, 4) ?? 0,
    elapsedShare: ratio(elapsed, length, 4)!,
    // spend ÷ (budget × elapsed ÷ length) = spend × length ÷ (budget × elapsed), rounded once.
    pace: elapsed === 0 || budget === 0 ? null : ratio(BigInt(spend) * BigInt(length), BigInt(budget) * BigInt(elapsed), 2),
  };
}

export function measuresOf(key: string, label: string, t: Totals): CampaignMeasures {
  return {
    key,
    label,
    spend: t.spend,
    committed: t.committed,
    leads: t.leads,
    scheduled: t.scheduled,
    newPatients: t.newPatients,
    lost: t.lost,
    leadToScheduled: rate(t.scheduled, t.leads),
    scheduledToNewPatient: rate(t.newPatients, t.scheduled),
    leadToNewPatient: rate(t.newPatients, t.leads),
    costPerLead: perUnit(t.spend, t.leads),
    costPerNewPatient: perUnit(t.spend, t.newPatients),
    attributedRevenue: t.revenue,
    roi: rate(BigInt(t.revenue) - BigInt(t.spend), t.spend),
    daysToFirstVisit: ratio(t.daysToFirstVisit, t.newPatients, 1),
  };
}

export class CampaignService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  campaigns(): Promise<Campaign[]> {
    return this.em.find(Campaign, {}, { orderBy: { startDate: 'desc', name: 'asc' } });
  }

  async campaign(id: string, field = 'id'): Promise<Campaign> {
    const campaign = await this.em.findOne(Campaign, { id });
    if (!campaign) {
      if (field === 'id') throw new NotFoundError('Campaign', id);
      throw new ValidationError(field, 'No such campaign in this organization.');
    }
    return campaign;
  }

  async save(input: CampaignInput): Promise<Campaign> {
    const name = input.name.trim();
    if (!name || name.length > 160) throw new ValidationError('input.name', 'Give the campaign a name of at most 160 characters.');
    if (!isIsoDate(input.startDate)) throw new ValidationError('input.startDate', 'Enter a date as YYYY-MM-DD.');
    if (!isIsoDate(input.endDate)) throw new ValidationError('input.endDate', 'Enter a date as YYYY-MM-DD.');
    if (input.endDate < input.startDate) throw new ValidationError('input.endDate', 'The campaign cannot end before it starts.');
    if (input.budgetAmount < 0) throw new ValidationError('input.budgetAmount', 'A budget cannot be negative.');
    if (input.newPatientValueEstimate < 0) throw new ValidationError('input.newPatientValueEstimate', 'The estimate cannot be negative.');
    const trackingCode = input.trackingCode.trim();
    if (!/^[\w.+-]{2,80}$/.test(trackingCode))
      throw new ValidationError('input.trackingCode', 'Use 2–80 letters, digits, dots, dashes, plus signs or underscores.');
    const clash = await this.em.findOne(Campaign, { trackingCode, ...(input.id ? { id: { $ne: input.id } } : {}) });
    if (clash) throw new ValidationError('input.trackingCode', `“${clash.name}” already uses this tracking code.`);
    const location = input.locationId ? await this.em.findOne(Location, { id: input.locationId }) : null;
    if (input.locationId && !location) throw new ValidationError('input.locationId', 'No such location in this organization.');
    let budgetLine: BudgetLine | null = null;
    if (input.budgetLineId === undefined && input.id) {
      budgetLine = (await this.campaign(input.id, 'input.id')).budgetLine ?? null; // omitted keeps the line; null clears it
    } else if (input.budgetLineId) {
      budgetLine = await this.em.findOne(BudgetLine, { id: input.budgetLineId }, { populate: ['account'] });
      if (!budgetLine) throw new ValidationError('input.budgetLineId', 'No such budget line in this organization.');
      if (budgetLine.account.group !== AccountGroup.MARKETING)
        throw new ValidationError('input.budgetLineId', 'Campaigns draw on a marketing budget line.');
    }
    let campaign: Campaign;
    if (input.id) {
      campaign = await this.campaign(input.id, 'input.id');
      if (input.expectedVersion !== campaign.version)
        throw new ConflictError('Someone else changed this campaign since you opened it.', {
          version: campaign.version,
          name: campaign.name,
        });
    } else {
      campaign = this.em.create(Campaign, {
        organization: this.ctx.organizationId,
        name,
        channel: input.channel,
        startDate: input.startDate,
        endDate: input.endDate,
        budgetAmount: input.budgetAmount,
        trackingCode,
        newPatientValueEstimate: input.newPatientValueEstimate,
      });
    }
    Object.assign(campaign, {
      name,
      channel: input.channel,
      objective: input.objective?.trim() || null,
      serviceLine: input.serviceLine?.trim() || null,
      location,
      startDate: input.startDate,
      endDate: input.endDate,
      budgetAmount: input.budgetAmount,
      budgetLine,
      trackingCode,
      newPatientValueEstimate: input.newPatientValueEstimate,
    });
    await this.em.flush();
    return campaign;
  }

  /** Campaigns committed to a budget line beyond what the line holds: a warning, not a refusal. */
  async overcommitment(campaign: Campaign): Promise<string | null> {
    if (!campaign.budgetLine) return null;
    const line = await this.em.findOneOrFail(BudgetLine, { id: campaign.budgetLine.id });
    const committed = await this.em.find(
      Campaign,
      { budgetLine: line, status: { $ne: CampaignStatus.CANCELLED } },
      { fields: ['budgetAmount'], disableIdentityMap: true },
    );
    const total = committed.reduce((s, c) => s + c.budgetAmount, 0);
    if (total <= line.total) return null;
    return `Campaigns on this budget line commit ${formatCents(total - line.total)} more than it holds.`;
  }

  async setStatus(id: string, status: CampaignStatus): Promise<Campaign> {
    const campaign = await this.campaign(id);
    CAMPAIGN_LIFECYCLE.assert(campaign.status, status, 'status');
    campaign.status = status;
    await this.em.flush();
    return campaign;
  }

  /** Records spend and posts it once to the ledger, on the campaign's marketing account and cost centre. */
  async addSpend(input: SpendInput): Promise<CampaignSpend> {
    const campaign = await this.campaign(input.campaignId, 'input.campaignId');
    if (!isIsoDate(input.date)) throw new ValidationError('input.date', 'Enter a date as YYYY-MM-DD.');
    if (!Number.isSafeInteger(input.amount) || input.amount === 0)
      throw new ValidationError('input.amount', 'Enter an amount in cents, not zero.');
    if ([CampaignStatus.CANCELLED, CampaignStatus.PLANNED].includes(campaign.status)) {
      throw new ValidationError('input.campaignId', `A ${campaign.status.toLowerCase()} campaign has no spend.`);
    }
    const spend = this.em.create(CampaignSpend, {
      organization: this.ctx.organizationId,
      campaign,
      date: input.date,
      amount: input.amount,
      memo: input.memo?.trim().slice(0, 300) || null,
      dedupeKey: `manual:${randomUUID()}`,
    });
    const target = await this.postingTarget(campaign);
    // Without a chart of accounts, spend is tracked without a ledger posting.
    if (target) await new LedgerService(this.ctx).post(this.spendPosting(target, campaign, spend));
    await this.em.flush();
    return spend;
  }

  async addLead(input: LeadInput): Promise<Lead> {
    if (!isIsoDate(input.inquiryDate)) throw new ValidationError('input.inquiryDate', 'Enter a date as YYYY-MM-DD.');
    const campaign = input.campaignId ? await this.campaign(input.campaignId, 'input.campaignId') : await this.bySource(input.source);
    const lead = this.em.create(Lead, {
      organization: this.ctx.organizationId,
      campaign,
      inquiryDate: input.inquiryDate,
      source: input.source?.trim() || null,
      serviceWanted: input.serviceWanted?.trim() || null,
      contactName: input.contactName?.trim() || null,
      contactPhone: input.contactPhone?.trim() || null,
      contactEmail: input.contactEmail?.trim().toLowerCase() || null,
      dedupeKey: `manual:${randomUUID()}`,
    });
    await this.em.flush();
    return lead;
  }

  async moveLead(input: MoveLeadInput): Promise<Lead> {
    const lead = await this.em.findOne(Lead, { id: input.leadId });
    if (!lead) throw new NotFoundError('Lead', input.leadId);
    if (lead.version !== input.expectedVersion)
      throw new ConflictError('Someone else moved this lead since you loaded it.', { version: lead.version, stage: lead.stage });
    if (!isIsoDate(input.date)) throw new ValidationError('input.date', 'Enter a date as YYYY-MM-DD.');
    if (input.date < lead.inquiryDate) throw new ValidationError('input.date', 'That is before the inquiry.');
    if (lead.stage === LeadStage.NEW_PATIENT || lead.stage === LeadStage.LOST) {
      throw new ValidationError('input.stage', `This lead is already ${lead.stage === LeadStage.LOST ? 'lost' : 'a patient'}.`);
    }
    switch (input.stage) {
      case LeadStage.SCHEDULED:
        lead.scheduledOn = input.date;
        break;
      case LeadStage.NEW_PATIENT:
        lead.scheduledOn ??= input.date;
        lead.firstVisitOn = input.date;
        break;
      case LeadStage.LOST: {
        const reason = input.lostReason?.trim();
        if (!reason) throw new ValidationError('input.lostReason', 'Say why the lead was lost.');
        lead.lostOn = input.date;
        lead.lostReason = reason.slice(0, 200);
        break;
      }
      default:
        throw new ValidationError('input.stage', 'A lead cannot move back to inquiry.');
    }
    lead.stage = input.stage;
    await this.em.flush();
    return lead;
  }

  leads(campaignId?: string, stage?: LeadStage): Promise<Lead[]> {
    return this.em.find(
      Lead,
      { ...(campaignId ? { campaign: campaignId } : {}), ...(stage ? { stage } : {}) },
      { orderBy: { inquiryDate: 'desc' }, limit: 1000 },
    );
  }

  /** Leads from a web-form or call-tracking export: all or nothing, no duplicates on re-import. */
  async importLeads(
    csv: string,
    dryRun = false,
  ): Promise<{ ok: boolean; dryRun: boolean; imported: number; duplicates: number; errors: ImportRowError[] }> {
    const { headers, rows: file } = readCsv(csv, { field: 'csv', normalizeHeaders: true });
    const c = findColumns(headers, LEAD_COLUMNS);
    requireColumns(c, ['date', 'source'], LEAD_COLUMNS, headers, 'csv');
    const get = (values: Record<string, string>, key: keyof typeof LEAD_COLUMNS) => (c[key] ? (values[c[key]!] ?? '').trim() : '');
    const campaigns = await this.em.find(Campaign, {});
    const byCode = new Map(campaigns.map((x) => [x.trackingCode.toLowerCase(), x]));
    const errors = new RowErrors();
    const rows = file.map(({ row, values }) => {
      const date = get(values, 'date');
      if (!isIsoDate(date)) errors.add(row, c.date, `"${date}" is not a date (YYYY-MM-DD).`);
      const source = get(values, 'source');
      const campaign = byCode.get(source.toLowerCase()) ?? null;
      if (!campaign) errors.add(row, c.source, `"${source}" is not the tracking code of a campaign.`);
      const email = get(values, 'email').toLowerCase();
      if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.add(row, c.email, `"${email}" is not an email address.`);
      const [name, phone] = [get(values, 'name'), get(values, 'phone')];
      // The same inquiry twice, in one file or two, is one lead.
      const key = contentKey([date, source.toLowerCase(), name, phone, email]);
      return {
        date,
        source,
        campaign,
        name: name || null,
        phone: phone || null,
        email: email || null,
        service: get(values, 'service') || null,
        key,
      };
    });
    if (errors.any) return { ok: false, dryRun, imported: 0, duplicates: 0, errors: errors.errors };
    const existing = await this.existingKeys(
      Lead,
      rows.map((r) => r.key),
    );
    const fresh = rows.filter((r) => !existing.has(r.key) && !!existing.add(r.key));
    if (dryRun) return { ok: true, dryRun, imported: fresh.length, duplicates: rows.length - fresh.length, errors: [] };
    for (const r of fresh) {
      this.em.create(Lead, {
        organization: this.ctx.organizationId,
        campaign: r.campaign,
        inquiryDate: r.date,
        source: r.source,
        serviceWanted: r.service,
        contactName: r.name,
        contactPhone: r.phone,
        contactEmail: r.email,
        dedupeKey: r.key,
      });
    }
    await this.em.flush();
    return { ok: true, dryRun, imported: fresh.length, duplicates: rows.length - fresh.length, errors: [] };
  }

  /**
   * Spend from an ad platform's export: a date, an amount and the campaign's tracking code per row.
   * All or nothing; each row posts once to the ledger, and a file imported again adds nothing
   * (identical rows within one file are kept apart by their occurrence).
   */
  async importSpend(
    csv: string,
    dryRun = false,
  ): Promise<{ ok: boolean; dryRun: boolean; imported: number; duplicates: number; total: number; errors: ImportRowError[] }> {
    const { headers, rows: file } = readCsv(csv, { field: 'csv', normalizeHeaders: true });
    const c = findColumns(headers, SPEND_COLUMNS);
    if (!c.date || !c.amount || !c.code) {
      throw new ValidationError(
        'csv',
        `The file needs date, amount (or cost) and tracking code (or campaign) columns. Its columns: ${headers.join(', ')}.`,
      );
    }
    const campaigns = await this.em.find(Campaign, {});
    const byCode = new Map(campaigns.map((x) => [x.trackingCode.toLowerCase(), x]));
    const errors = new RowErrors();
    const keys = new ContentKeys();
    const rows = file.map(({ row, values }) => {
      const raw = (key: keyof typeof SPEND_COLUMNS) => (c[key] ? (values[c[key]!] ?? '') : '');
      const date = parseDate(raw('date'));
      if (!date) errors.add(row, c.date, `"${raw('date')}" is not a date (YYYY-MM-DD or M/D/YYYY).`);
      const amount = parseAmount(raw('amount'));
      if (amount === null || amount === 0) errors.add(row, c.amount, `"${raw('amount')}" is not an amount other than zero.`);
      const code = raw('code').trim();
      const campaign = byCode.get(code.toLowerCase());
      if (!campaign) errors.add(row, c.code, `"${code}" is not the tracking code of a campaign.`);
      else if ([CampaignStatus.CANCELLED, CampaignStatus.PLANNED].includes(campaign.status)) {
        errors.add(row, c.code, `“${campaign.name}” is ${campaign.status.toLowerCase()}: it has no spend.`);
      }
      const memo = raw('memo').trim().slice(0, 300) || null;
      return { date: date!, amount: amount!, campaign: campaign!, memo, key: keys.next([date, code.toLowerCase(), amount, memo]) };
    });
    if (errors.any) return { ok: false, dryRun, imported: 0, duplicates: 0, total: 0, errors: errors.errors };
    const existing = await this.existingKeys(
      CampaignSpend,
      rows.map((r) => r.key),
    );
    const fresh = rows.filter((r) => !existing.has(r.key));
    const total = fresh.reduce((s, r) => s + r.amount, 0);
    if (dryRun) return { ok: true, dryRun, imported: fresh.length, duplicates: rows.length - fresh.length, total, errors: [] };
    const targets = new Map<string, PostingTarget | null>();
    const postings: Posting[] = [];
    for (const r of fresh) {
      if (!targets.has(r.campaign.id)) targets.set(r.campaign.id, await this.postingTarget(r.campaign));
      const spend = this.em.create(CampaignSpend, {
        organization: this.ctx.organizationId,
        campaign: r.campaign,
        date: r.date,
        amount: r.amount,
        memo: r.memo,
        dedupeKey: r.key,
      });
      const target = targets.get(r.campaign.id);
      if (target) postings.push(this.spendPosting(target, r.campaign, spend));
    }
    await new LedgerService(this.ctx).postMany(postings);
    await this.em.flush();
    return { ok: true, dryRun, imported: fresh.length, duplicates: rows.length - fresh.length, total, errors: [] };
  }

  /** Spend, funnel, cost and return per campaign, channel, location or month: three statements. */
  async measures(grouping: MeasureGrouping, from?: string, to?: string): Promise<CampaignMeasures[]> {
    if (from && !isIsoDate(from)) throw new ValidationError('from', 'Enter a date as YYYY-MM-DD.');
    if (to && !isIsoDate(to)) throw new ValidationError('to', 'Enter a date as YYYY-MM-DD.');
    const month = grouping === MeasureGrouping.MONTH;
    const ym = (column: string) => (isPostgres(this.em) ? `to_char(${column}, 'YYYY-MM')` : `strftime('%Y-%m', ${column})`);
    const days = isPostgres(this.em)
      ? '(l.first_visit_on - l.inquiry_date)'
      : '((unixepoch(l.first_visit_on) - unixepoch(l.inquiry_date)) / 86400)';
    const range = (column: string) => (from || to ? { [column]: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) } } : {});
    type SpendRow = { campaign_id: string; period: string | null; spend: string | number | null; committed: string | number | null };
    // Spend to date is spend dated up to today; what is dated later is committed, in no cost or ROI.
    const today = this.ctx.today();
    type LeadRow = {
      campaign_id: string;
      period: string | null;
      leads: string | number;
      scheduled: string | number;
      new_patients: string | number;
      lost: string | number;
      days: string | number | null;
    };
    const [spendRows, leadRows, campaigns] = await Promise.all([
      tenantRows<SpendRow>(this.em, CampaignSpend, 's', (qb) =>
        qb
          .select([
            's.campaign_id',
            raw(`${month ? ym('s.date') : 'null'} as period`),
            raw('sum(case when s.date <= ? then s.amount else 0 end) as spend', [today]),
            raw('sum(case when s.date > ? then s.amount else 0 end) as committed', [today]),
          ])
          .where(range('date'))
          .groupBy(['s.campaign_id', ...(month ? [raw(ym('s.date'))] : [])]),
      ),
      tenantRows<LeadRow>(this.em, Lead, 'l', (qb) =>
        qb
          .select([
            'l.campaign_id',
            raw(`${month ? ym('l.inquiry_date') : 'null'} as period`),
            raw('count(*) as leads'),
            raw('sum(case when l.scheduled_on is not null then 1 else 0 end) as scheduled'),
            raw('sum(case when l.first_visit_on is not null then 1 else 0 end) as new_patients'),
            raw("sum(case when l.stage = 'LOST' then 1 else 0 end) as lost"),
            raw(`sum(case when l.first_visit_on is not null then ${days} else 0 end) as days`),
          ])
          .where({ campaign: { $ne: null }, ...range('inquiryDate') })
          .groupBy(['l.campaign_id', ...(month ? [raw(ym('l.inquiry_date'))] : [])]),
      ),
      this.em.find(Campaign, {}, { populate: ['location'] }),
    ]);
    const campaignById = new Map(campaigns.map((c) => [c.id, c]));
    const groups = new Map<string, { label: string; totals: Totals }>();
    const groupOf = (campaign: Campaign, period: string | null): [string, string] => {
      switch (grouping) {
        case MeasureGrouping.CHANNEL:
          return [campaign.channel, campaign.channel];
        case MeasureGrouping.LOCATION:
          return [campaign.location?.id ?? 'none', campaign.location?.name ?? 'All locations'];
        case MeasureGrouping.MONTH:
          return [period ?? '', period ?? ''];
        default:
          return [campaign.id, campaign.name];
      }
    };
    const totalsFor = (campaign: Campaign, period: string | null) => {
      const [key, label] = groupOf(campaign, period);
      const group = groups.get(key) ?? { label, totals: emptyTotals() };
      groups.set(key, group);
      return group.totals;
    };
    for (const r of spendRows) {
      const campaign = campaignById.get(r.campaign_id);
      if (!campaign) continue;
      const t = totalsFor(campaign, r.period);
      t.spend += Number(r.spend ?? 0);
      t.committed += Number(r.committed ?? 0);
    }
    for (const r of leadRows) {
      const campaign = campaignById.get(r.campaign_id);
      if (!campaign) continue;
      const t = totalsFor(campaign, r.period);
      t.leads += Number(r.leads);
      t.scheduled += Number(r.scheduled);
      t.newPatients += Number(r.new_patients);
      t.lost += Number(r.lost);
      t.daysToFirstVisit += Number(r.days ?? 0);
      t.revenue += Number(r.new_patients) * campaign.newPatientValueEstimate;
    }
    if (grouping === MeasureGrouping.CAMPAIGN) for (const c of campaigns) totalsFor(c, null);
    if (grouping === MeasureGrouping.CHANNEL) for (const c of campaigns) totalsFor(c, null);
    return [...groups.entries()]
      .map(([key, g]) => measuresOf(key, g.label, g.totals))
      .sort((a, b) => (month ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label)));
  }

  async pacing(campaign: Campaign, asOf = this.ctx.today()): Promise<CampaignPacing> {
    // Spend dated after the as-of day is committed, not spent: it counts toward neither share nor pace.
    const [row] = await tenantRows<{ spend: string | number | null; committed: string | number | null }>(
      this.em,
      CampaignSpend,
      's',
      (qb) =>
        qb
          .select([
            raw('sum(case when s.date <= ? then s.amount else 0 end) as spend', [asOf]),
            raw('sum(case when s.date > ? then s.amount else 0 end) as committed', [asOf]),
          ])
          .where({ campaign: campaign.id }),
    );
    const spend = Number(row?.spend ?? 0);
    const committed = Number(row?.committed ?? 0);
    return pacingOf(campaign, spend, committed, asOf);
  }

  private async bySource(source?: string): Promise<Campaign | null> {
    const code = source?.trim();
    if (!code) return null;
    return this.em.findOne(Campaign, { trackingCode: code });
  }

  /** Which of these import keys the table holds already: one statement per thousand keys. */
  private async existingKeys(entity: typeof Lead | typeof CampaignSpend, keys: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += 1000) {
      const rows = await this.em.find(
        entity as typeof Lead,
        { dedupeKey: { $in: keys.slice(i, i + 1000) } },
        { fields: ['dedupeKey'], disableIdentityMap: true },
      );
      for (const r of rows) found.add(r.dedupeKey);
    }
    return found;
  }

  /** The campaign's budget line decides account and cost centre; without one, the first marketing account. */
  private async postingTarget(campaign: Campaign): Promise<PostingTarget | null> {
    const line = campaign.budgetLine ? await this.em.findOne(BudgetLine, { id: campaign.budgetLine.id }, { populate: ['account'] }) : null;
    const account = line?.account ?? (await this.em.findOne(Account, { group: AccountGroup.MARKETING }, { orderBy: { code: 'asc' } }));
    const costCentre = line?.costCentre ?? (await this.em.findOne(CostCentre, {}, { orderBy: { name: 'asc' } }));
    return account && costCentre ? { account, costCentre } : null;
  }

  /** Spend is paid when it is recorded: marketing expense on the campaign's line, out of cash; posted once per spend. */
  private spendPosting(target: PostingTarget, campaign: Campaign, spend: CampaignSpend): Posting {
    return {
      date: spend.date,
      source: LedgerSource.JOURNAL,
      dedupeKey: `campaign-spend:${spend.id}`,
      sourceId: spend.id,
      memo: `Campaign spend: ${campaign.name}`,
      lines: [{ ...target, amount: spend.amount }],
      balanceWith: AccountGroup.CASH,
    };
  }
}

export { CampaignChannel };
