import { FlushMode, UniqueConstraintViolationException, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { ConflictError, ForbiddenError, NeedsConfirmationError, NotFoundError, ValidationError } from '../../core/errors';
import { isIsoDate, now } from '../../core/dates';
import { tenantRows } from '../../core/query';
import { User } from '../../core/organization.entity';
import { Capability } from '../../core/policy';
import { NotificationKind, NotificationTarget } from '../notifications/notification.entity';
import { NotificationService } from '../notifications/notifications.service';
import { Employee, PROVIDER_CATEGORIES, Position, PositionTier, StaffCategory, isProvider } from '../orgchart/orgchart.entity';
import { OrgChartService } from '../orgchart/orgchart.service';
import type { Budget } from '../budget/budget.entity';
import { BudgetService } from '../budget/budget.service';
import { Account, AccountGroup, CostCentre } from '../ledger/ledger.entity';
import {
  CYCLE_LIFECYCLE,
  CompensationCycle,
  CompensationRecord,
  CycleStatus,
  PayChangeReason,
  Proposal,
  SalaryBand,
  type Guideline,
} from './compensation.entity';
import type { ApproveCycleInput, OpenCycleInput, PayRecordInput, ProposalInput, SalaryBandInput } from './compensation.inputs';
import { isOwnPay, mayReadPay, proposalLockedBecause, proposalRefusal, seesProviderPay, type PayOwner } from './compensation.access';
import {
  PayFlag,
  type CycleApplication,
  type CycleCompletion,
  type ManagerCompletion,
  type PaySummary,
  type PoolUsage,
  type UnproposedPerson,
  type WorksheetRow,
} from './compensation.types';
import {
  RATINGS,
  annualPay,
  compaBandOf,
  compaRatio,
  defaultGuidelines,
  fullTimeAnnual,
  guidelineFor,
  proposalCost,
  rangePosition,
  sql,
} from './pay';
import { fromScaled, scale } from '../../core/exact';

const positive = (n: number) => Number.isSafeInteger(n) && n > 0;

export class CompensationService {
  private readonly em: EntityManager;
  private readonly notifications: NotificationService;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
    this.notifications = new NotificationService(ctx);
  }

  // ---- who may see and change whose pay (the rules are compensation.access.ts) ----------------

  private owner(employee: Pick<Employee, 'category' | 'user'>): PayOwner {
    return { category: employee.category, userId: employee.user?.id };
  }

  mayRead(employee: Pick<Employee, 'category' | 'user'>): boolean {
    return mayReadPay(this.ctx, this.owner(employee));
  }

  private refusal(employee: Employee, provider: boolean, tier: PositionTier | undefined): string | null {
    return proposalRefusal(this.ctx, { ...this.owner(employee), provider, tier });
  }

  private get seesProviders() {
    return seesProviderPay(this.ctx);
  }

  /** Reading someone else's pay is written to the audit log when the response goes out. */
  private noteRead(employee: Employee, fields: string[]) {
    if (!isOwnPay(this.ctx, this.owner(employee))) this.ctx.audit.noteRead('Employee', employee.id, fields);
  }

  // ---- bands -------------------------------------------------------------------------------------

  bands(): Promise<SalaryBand[]> {
    return this.em.find(SalaryBand, this.seesProviders ? {} : { category: { $nin: PROVIDER_CATEGORIES } }, { orderBy: { job: 'asc' } });
  }

  async saveBand(input: SalaryBandInput): Promise<SalaryBand> {
    const job = input.job.trim();
    if (!job || job.length > 160) throw new ValidationError('input.job', 'Name the job (at most 160 characters).');
    if (!positive(input.minimum)) throw new ValidationError('input.minimum', 'The minimum must be more than zero.');
    if (!positive(input.midpoint) || input.midpoint < input.minimum)
      throw new ValidationError('input.midpoint', 'The midpoint lies between the minimum and the maximum.');
    if (!positive(input.maximum) || input.maximum < input.midpoint)
      throw new ValidationError('input.maximum', 'The maximum cannot be below the midpoint.');
    const clash = await this.em.findOne(SalaryBand, { job, ...(input.id ? { id: { $ne: input.id } } : {}) });
    if (clash) throw new ValidationError('input.job', `“${job}” already has a band.`);
    let band: SalaryBand;
    if (input.id) {
      const found = await this.em.findOne(SalaryBand, { id: input.id });
      if (!found) throw new NotFoundError('SalaryBand', input.id);
      if (found.version !== input.expectedVersion)
        throw new ConflictError('Someone else changed this band since you opened it.', { version: found.version });
      band = found;
    } else {
      band = this.em.create(SalaryBand, {
        organization: this.ctx.organizationId,
        job,
        category: input.category,
        minimum: 0,
        midpoint: 0,
        maximum: 0,
      });
    }
    Object.assign(band, { job, category: input.category, minimum: input.minimum, midpoint: input.midpoint, maximum: input.maximum });
    await this.em.flush();
    return band;
  }

  // ---- pay records -------------------------------------------------------------------------------

  /** The record in force on `asOf` for each employee: one statement. */
  async currentRecords(employeeIds?: string[], asOf = this.ctx.today()): Promise<Map<string, CompensationRecord>> {
    const records = await this.em.find(
      CompensationRecord,
      { effectiveFrom: { $lte: asOf }, ...(employeeIds ? { employee: { $in: employeeIds } } : {}) },
      { orderBy: { effectiveFrom: 'asc' } },
    );
    return new Map(records.map((r) => [r.employee.id, r]));
  }

  async history(employeeId: string): Promise<CompensationRecord[]> {
    const employee = await this.em.findOne(Employee, { id: employeeId });
    if (!employee) throw new NotFoundError('Employee', employeeId);
    if (!this.mayRead(employee)) throw new ForbiddenError('You may not see this person’s pay.');
    this.noteRead(employee, ['payHistory']);
    return this.em.find(CompensationRecord, { employee }, { orderBy: { effectiveFrom: 'desc' } });
  }

  async myHistory(): Promise<CompensationRecord[]> {
    const me = await this.em.findOne(Employee, { user: this.ctx.user!.id });
    return me ? this.em.find(CompensationRecord, { employee: me }, { orderBy: { effectiveFrom: 'desc' } }) : [];
  }

  /** For `Employee.currentPay`: refused, field by field, for pay the viewer may not see. */
  async currentPayOf(employee: Employee, record: CompensationRecord | null): Promise<CompensationRecord | null> {
    if (!this.mayRead(employee))
      throw new ForbiddenError(
        isProvider(employee.category) ? 'Provider pay is for the administrator.' : 'You may not see this person’s pay.',
      );
    if (record) this.noteRead(employee, ['currentPay']);
    return record;
  }

  async recordPay(input: PayRecordInput): Promise<CompensationRecord> {
    const employee = await this.em.findOne(Employee, { id: input.employeeId });
    if (!employee) throw new ValidationError('input.employeeId', 'No such employee in this organization.');
    if (!isIsoDate(input.effectiveFrom)) throw new ValidationError('input.effectiveFrom', 'Enter a date as YYYY-MM-DD.');
    if (!positive(input.rate)) throw new ValidationError('input.rate', 'The rate must be more than zero.');
    if (!Number.isInteger(input.fteHundredths) || input.fteHundredths < 1 || input.fteHundredths > 100)
      throw new ValidationError('input.fteHundredths', 'FTE is between 0.01 and 1.00.');
    if (input.bonusTargetBps < 0 || input.bonusTargetBps > 10_000)
      throw new ValidationError('input.bonusTargetBps', 'A bonus target is between 0% and 100%.');
    if (input.benefitsLoadBps < 0 || input.benefitsLoadBps > 10_000)
      throw new ValidationError('input.benefitsLoadBps', 'A benefits load is between 0% and 100%.');
    if (await this.em.findOne(CompensationRecord, { employee, effectiveFrom: input.effectiveFrom })) {
      throw new ValidationError(
        'input.effectiveFrom',
        `${employee.firstName} ${employee.lastName} already has a pay record from that date.`,
      );
    }
    const record = this.em.create(CompensationRecord, {
      organization: this.ctx.organizationId,
      employee,
      effectiveFrom: input.effectiveFrom,
      payBasis: input.payBasis,
      rate: input.rate,
      fteHundredths: input.fteHundredths,
      bonusTargetBps: input.bonusTargetBps,
      benefitsLoadBps: input.benefitsLoadBps,
      reason: input.reason,
      note: input.note?.trim().slice(0, 300) || null,
    });
    await this.em.flush();
    return record;
  }

  /** Everyone's current pay the viewer may see, against their band: five statements. */
  async overview(asOf = this.ctx.today()): Promise<PaySummary[]> {
    const chart = await new OrgChartService(this.ctx).chart(asOf);
    const [records, bands] = await Promise.all([this.currentRecords(undefined, asOf), this.em.find(SalaryBand, {})]);
    const bandOf = new Map(bands.map((b) => [b.job.toLowerCase(), b]));
    const rows: PaySummary[] = [];
    for (const node of chart.nodes) {
      const employee = node.employee;
      const record = employee && records.get(employee.id);
      if (!employee || !record || !this.mayRead(employee)) continue;
      this.noteRead(employee, ['pay']);
      rows.push(this.summary(employee, node.position, record, bandOf.get(node.position.title.toLowerCase()) ?? null));
    }
    return rows.sort((a, b) => a.name.localeCompare(b.name));
  }

  private summary(
    employee: Employee,
    position: Position | null,
    terms: { payBasis: CompensationRecord['payBasis']; rate: number; fteHundredths: number },
    band: SalaryBand | null,
  ): PaySummary {
    const fullTime = fullTimeAnnual(terms);
    const flags: PayFlag[] = [];
    if (!band) flags.push(PayFlag.NO_BAND);
    else if (fullTime < band.minimum) flags.push(PayFlag.BELOW_BAND);
    else if (fullTime > band.maximum) flags.push(PayFlag.ABOVE_BAND);
    return {
      employeeId: employee.id,
      name: `${employee.firstName} ${employee.lastName}`,
      title: position?.title ?? null,
      department: position?.department?.name ?? null,
      departmentId: position?.department?.id ?? null,
      category: employee.category,
      payBasis: terms.payBasis,
      rate: terms.rate,
      fteHundredths: terms.fteHundredths,
      annualPay: annualPay(terms),
      bandMinimum: band?.minimum ?? null,
      bandMidpoint: band?.midpoint ?? null,
      bandMaximum: band?.maximum ?? null,
      compaRatio: compaRatio(fullTime, band?.midpoint),
      rangePosition: rangePosition(fullTime, band),
      flags,
    };
  }

  // ---- merit cycles ------------------------------------------------------------------------------

  cycles(): Promise<CompensationCycle[]> {
    return this.em.find(CompensationCycle, {}, { orderBy: { effectiveDate: 'desc' } });
  }

  /** The cycle in progress: the open one, else the approved one, else the latest. */
  async currentCycle(): Promise<CompensationCycle | null> {
    const cycles = await this.em.find(
      CompensationCycle,
      { status: { $ne: CycleStatus.CANCELLED } },
      { orderBy: { effectiveDate: 'desc' }, limit: 10 },
    );
    return cycles.find((c) => c.status === CycleStatus.OPEN) ?? cycles.find((c) => c.status === CycleStatus.APPROVED) ?? cycles[0] ?? null;
  }

  async cycle(id: string, field = 'id'): Promise<CompensationCycle> {
    const cycle = await this.em.findOne(CompensationCycle, { id });
    if (!cycle) {
      if (field === 'id') throw new NotFoundError('CompensationCycle', id);
      throw new ValidationError(field, 'No such cycle in this organization.');
    }
    return cycle;
  }

  /** Opens a cycle and takes everyone eligible onto its worksheet, with pay as it stands today. */
  async open(input: OpenCycleInput): Promise<CompensationCycle> {
    const name = input.name.trim();
    if (!name || name.length > 160) throw new ValidationError('input.name', 'Name the cycle (at most 160 characters).');
    if (!isIsoDate(input.effectiveDate)) throw new ValidationError('input.effectiveDate', 'Enter a date as YYYY-MM-DD.');
    if (!isIsoDate(input.eligibleHiredBy)) throw new ValidationError('input.eligibleHiredBy', 'Enter a date as YYYY-MM-DD.');
    if (input.eligibleHiredBy > input.effectiveDate)
      throw new ValidationError('input.eligibleHiredBy', 'Eligibility is decided before the effective date.');
    const hasBps = input.poolBps !== undefined && input.poolBps !== null;
    const hasAmount = input.poolAmount !== undefined && input.poolAmount !== null;
    if (hasBps === hasAmount)
      throw new ValidationError('input.poolBps', 'Give the pool either as a percentage of payroll or as an amount.');
    if (hasBps && (!Number.isInteger(input.poolBps) || input.poolBps! < 0 || input.poolBps! > 5_000))
      throw new ValidationError('input.poolBps', 'A pool is between 0% and 50% of payroll.');
    if (hasAmount && input.poolAmount! < 0) throw new ValidationError('input.poolAmount', 'A pool cannot be negative.');
    const guidelines = input.guidelines ? this.checkGuidelines(input.guidelines) : defaultGuidelines();
    if (await this.em.findOne(CompensationCycle, { status: CycleStatus.OPEN })) {
      throw new ValidationError('input.name', 'Another cycle is open: approve or cancel it first.');
    }

    const cycle = this.em.create(CompensationCycle, {
      organization: this.ctx.organizationId,
      name,
      effectiveDate: input.effectiveDate,
      eligibleHiredBy: input.eligibleHiredBy,
      includeProviders: input.includeProviders,
      poolBps: hasBps ? input.poolBps : null,
      poolAmount: hasAmount ? input.poolAmount : null,
      guidelines,
    });
    const chart = await new OrgChartService(this.ctx).chart();
    const [records, bands] = await Promise.all([this.currentRecords(), this.em.find(SalaryBand, {})]);
    const bandOf = new Map(bands.map((b) => [b.job.toLowerCase(), b]));
    for (const node of chart.nodes) {
      const employee = node.employee;
      const record = employee && records.get(employee.id);
      if (!employee || !record) continue;
      if (employee.hireDate > input.eligibleHiredBy) continue;
      if (employee.endDate && employee.endDate <= input.effectiveDate) continue;
      const provider = isProvider(employee.category);
      if (provider && !input.includeProviders) continue;
      this.em.create(Proposal, {
        organization: this.ctx.organizationId,
        cycle,
        employee,
        provider,
        payBasis: record.payBasis,
        rate: record.rate,
        fteHundredths: record.fteHundredths,
        benefitsLoadBps: record.benefitsLoadBps,
        bandMidpoint: bandOf.get(node.position.title.toLowerCase())?.midpoint ?? null,
      });
    }
    await this.em.flush();
    return cycle;
  }

  private checkGuidelines(cells: Guideline[]): Guideline[] {
    cells.forEach((g, i) => {
      if (!RATINGS.includes(g.rating as never)) throw new ValidationError(`input.guidelines.${i}.rating`, 'Ratings run from 1 to 5.');
      if (g.minBps < 0 || g.maxBps < g.minBps || g.maxBps > 5_000)
        throw new ValidationError(`input.guidelines.${i}.maxBps`, 'A range runs from its minimum up, at most 50%.');
    });
    const keys = new Set(cells.map((g) => `${g.rating}|${g.compaBand}`));
    if (keys.size !== cells.length) throw new ValidationError('input.guidelines', 'Each rating and compa-ratio band appears once.');
    return cells.map(({ rating, compaBand, minBps, maxBps }) => ({ rating, compaBand, minBps, maxBps }));
  }

  /** The worksheet: every eligible employee the viewer may see, with flags; filters by department and manager. */
  async worksheet(
    cycleId: string,
    filter: { departmentId?: string; managerId?: string; proposalId?: string } = {},
  ): Promise<WorksheetRow[]> {
    const cycle = await this.cycle(cycleId);
    const [proposals, chart, bands] = await Promise.all([
      this.em.find(
        Proposal,
        { cycle, ...(this.seesProviders ? {} : { provider: false }), ...(filter.proposalId ? { id: filter.proposalId } : {}) },
        { populate: ['employee', 'proposedBy'] },
      ),
      new OrgChartService(this.ctx).chart(),
      this.em.find(SalaryBand, {}),
    ]);
    const bandOf = new Map(bands.map((b) => [b.job.toLowerCase(), b]));
    const nodeOfEmployee = new Map(chart.nodes.filter((n) => n.employee).map((n) => [n.employee!.id, n]));
    const nodeById = new Map(chart.nodes.map((n) => [n.id, n]));
    const rows: WorksheetRow[] = [];
    for (const p of proposals) {
      const node = nodeOfEmployee.get(p.employee.id);
      const manager = node?.reportsToId ? (nodeById.get(node.reportsToId)?.employee ?? null) : null;
      if (filter.departmentId && node?.position.department?.id !== filter.departmentId) continue;
      if (filter.managerId && manager?.id !== filter.managerId) continue;
      this.noteRead(p.employee, ['pay', 'proposal']);
      rows.push(
        this.row(
          cycle,
          p,
          node?.position ?? null,
          node?.position ? (bandOf.get(node.position.title.toLowerCase()) ?? null) : null,
          manager,
        ),
      );
    }
    return rows.sort((a, b) => (a.department ?? '').localeCompare(b.department ?? '') || a.name.localeCompare(b.name));
  }

  private row(
    cycle: CompensationCycle,
    p: Proposal,
    position: Position | null,
    band: SalaryBand | null,
    manager: Employee | null,
  ): WorksheetRow {
    const summary = this.summary(p.employee, position, p, band);
    const midpoint = p.bandMidpoint ?? band?.midpoint ?? null;
    const guideline = guidelineFor(cycle.guidelines, p.rating, compaBandOf(compaRatio(fullTimeAnnual(p), midpoint)));
    const { newRate, newAnnualPay, cost } = proposalCost(p);
    const flags = [...summary.flags];
    if (guideline && (p.meritBps < guideline.minBps || p.meritBps > guideline.maxBps)) flags.push(PayFlag.OUTSIDE_GUIDELINE);
    if (band && fullTimeAnnual({ payBasis: p.payBasis, rate: newRate }) > band.maximum && !flags.includes(PayFlag.ABOVE_BAND))
      flags.push(PayFlag.NEW_PAY_ABOVE_BAND);
    return {
      ...summary,
      id: p.id,
      version: p.version,
      managerId: manager?.id ?? null,
      managerName: manager ? `${manager.firstName} ${manager.lastName}` : null,
      benefitsLoadBps: p.benefitsLoadBps,
      rating: p.rating ?? null,
      meritBps: p.meritBps,
      adjustment: p.adjustment,
      bonus: p.bonus,
      rationale: p.rationale ?? null,
      guideline,
      newRate,
      newAnnualPay,
      cost,
      flags,
      proposedBy: p.proposedBy?.displayName ?? null,
      mayPropose: this.refusal(p.employee, p.provider, position?.tier) === null,
      lockedBecause: proposalLockedBecause(this.ctx, cycle.status, {
        ...this.owner(p.employee),
        provider: p.provider,
        tier: position?.tier,
      }),
    };
  }

  /** Pool, used, remaining and over, summed by the database over the proposals the viewer may see. */
  async pool(cycle: CompensationCycle): Promise<PoolUsage> {
    const staffOnly = !this.seesProviders && cycle.includeProviders;
    type Row = {
      payroll: string | number | null;
      cost: string | number | null;
      loaded: string | number | null;
      all_payroll: string | number | null;
    };
    const visible = (expression: string) =>
      staffOnly ? `sum(case when not p.provider then ${expression} else 0 end)` : `sum(${expression})`;
    const [row] = await tenantRows<Row>(this.em, Proposal, 'p', (qb) =>
      qb
        .select([
          raw(`${visible(sql.annualPay)} as payroll`),
          raw(`sum(${sql.annualPay}) as all_payroll`),
          raw(`${visible(sql.cost)} as cost`),
          raw(`${visible(sql.loadedCost)} as loaded`),
        ])
        .where({ cycle: cycle.id }),
    );
    const payroll = Number(row?.payroll ?? 0);
    const allPayroll = Number(row?.all_payroll ?? 0);
    const used = Number(row?.cost ?? 0);
    // A fixed pool is shared out in proportion to payroll when the viewer sees staff only.
    const pool =
      cycle.poolBps != null
        ? scale(payroll, cycle.poolBps, 10_000)
        : staffOnly && allPayroll > 0
          ? scale(cycle.poolAmount!, payroll, allPayroll)
          : (cycle.poolAmount ?? 0);
    return {
      eligiblePayroll: payroll,
      pool,
      used,
      usedWithBenefits: Number(row?.loaded ?? 0),
      remaining: Math.max(0, pool - used),
      over: Math.max(0, used - pool),
      staffOnly,
    };
  }

  async propose(input: ProposalInput): Promise<WorksheetRow> {
    const proposal = await this.em.findOne(Proposal, { id: input.id }, { populate: ['cycle', 'employee'] });
    if (!proposal || (proposal.provider && !this.seesProviders)) throw new NotFoundError('Proposal', input.id);
    const position = (await new OrgChartService(this.ctx).currentPositions([proposal.employee.id])).get(proposal.employee.id);
    const refused = this.refusal(proposal.employee, proposal.provider, position?.tier);
    if (refused) throw new ForbiddenError(refused);
    if (proposal.cycle.status !== CycleStatus.OPEN)
      throw new ValidationError('input.id', `The cycle is ${proposal.cycle.status.toLowerCase()}: proposals are closed.`);
    if (proposal.version !== input.expectedVersion)
      throw new ConflictError('Someone else changed this proposal since you loaded it.', {
        version: proposal.version,
        meritBps: proposal.meritBps,
      });
    if (input.rating != null && !RATINGS.includes(input.rating as never))
      throw new ValidationError('input.rating', 'Ratings run from 1 to 5.');
    if (!Number.isInteger(input.meritBps) || input.meritBps < 0 || input.meritBps > 5_000)
      throw new ValidationError('input.meritBps', 'A merit increase is between 0% and 50%.');
    if (input.meritBps > 0 && input.rating == null)
      throw new ValidationError('input.rating', 'Rate the employee before proposing a merit increase.');
    if (input.adjustment < 0)
      throw new ValidationError('input.adjustment', 'An adjustment adds to pay; record a decrease as a pay record.');
    if (input.bonus < 0) throw new ValidationError('input.bonus', 'A bonus cannot be negative.');
    const guideline = guidelineFor(
      proposal.cycle.guidelines,
      input.rating,
      compaBandOf(compaRatio(fullTimeAnnual(proposal), proposal.bandMidpoint)),
    );
    const rationale = input.rationale?.trim() || null;
    if (guideline && (input.meritBps < guideline.minBps || input.meritBps > guideline.maxBps) && !rationale) {
      throw new ValidationError(
        'input.rationale',
        `The guideline for this rating and compa-ratio is ${fromScaled(guideline.minBps, 2)}%–${fromScaled(guideline.maxBps, 2)}%: say why this differs.`,
      );
    }
    await this.notifyReviewers(proposal);
    Object.assign(proposal, {
      rating: input.rating ?? null,
      meritBps: input.meritBps,
      adjustment: input.adjustment,
      bonus: input.bonus,
      rationale: rationale?.slice(0, 500) ?? null,
      proposedBy: this.em.getReference(User, this.ctx.user!.id),
      proposedAt: now(),
    });
    await this.em.flush();
    const [row] = await this.worksheet(proposal.cycle.id, { proposalId: proposal.id });
    return row;
  }

  /**
   * Called before a proposal is saved, to flush with it. A proposal made by someone who cannot
   * approve the cycle is one for the approvers to review (one unread item per cycle, kept current);
   * the first proposal that leaves nobody unproposed (but the approvers themselves, whose raises nobody
   * else in the practice may propose) tells them the cycle waits for their approval.
   */
  private async notifyReviewers(proposal: Proposal): Promise<void> {
    const cycle = proposal.cycle;
    const target = { target: NotificationTarget.COMPENSATION_CYCLE, targetId: cycle.id };
    const reviewers = { holding: Capability.COMPENSATION_APPROVE };
    const approvers = proposal.proposedAt ? [] : await this.notifications.usersHolding(Capability.COMPENSATION_APPROVE);
    const [mine, stillMissing] = await Promise.all([
      this.ctx.can(Capability.COMPENSATION_APPROVE)
        ? 0
        : this.em.count(Proposal, { cycle, proposedBy: this.ctx.userId, id: { $ne: proposal.id } }, { flushMode: FlushMode.COMMIT }),
      // Nobody proposes their own raise, so an approver's own row may stay open: everyone else counts.
      proposal.proposedAt
        ? -1
        : this.em.count(
            Proposal,
            {
              cycle,
              proposedAt: null,
              id: { $ne: proposal.id },
              $or: [{ employee: { user: null } }, { employee: { user: { $nin: approvers } } }],
            },
            { flushMode: FlushMode.COMMIT },
          ),
    ]);
    const who = this.ctx.user?.displayName ?? 'Someone';
    if (!this.ctx.can(Capability.COMPENSATION_APPROVE)) {
      const count = mine + 1;
      await this.notifications.notify({
        ...target,
        to: reviewers,
        kind: NotificationKind.PROPOSALS_TO_REVIEW,
        title: `Proposals to review in the ${cycle.name}`,
        text: `${who} has proposed for ${count} ${count === 1 ? 'person' : 'people'}, most recently ${proposal.employee.firstName} ${proposal.employee.lastName}.`,
        coalesce: true,
      });
    }
    if (stillMissing === 0) {
      await this.notifications.notify({
        ...target,
        to: reviewers,
        kind: NotificationKind.CYCLE_AWAITING_APPROVAL,
        title: `The ${cycle.name} waits for your approval`,
        text: `Everyone eligible has a proposal (approvers aside); ${who} made the last one.`,
        coalesce: true,
      });
    }
  }

  /**
   * Eligible and proposed, by each person's manager today, and who has no proposal: two statements,
   * whatever the size of the cycle. Over the people the viewer may see, unless `everyone`.
   */
  async completion(cycle: CompensationCycle, everyone = false): Promise<CycleCompletion> {
    const staffOnly = !everyone && !this.seesProviders && cycle.includeProviders;
    const asOf = this.ctx.today();
    const active = (alias: string, from: string, to: string) => `${alias}.${from} <= ? and (${alias}.${to} is null or ${alias}.${to} > ?)`;
    // The manager is whoever sits today in the seat the person's seat reports to, as on the worksheet.
    const from = `from compensation_proposals p
      join employees e on e.id = p.employee_id
      left join assignments a on a.employee_id = p.employee_id and ${active('a', 'start_date', 'end_date')}
      left join reporting_lines rl on rl.position_id = a.position_id and ${active('rl', 'effective_from', 'effective_to')}
      left join assignments ma on ma.position_id = rl.reports_to_id and ${active('ma', 'start_date', 'end_date')}
      left join employees m on m.id = ma.employee_id
      where p.organization_id = ? and p.cycle_id = ?${staffOnly ? ' and not p.provider' : ''}`;
    const params = [asOf, asOf, asOf, asOf, asOf, asOf, this.ctx.organizationId, cycle.id];
    type ManagerRow = {
      manager_id: string | null;
      manager_first: string | null;
      manager_last: string | null;
      eligible: string | number;
      proposed: string | number;
    };
    type MissingRow = {
      id: string;
      first_name: string;
      last_name: string;
      user_id: string | null;
      manager_id: string | null;
      manager_first: string | null;
      manager_last: string | null;
    };
    const connection = this.em.getConnection();
    const [managers, missing] = await Promise.all([
      connection.execute<ManagerRow[]>(
        `select m.id as manager_id, m.first_name as manager_first, m.last_name as manager_last,
                count(distinct p.id) as eligible,
                count(distinct case when p.proposed_at is not null then p.id end) as proposed
         ${from}
         group by m.id, m.first_name, m.last_name`,
        params,
      ),
      connection.execute<MissingRow[]>(
        `select distinct e.id, e.first_name, e.last_name, e.user_id,
                m.id as manager_id, m.first_name as manager_first, m.last_name as manager_last
         ${from} and p.proposed_at is null`,
        params,
      ),
    ]);
    const name = (first: string | null, last: string | null) => (first || last ? `${first ?? ''} ${last ?? ''}`.trim() : null);
    const byManager: ManagerCompletion[] = managers
      .map((r) => ({
        managerId: r.manager_id,
        managerName: name(r.manager_first, r.manager_last),
        eligible: Number(r.eligible),
        proposed: Number(r.proposed),
      }))
      .sort(
        (a, b) =>
          b.eligible - b.proposed - (a.eligible - a.proposed) || (a.managerName ?? '\uffff').localeCompare(b.managerName ?? '\uffff'),
      );
    const unproposed: UnproposedPerson[] = missing
      .map((r) => ({
        employeeId: r.id,
        name: `${r.first_name} ${r.last_name}`,
        managerId: r.manager_id,
        managerName: name(r.manager_first, r.manager_last),
        isYou: !!r.user_id && r.user_id === this.ctx.user?.id,
      }))
      .sort((a, b) => (a.managerName ?? '\uffff').localeCompare(b.managerName ?? '\uffff') || a.name.localeCompare(b.name));
    const eligible = byManager.reduce((n, m) => n + m.eligible, 0);
    const proposed = byManager.reduce((n, m) => n + m.proposed, 0);
    return { eligible, proposed, missing: eligible - proposed, byManager, unproposed };
  }

  /**
   * Approves the cycle. With people still unproposed it is refused (NEEDS_CONFIRMATION, kind
   * CYCLE_INCOMPLETE) unless the approver acknowledges it and says why; the counts, the approver and
   * the reason are kept on the cycle (and so in the audit log).
   */
  async approve(id: string, input?: ApproveCycleInput | null): Promise<CompensationCycle> {
    const cycle = await this.cycle(id);
    CYCLE_LIFECYCLE.assert(cycle.status, CycleStatus.APPROVED, 'id', `A ${cycle.status.toLowerCase()} cycle cannot be approved.`);
    const { eligible, proposed, missing } = await this.completion(cycle, true);
    const reason = input?.reason?.trim() || null;
    if (missing > 0) {
      if (!input?.acknowledgeIncomplete) {
        throw new NeedsConfirmationError(
          'input.acknowledgeIncomplete',
          `${missing} of ${eligible} eligible ${eligible === 1 ? 'person has' : 'people have'} no proposal and would get no raise in this cycle: ` +
            'confirm that you approve it incomplete, and say why.',
          { kind: 'CYCLE_INCOMPLETE', eligible, proposed, missing },
        );
      }
      if (!reason) throw new ValidationError('input.reason', 'Say why the cycle is approved with people still unproposed.');
      if (reason.length > 500) throw new ValidationError('input.reason', 'Keep the reason to 500 characters.');
    }
    Object.assign(cycle, {
      status: CycleStatus.APPROVED,
      approvedAt: now(),
      approvedBy: this.em.getReference(User, this.ctx.user!.id),
      eligibleAtApproval: eligible,
      proposedAtApproval: proposed,
      incompleteReason: missing > 0 ? reason : null,
    });
    await this.em.flush();
    return cycle;
  }

  async cancel(id: string): Promise<CompensationCycle> {
    const cycle = await this.cycle(id);
    CYCLE_LIFECYCLE.assert(cycle.status, CycleStatus.CANCELLED, 'id', `A ${cycle.status.toLowerCase()} cycle cannot be cancelled.`);
    cycle.status = CycleStatus.CANCELLED;
    await this.em.flush();
    return cycle;
  }

  /**
   * Writes the new pay records on the effective date and raises the salary and benefits lines of the
   * next draft budget, by cost centre — all in one transaction: any failure leaves nothing applied.
   */
  async apply(id: string): Promise<CycleApplication> {
    const cycle = await this.cycle(id);
    CYCLE_LIFECYCLE.assert(
      cycle.status,
      CycleStatus.APPLIED,
      'id',
      cycle.status === CycleStatus.APPLIED ? 'This cycle has been applied already.' : 'Approve the cycle before applying it.',
    );
    const proposals = await this.em.find(Proposal, { cycle: cycle.id }, { populate: ['employee'] });
    const ids = proposals.map((p) => p.employee.id);
    const records = await this.currentRecords(ids, cycle.effectiveDate);
    const positions = await new OrgChartService(this.ctx).currentPositions(ids, cycle.effectiveDate);
    await this.em.populate([...positions.values()], ['department', 'location']);
    try {
      return await this.em.transactional(async (em) => {
        const budgetChanges: { employee: Employee; position: Position | null; annual: number; bonus: number; benefitsLoadBps: number }[] =
          [];
        let payRecords = 0;
        for (const p of proposals) {
          const { newRate, newAnnualPay } = proposalCost(p);
          const annualIncrease = newAnnualPay - annualPay(p);
          if (newRate !== p.rate) {
            const current = records.get(p.employee.id);
            em.create(CompensationRecord, {
              organization: this.ctx.organizationId,
              employee: p.employee,
              effectiveFrom: cycle.effectiveDate,
              payBasis: p.payBasis,
              rate: newRate,
              fteHundredths: p.fteHundredths,
              bonusTargetBps: current?.bonusTargetBps ?? 0,
              benefitsLoadBps: p.benefitsLoadBps,
              reason: PayChangeReason.MERIT,
              cycle,
              note: cycle.name, // the rationale stays with the reviewers
            });
            payRecords += 1;
          }
          if (annualIncrease || p.bonus)
            budgetChanges.push({
              employee: p.employee,
              position: positions.get(p.employee.id) ?? null,
              annual: annualIncrease,
              bonus: p.bonus,
              benefitsLoadBps: p.benefitsLoadBps,
            });
        }
        const budget = await this.raiseDraftBudget(em, cycle.effectiveDate, budgetChanges);
        const current = await em.findOneOrFail(CompensationCycle, { id: cycle.id });
        current.status = CycleStatus.APPLIED;
        current.appliedAt = now();
        await em.flush();
        return {
          payRecords,
          budgetId: budget?.budget.id ?? null,
          budgetLinesChanged: budget?.lines ?? 0,
          budgetIncrease: budget?.increase ?? 0,
        };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(
          `Someone in this cycle already has a pay record dated ${cycle.effectiveDate}: nothing was applied. Remove or move that record, then apply again.`,
        );
      }
      throw error;
    }
  }

  /**
   * Raises the salary and benefits lines of the draft budget that covers the effective date, by cost
   * centre: each raise from the effective date on, bonuses in its first month (BudgetService owns the lines).
   */
  private async raiseDraftBudget(
    em: EntityManager,
    effectiveDate: string,
    changes: { employee: Employee; position: Position | null; annual: number; bonus: number; benefitsLoadBps: number }[],
  ): Promise<{ budget: Budget; lines: number; increase: number } | null> {
    if (!changes.length) return null;
    const budgets = new BudgetService(this.ctx.withEntityManager(em));
    const budget = await budgets.draftCovering(effectiveDate);
    if (!budget) return null;
    const [accounts, centres] = await Promise.all([
      em.find(
        Account,
        { group: { $in: [AccountGroup.PROVIDER_SALARIES, AccountGroup.STAFF_SALARIES, AccountGroup.BENEFITS] } },
        { orderBy: { code: 'asc' } },
      ),
      em.find(CostCentre, {}, { orderBy: { name: 'asc' } }),
    ]);
    const inGroup = (g: AccountGroup) => accounts.filter((a) => a.group === g);
    if (!inGroup(AccountGroup.BENEFITS).length || !inGroup(AccountGroup.STAFF_SALARIES).length || !centres.length) return null;
    // Physicians and clinical staff take a group's first account, advanced-practice providers and office staff its last.
    const salaryAccount = (category: StaffCategory) => {
      const group = inGroup(isProvider(category) ? AccountGroup.PROVIDER_SALARIES : AccountGroup.STAFF_SALARIES);
      const list = group.length ? group : inGroup(AccountGroup.STAFF_SALARIES);
      return category === StaffCategory.PHYSICIAN || category === StaffCategory.CLINICAL_STAFF ? list[0] : list[list.length - 1];
    };
    const benefitsAccount = inGroup(AccountGroup.BENEFITS)[inGroup(AccountGroup.BENEFITS).length - 1];
    const centreOf = (position: Position | null) => {
      const names = [position?.location?.name, position?.department?.name].filter(Boolean).map((n) => n!.toLowerCase());
      return (
        centres.find((c) => position?.location && c.location?.id === position.location.id) ??
        centres.find((c) => position?.department && c.department?.id === position.department.id) ??
        centres.find((c) => names.includes(c.name.toLowerCase())) ??
        centres.find((c) => /admin/i.test(c.name)) ??
        centres[0]
      );
    };
    const loaded = (n: number, bps: number) => scale(n, bps, 10_000);
    const additions = changes.flatMap((c) => {
      const costCentre = centreOf(c.position);
      return [
        { account: salaryAccount(c.employee.category), costCentre, annual: c.annual, oneOff: c.bonus },
        { account: benefitsAccount, costCentre, annual: loaded(c.annual, c.benefitsLoadBps), oneOff: loaded(c.bonus, c.benefitsLoadBps) },
      ];
    });
    return budgets.addToDraft(budget, effectiveDate, additions);
  }
}
