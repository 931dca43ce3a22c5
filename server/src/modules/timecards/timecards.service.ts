import { divFloor, toNumber } from '../../core/exact';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { addDays, isIsoDate, now } from '../../core/dates';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors';
import { User } from '../../core/organization.entity';
import { Capability } from '../../core/policy';
import { CostCentre } from '../ledger/ledger.entity';
import { Assignment, Employee, ReportingLine } from '../orgchart/orgchart.entity';
import { viewerEmployee } from '../orgchart/orgchart.loaders';
import { CompensationRecord, PayBasis } from '../compensation/compensation.entity';
import { instantOf, localParts, minutesFrom, parseTime, weekStartOf } from './clock';
import { computeWeek, hoursText, ROUNDING_CHOICES, type WeekResult } from './overtime';
import {
  approvalRefusal,
  entryRefusal,
  readRefusal,
  reopenRefusal,
  TimeCardError,
  TimeCardProblem as P,
  type CardRelation,
} from './timecards.access';
import {
  CARD_LIFECYCLE,
  CLOSED_STATUSES,
  PayrollExport,
  TimeCard,
  TimeCardCorrection,
  TimeCardSettings,
  TimeCardStatus,
  TimeEntry,
  TimeEntryKind,
} from './timecards.entity';
import { ClockAction, type TimeCardSettingsInput, type TimeEntryInput } from './timecards.inputs';

const DAY_MS = 86_400_000;
/** A shift still open after this long is a missed clock-out, not someone on the clock. */
export const ON_THE_CLOCK_MS = 16 * 3_600_000;
const MAX_REASON = 500;

export class TimeCardService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  private get timeZone(): string {
    return this.ctx.membership?.organization.timeZone ?? 'UTC';
  }

  // ---- settings ------------------------------------------------------------------------------

  async settings(): Promise<TimeCardSettings> {
    return this.ctx.memo('timecards:settings', async () => {
      const found = await this.em.findOne(TimeCardSettings, {});
      if (found) return found;
      const defaults = new TimeCardSettings();
      defaults.organization = this.ctx.membership!.organization;
      return defaults;
    });
  }

  async saveSettings(input: TimeCardSettingsInput): Promise<TimeCardSettings> {
    const existing = await this.em.findOne(TimeCardSettings, {});
    if (existing && input.expectedVersion != null && input.expectedVersion !== existing.version)
      throw new ConflictError('Someone else changed the time keeping settings since you opened them.', { version: existing.version });
    if (!Number.isInteger(input.workweekStartsOn) || input.workweekStartsOn < 1 || input.workweekStartsOn > 7)
      throw new ValidationError('input.workweekStartsOn', 'Choose the weekday the workweek starts on (1 = Monday … 7 = Sunday).');
    if (!(ROUNDING_CHOICES as readonly number[]).includes(input.roundingMinutes))
      throw new ValidationError('input.roundingMinutes', 'Punches round to the nearest 5, 6 or 15 minutes, or not at all (0).');
    const code = input.adpCompanyCode?.trim() || null;
    if (code && !/^[A-Za-z0-9]{2,10}$/.test(code))
      throw new ValidationError('input.adpCompanyCode', 'An ADP company code is 2–10 letters or digits.');
    const fields = {
      workweekStartsOn: input.workweekStartsOn,
      ruleSet: input.ruleSet,
      roundingMinutes: input.roundingMinutes,
      adpCompanyCode: code,
    };
    const settings = existing ?? this.em.create(TimeCardSettings, { organization: this.ctx.organizationId, ...fields });
    Object.assign(settings, fields);
    await this.em.flush();
    // Hours kept with open cards follow the new rules.
    const open = await this.em.find(TimeCard, { status: { $in: [TimeCardStatus.OPEN, TimeCardStatus.SUBMITTED] } });
    await this.recompute(open, settings);
    await this.em.flush();
    return settings;
  }

  async weekStartOf(day: string, field = 'weekStart'): Promise<string> {
    if (!isIsoDate(day)) throw new ValidationError(field, 'Dates are YYYY-MM-DD.');
    if (day < '1900-01-01' || day > '2199-12-31') throw new ValidationError(field, 'Time cards are kept for the years 1900 to 2199.');
    return weekStartOf(day, (await this.settings()).workweekStartsOn);
  }

  // ---- reading -------------------------------------------------------------------------------

  private async ownEmployee(): Promise<Employee> {
    const me = await viewerEmployee(this.ctx);
    if (!me) throw new ValidationError('employeeId', 'Your sign-in is not linked to an employee record, so you keep no time card.');
    return me;
  }

  /** The viewer's card for the week holding `day` (today by default); an empty unsaved card when nothing is on it yet. */
  async myCard(day = this.ctx.today()): Promise<TimeCard> {
    const me = await this.ownEmployee();
    return this.cardFor(me, await this.weekStartOf(day, 'day'), false);
  }

  async card(id: string): Promise<TimeCard> {
    const card = await this.em.findOne(TimeCard, { id }, { populate: ['employee'] });
    if (!card) throw new NotFoundError('TimeCard', id);
    const refusal = readRefusal(this.ctx, await this.relation(card.employee));
    if (refusal) throw new ForbiddenError(refusal);
    return card;
  }

  /** The week's cards the viewer may see, by employee name; `reportsOnly`: those of the viewer's direct reports. */
  async cards(weekStart: string, options: { reportsOnly?: boolean; status?: TimeCardStatus | null } = {}): Promise<TimeCard[]> {
    const start = await this.weekStartOf(weekStart);
    const cards = await this.em.find(
      TimeCard,
      { weekStart: start, ...(options.status ? { status: options.status } : {}) },
      { populate: ['employee'], orderBy: { employee: { lastName: 'asc', firstName: 'asc' } }, limit: 5000 },
    );
    const seeAll = !options.reportsOnly && (this.ctx.can(Capability.TIME_CARDS_ENTER) || this.ctx.can(Capability.TIME_CARDS_APPROVE_ALL));
    if (seeAll) return cards;
    const reports = await this.directReports(cards.map((c) => c.employee.id));
    return cards.filter((c) => reports.has(c.employee.id));
  }

  /** Cards of a period by status, for the payroll page: which will be exported and which are still missing. */
  async periodCards(periodStart: string, periodEnd: string): Promise<TimeCard[]> {
    const [start, end] = await this.period(periodStart, periodEnd);
    return this.em.find(
      TimeCard,
      { weekStart: { $gte: start, $lte: end } },
      { populate: ['employee'], orderBy: { weekStart: 'asc', employee: { lastName: 'asc', firstName: 'asc' } }, limit: 20_000 },
    );
  }

  /** Which of these employees report directly to the viewer's seat today (one statement after the viewer's seat). */
  async directReports(employeeIds: string[]): Promise<Set<string>> {
    const me = await viewerEmployee(this.ctx);
    if (!me || employeeIds.length === 0) return new Set();
    return this.ctx.memo(`timecards:reports:${[...employeeIds].sort().join(',')}`, async () => {
      const asOf = this.ctx.today();
      const active = (from: string, to: string) => ({ [from]: { $lte: asOf }, $or: [{ [to]: null }, { [to]: { $gt: asOf } }] });
      const mine = await this.em.find(Assignment, { employee: me.id, ...active('startDate', 'endDate') });
      if (mine.length === 0) return new Set<string>();
      const lines = await this.em.find(ReportingLine, {
        reportsTo: { $in: mine.map((a) => a.position.id) },
        ...active('effectiveFrom', 'effectiveTo'),
      });
      if (lines.length === 0) return new Set<string>();
      const seats = await this.em.find(Assignment, {
        position: { $in: lines.map((l) => l.position.id) },
        employee: { $in: employeeIds },
        ...active('startDate', 'endDate'),
      });
      return new Set(seats.map((a) => a.employee.id));
    });
  }

  async relation(employee: Employee | { id: string }): Promise<CardRelation> {
    const me = await viewerEmployee(this.ctx);
    const own = !!me && me.id === employee.id;
    const directReport = !own && (await this.directReports([employee.id])).has(employee.id);
    return { own, directReport };
  }

  /** Entries of cards, current ones (or every version), in punch order: one statement for all the cards asked about. */
  async entriesOf(cardIds: string[], includeSuperseded = false): Promise<Map<string, TimeEntry[]>> {
    const rows = await this.em.find(
      TimeEntry,
      { card: { $in: cardIds }, ...(includeSuperseded ? {} : { supersededIn: null }) },
      { orderBy: { day: 'asc', clockIn: 'asc', revision: 'asc', createdAt: 'asc' } },
    );
    const by = new Map<string, TimeEntry[]>(cardIds.map((id) => [id, []]));
    for (const row of rows) by.get(row.card.id)?.push(row);
    return by;
  }

  /** The week by the rules: days, the hours each rule produced, and pay when the employee is paid by the hour. */
  async hours(card: TimeCard, entries?: TimeEntry[], settings?: TimeCardSettings): Promise<WeekResult> {
    const list = entries ?? (await this.entriesOf([card.id])).get(card.id) ?? [];
    const s = settings ?? (await this.settings());
    const rate = await this.hourlyRate(card.employee.id, card.weekStart);
    return computeWeek({
      weekStart: card.weekStart,
      ruleSet: s.ruleSet,
      roundingMinutes: s.roundingMinutes,
      hourlyRate: rate,
      shifts: list
        .filter((e) => e.kind === TimeEntryKind.WORK && e.clockIn && e.clockOut)
        .map((e) => ({
          day: e.day,
          clockIn: minutesFrom(e.day, e.clockIn!, this.timeZone),
          clockOut: minutesFrom(e.day, e.clockOut!, this.timeZone),
          meals:
            e.mealStart && e.mealEnd
              ? [{ start: minutesFrom(e.day, e.mealStart, this.timeZone), end: minutesFrom(e.day, e.mealEnd, this.timeZone) }]
              : [],
        })),
      leave: list
        .filter((e) => e.kind !== TimeEntryKind.WORK)
        .map((e) => ({ day: e.day, kind: e.kind === TimeEntryKind.PTO ? 'PTO' : 'SICK', minutes: e.minutes })),
    });
  }

  /** The hourly rate in effect on the week's first day, or null (salaried or no pay record). */
  async hourlyRate(employeeId: string, weekStart: string): Promise<number | null> {
    const record = await this.em.findOne(
      CompensationRecord,
      { employee: employeeId, effectiveFrom: { $lte: weekStart } },
      { orderBy: { effectiveFrom: 'desc' } },
    );
    return record && record.payBasis === PayBasis.HOURLY ? record.rate : null;
  }

  // ---- the time clock ------------------------------------------------------------------------

  /** A punch now, on the viewer's own card. */
  async clock(action: ClockAction, costCentreId?: string | null): Promise<TimeCard> {
    const me = await this.ownEmployee();
    const refusal = entryRefusal(this.ctx, { own: true, directReport: false }, false);
    if (refusal) throw new ForbiddenError(refusal);
    const at = now();
    at.setSeconds(0, 0);
    const open = await this.em.findOne(
      TimeEntry,
      {
        employee: me.id,
        kind: TimeEntryKind.WORK,
        clockOut: null,
        supersededIn: null,
        clockIn: { $gt: new Date(at.getTime() - ON_THE_CLOCK_MS) },
      },
      { orderBy: { clockIn: 'desc' }, populate: ['card'] },
    );
    if (action === ClockAction.IN) {
      if (open) throw new TimeCardError(P.ALREADY_CLOCKED_IN, 'action', 'You are already on the clock: clock out first.');
      const { day } = localParts(at, this.timeZone);
      const card = await this.cardFor(me, await this.weekStartOf(day), true);
      this.assertEditable(card, false);
      const costCentre = costCentreId ? await this.costCentre(costCentreId, 'costCentreId') : null;
      await this.assertNoOverlap(me.id, at, at, null);
      const entry = this.em.create(TimeEntry, {
        organization: this.ctx.organizationId,
        card,
        employee: me,
        kind: TimeEntryKind.WORK,
        day,
        clockIn: at,
        costCentre,
        revision: card.revision,
        enteredBy: this.em.getReference(User, this.ctx.userId!),
      });
      await this.recompute([card], undefined, [entry]);
      await this.em.flush();
      return card;
    }
    if (!open) throw new TimeCardError(P.NOT_CLOCKED_IN, 'action', 'You are not on the clock: clock in first.');
    this.assertEditable(open.card, false);
    if (action === ClockAction.MEAL_START) {
      if (open.mealStart) throw new TimeCardError(P.MEAL_OUTSIDE_SHIFT, 'action', 'This shift’s meal has started already.');
      open.mealStart = at;
    } else if (action === ClockAction.MEAL_END) {
      if (!open.mealStart || open.mealEnd) throw new TimeCardError(P.MEAL_OUTSIDE_SHIFT, 'action', 'Start a meal before ending it.');
      open.mealEnd = at;
    } else {
      if (open.mealStart && !open.mealEnd) throw new TimeCardError(P.MEAL_OUTSIDE_SHIFT, 'action', 'End your meal before clocking out.');
      if (at.getTime() < open.clockIn!.getTime())
        throw new TimeCardError(P.CLOCK_OUT_BEFORE_CLOCK_IN, 'action', 'A clock-out comes after the clock-in.');
      open.clockOut = at;
    }
    await this.recompute([open.card]);
    await this.em.flush();
    return open.card;
  }

  // ---- entering and correcting ---------------------------------------------------------------

  async saveEntry(input: TimeEntryInput): Promise<TimeCard> {
    const employee = input.employeeId ? await this.employee(input.employeeId) : await this.ownEmployee();
    const relation = await this.relation(employee);
    const replaced = input.replacesEntryId ? await this.entry(input.replacesEntryId, 'input.replacesEntryId') : null;
    const refusal = entryRefusal(this.ctx, relation, !!replaced);
    if (refusal) throw new ForbiddenError(refusal);
    if (replaced && replaced.employee.id !== employee.id)
      throw new ValidationError('input.replacesEntryId', 'That entry is on someone else’s card.');
    if (!isIsoDate(input.day)) throw new ValidationError('input.day', 'Enter the day as YYYY-MM-DD.');
    const card = await this.cardFor(employee, await this.weekStartOf(input.day, 'input.day'), true);
    if (replaced && replaced.card.id !== card.id)
      throw new ValidationError('input.day', 'A correction stays in the same workweek; remove the entry and enter it on the other week.');
    const reason = this.reasonFor(input.reason, !!replaced || !relation.own);
    this.assertEditable(card, this.ctx.can(Capability.TIME_CARDS_ENTER));
    this.assertVersion(card, input.expectedVersion, !!replaced);

    const fields = await this.entryFields(input, employee.id, replaced);
    const revision = reason ? card.revision + 1 : card.revision;
    if (reason) {
      card.revision = revision;
      this.em.create(TimeCardCorrection, {
        organization: this.ctx.organizationId,
        card,
        revision,
        reason,
        correctedBy: this.em.getReference(User, this.ctx.userId!),
      });
    }
    if (replaced) replaced.supersededIn = revision;
    const entry = this.em.create(TimeEntry, {
      organization: this.ctx.organizationId,
      card,
      employee,
      ...fields,
      revision,
      replaces: replaced,
      enteredBy: this.em.getReference(User, this.ctx.userId!),
    });
    await this.recompute([card], undefined, [entry]);
    await this.em.flush();
    return card;
  }

  /** A correction that removes an entry (kept, superseded by the revision). */
  async removeEntry(entryId: string, reason: string, expectedVersion: number): Promise<TimeCard> {
    const entry = await this.entry(entryId, 'entryId');
    const refusal = entryRefusal(this.ctx, await this.relation(entry.employee), true);
    if (refusal) throw new ForbiddenError(refusal);
    const card = entry.card;
    const why = this.reasonFor(reason, true)!;
    this.assertEditable(card, true);
    this.assertVersion(card, expectedVersion, true);
    card.revision += 1;
    entry.supersededIn = card.revision;
    this.em.create(TimeCardCorrection, {
      organization: this.ctx.organizationId,
      card,
      revision: card.revision,
      reason: why,
      correctedBy: this.em.getReference(User, this.ctx.userId!),
    });
    await this.recompute([card]);
    await this.em.flush();
    return card;
  }

  private async entryFields(input: TimeEntryInput, employeeId: string, replaced: TimeEntry | null) {
    const costCentre = input.costCentreId
      ? await this.costCentre(input.costCentreId, 'input.costCentreId')
      : (replaced?.costCentre ?? null);
    if (input.kind !== TimeEntryKind.WORK) {
      const minutes = input.minutes ?? 0;
      if (!Number.isInteger(minutes) || minutes <= 0 || minutes > 24 * 60)
        throw new ValidationError('input.minutes', 'Enter the hours of PTO or sick leave for the day: more than 0, at most 24.');
      return { kind: input.kind, day: input.day, minutes, costCentre, clockIn: null, clockOut: null, mealStart: null, mealEnd: null };
    }
    const time = (text: string | null | undefined, field: string) => {
      if (text == null || text.trim() === '') return null;
      const minute = parseTime(text);
      if (minute === null) throw new ValidationError(field, 'Enter the time as HH:MM (24-hour).');
      return minute;
    };
    const clockIn = time(input.clockIn, 'input.clockIn');
    if (clockIn === null) throw new ValidationError('input.clockIn', 'Enter when the shift started.');
    const later = (minute: number | null) => (minute !== null && input.endsNextDay && minute < clockIn ? minute + 1440 : minute);
    const out = time(input.clockOut, 'input.clockOut');
    const clockOut = out !== null && input.endsNextDay ? out + 1440 : out;
    if (clockOut === null && input.endsNextDay) throw new ValidationError('input.clockOut', 'Enter the clock-out on the next day.');
    if (clockOut !== null && clockOut <= clockIn)
      throw new TimeCardError(
        P.CLOCK_OUT_BEFORE_CLOCK_IN,
        'input.clockOut',
        'The clock-out is before the clock-in (for a shift past midnight, say it ends the next day).',
      );
    if (clockOut !== null && clockOut - clockIn > 24 * 60)
      throw new TimeCardError(P.SHIFT_OVER_24_HOURS, 'input.clockOut', 'A shift is at most 24 hours.');
    const mealStart = later(time(input.mealStart, 'input.mealStart'));
    const mealEnd = later(time(input.mealEnd, 'input.mealEnd'));
    if (mealEnd !== null && mealStart === null) throw new ValidationError('input.mealStart', 'Enter when the meal started.');
    if (mealStart !== null) {
      const end = clockOut ?? 48 * 60;
      if (mealStart < clockIn || mealStart >= end)
        throw new TimeCardError(P.MEAL_OUTSIDE_SHIFT, 'input.mealStart', 'The meal starts during the shift.');
      if (mealEnd !== null && (mealEnd <= mealStart || mealEnd > end))
        throw new TimeCardError(P.MEAL_OUTSIDE_SHIFT, 'input.mealEnd', 'The meal ends after it starts and before the clock-out.');
    }
    const at = (minute: number | null) => (minute === null ? null : instantOf(input.day, minute, this.timeZone));
    const fields = {
      kind: TimeEntryKind.WORK,
      day: input.day,
      minutes: 0,
      costCentre,
      clockIn: at(clockIn)!,
      clockOut: at(clockOut),
      mealStart: at(mealStart),
      mealEnd: at(mealEnd),
    };
    await this.assertNoOverlap(employeeId, fields.clockIn, fields.clockOut ?? fields.clockIn, replaced?.id ?? null);
    return fields;
  }

  /** No two current shifts of one person overlap in time (an open shift counts from its clock-in for a day). */
  private async assertNoOverlap(employeeId: string, start: Date, end: Date, except: string | null) {
    const others = await this.em.find(TimeEntry, {
      employee: employeeId,
      kind: TimeEntryKind.WORK,
      supersededIn: null,
      clockIn: { $lt: end.getTime() === start.getTime() ? new Date(start.getTime() + 1) : end, $gt: new Date(start.getTime() - DAY_MS) },
      ...(except ? { id: { $ne: except } } : {}),
    });
    const clash = others.find((o) => {
      const oEnd = o.clockOut ?? new Date(o.clockIn!.getTime() + (o.clockOut ? 0 : 1));
      return o.clockIn!.getTime() < Math.max(end.getTime(), start.getTime() + 1) && oEnd.getTime() > start.getTime();
    });
    if (clash) {
      const { minute } = localParts(clash.clockIn!, this.timeZone);
      const hhmm = `${String(toNumber(divFloor(minute, 60))).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      throw new TimeCardError(P.OVERLAPPING_SHIFTS, 'input.clockIn', `This overlaps the shift of ${clash.day} from ${hhmm}.`);
    }
  }

  // ---- the approval flow ---------------------------------------------------------------------

  async submit(cardId: string, expectedVersion: number): Promise<TimeCard> {
    const card = await this.card(cardId);
    const relation = await this.relation(card.employee);
    if (!relation.own && !this.ctx.can(Capability.TIME_CARDS_ENTER)) throw new ForbiddenError('You submit your own time card.');
    this.assertVersion(card, expectedVersion, true);
    CARD_LIFECYCLE.assert(card.status, TimeCardStatus.SUBMITTED, 'cardId', 'Only an open card is submitted.');
    if (card.openShifts > 0)
      throw new TimeCardError(
        P.MISSING_CLOCK_OUT,
        'cardId',
        'A shift has no clock-out: clock out, or ask the office manager to correct it.',
      );
    card.status = TimeCardStatus.SUBMITTED;
    card.submittedAt = now();
    await this.em.flush();
    return card;
  }

  async approve(cardId: string, expectedVersion: number): Promise<TimeCard> {
    const card = await this.card(cardId);
    const refusal = approvalRefusal(this.ctx, await this.relation(card.employee));
    if (refusal) throw new ForbiddenError(refusal);
    this.assertVersion(card, expectedVersion, true);
    CARD_LIFECYCLE.assert(card.status, TimeCardStatus.APPROVED, 'cardId', 'Only a submitted card is approved.');
    card.status = TimeCardStatus.APPROVED;
    card.approvedAt = now();
    card.approvedBy = this.em.getReference(User, this.ctx.userId!);
    await this.em.flush();
    return card;
  }

  /** Back to the employee (submitted or approved), or an exported card reopened by the administrator: with a reason, as a revision. */
  async reopen(cardId: string, expectedVersion: number, reason: string): Promise<TimeCard> {
    const card = await this.card(cardId);
    const refusal = reopenRefusal(this.ctx, { ...(await this.relation(card.employee)), status: card.status });
    if (refusal) throw new ForbiddenError(refusal);
    this.assertVersion(card, expectedVersion, true);
    const why = this.reasonFor(reason, true)!;
    CARD_LIFECYCLE.assert(card.status, TimeCardStatus.OPEN, 'cardId', 'The card is open already.');
    card.status = TimeCardStatus.OPEN;
    card.revision += 1;
    card.approvedAt = null;
    card.approvedBy = null;
    this.em.create(TimeCardCorrection, {
      organization: this.ctx.organizationId,
      card,
      revision: card.revision,
      reason: `Reopened: ${why}`.slice(0, MAX_REASON),
      correctedBy: this.em.getReference(User, this.ctx.userId!),
    });
    await this.em.flush();
    return card;
  }

  /** Approved cards of the week no longer change until reopened. */
  async lockWeek(weekStart: string): Promise<TimeCard[]> {
    const start = await this.weekStartOf(weekStart);
    const cards = await this.em.find(TimeCard, { weekStart: start, status: TimeCardStatus.APPROVED }, { populate: ['employee'] });
    for (const card of cards) card.status = TimeCardStatus.LOCKED;
    await this.em.flush();
    return cards;
  }

  // ---- payroll -------------------------------------------------------------------------------

  private async period(periodStart: string, periodEnd: string): Promise<[string, string]> {
    const start = await this.weekStartOf(periodStart, 'periodStart');
    const endWeek = await this.weekStartOf(periodEnd, 'periodEnd');
    if (endWeek < start) throw new ValidationError('periodEnd', 'The period ends after it starts.');
    if (Date.parse(endWeek) - Date.parse(start) > 62 * DAY_MS)
      throw new ValidationError('periodEnd', 'A pay period is at most nine weeks.');
    return [start, addDays(endWeek, 6)];
  }

  /**
   * Exports the period's approved cards once: they become EXPORTED in a new batch. Asked again with
   * nothing newly approved, it answers with the period's last batch instead of exporting twice; two
   * exports at once meet the cards' versions and one gets CONFLICT.
   */
  async exportPayroll(periodStart: string, periodEnd: string): Promise<PayrollExport> {
    const [start, end] = await this.period(periodStart, periodEnd);
    const cards = await this.em.find(TimeCard, {
      weekStart: { $gte: start, $lte: end },
      status: { $in: [TimeCardStatus.APPROVED, TimeCardStatus.LOCKED] },
    });
    if (cards.length === 0) {
      const earlier = await this.em.findOne(PayrollExport, { periodStart: start, periodEnd: end }, { orderBy: { number: 'desc' } });
      if (earlier) return earlier;
      throw new TimeCardError(P.NOTHING_TO_EXPORT, 'periodStart', 'No approved time cards in this period to export.');
    }
    const last = await this.em.findOne(PayrollExport, {}, { orderBy: { number: 'desc' } });
    const batch = this.em.create(PayrollExport, {
      organization: this.ctx.organizationId,
      number: (last?.number ?? 0) + 1,
      periodStart: start,
      periodEnd: end,
      cardCount: cards.length,
      exportedBy: this.em.getReference(User, this.ctx.userId!),
    });
    for (const card of cards) {
      CARD_LIFECYCLE.assert(card.status, TimeCardStatus.EXPORTED);
      card.status = TimeCardStatus.EXPORTED;
      card.exportBatch = batch;
    }
    await this.em.flush();
    return batch;
  }

  exports(): Promise<PayrollExport[]> {
    return this.em.find(PayrollExport, {}, { orderBy: { number: 'desc' }, limit: 200 });
  }

  async batch(id: string): Promise<PayrollExport> {
    const batch = await this.em.findOne(PayrollExport, { id });
    if (!batch) throw new NotFoundError('PayrollExport', id);
    return batch;
  }

  /** The batch's cards, summed per employee, as Gusto's or ADP's import file. */
  async payrollCsv(batchId: string, format: 'gusto' | 'adp'): Promise<{ fileName: string; data: string }> {
    const batch = await this.batch(batchId);
    const cards = await this.em.find(
      TimeCard,
      { exportBatch: batch.id },
      { populate: ['employee'], orderBy: { employee: { lastName: 'asc', firstName: 'asc' } } },
    );
    const people = new Map<string, { employee: Employee; regular: number; overtime: number; double: number; pto: number; sick: number }>();
    for (const card of cards) {
      const row = people.get(card.employee.id) ?? { employee: card.employee, regular: 0, overtime: 0, double: 0, pto: 0, sick: 0 };
      row.regular += card.regularMinutes;
      row.overtime += card.overtimeMinutes;
      row.double += card.doubleTimeMinutes;
      row.pto += card.ptoMinutes;
      row.sick += card.sickMinutes;
      people.set(card.employee.id, row);
    }
    const cell = (value: string) =>
      /[",\n\r]/.test(value) || /^[=+\-@\t]/.test(value) ? `"${value.replace(/^([=+\-@\t])/, "'$1").replace(/"/g, '""')}"` : value;
    const lines: string[] = [];
    if (format === 'gusto') {
      lines.push('last_name,first_name,regular_hours,overtime_hours,double_overtime_hours,pto_hours,sick_hours');
      for (const r of people.values())
        lines.push(
          [cell(r.employee.lastName), cell(r.employee.firstName), ...[r.regular, r.overtime, r.double, r.pto, r.sick].map(hoursText)].join(
            ',',
          ),
        );
    } else {
      const settings = await this.settings();
      const co = settings.adpCompanyCode ?? '';
      lines.push('Co Code,Batch ID,File #,Employee Name,Reg Hours,O/T Hours,Hours 3 Code,Hours 3 Amount');
      for (const r of people.values()) {
        const name = cell(`${r.employee.lastName}, ${r.employee.firstName}`);
        const base = [cell(co), String(batch.number), '', name];
        lines.push([...base, hoursText(r.regular), hoursText(r.overtime), '', ''].join(','));
        // ADP takes other hours as coded lines: D double time, V vacation/PTO, S sick.
        for (const [code, minutes] of [
          ['D', r.double],
          ['V', r.pto],
          ['S', r.sick],
        ] as const)
          if (minutes > 0) lines.push([...base, '', '', code, hoursText(minutes)].join(','));
      }
    }
    return { fileName: `payroll-${batch.number}-${batch.periodStart}-${format}.csv`, data: `${lines.join('\r\n')}\r\n` };
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async cardFor(employee: Employee, weekStart: string, persist: boolean): Promise<TimeCard> {
    const found = await this.em.findOne(TimeCard, { employee: employee.id, weekStart }, { populate: ['employee'] });
    if (found) return found;
    if (!persist) {
      const blank = new TimeCard();
      Object.assign(blank, { organization: this.ctx.membership!.organization, employee, weekStart });
      return blank;
    }
    return this.em.create(TimeCard, { organization: this.ctx.organizationId, employee, weekStart });
  }

  /** Keeps each card's hours by the rules with the card (what lists and the export read); `added`: entries not flushed yet. */
  private async recompute(cards: TimeCard[], settings?: TimeCardSettings, added: TimeEntry[] = []) {
    if (cards.length === 0) return;
    const entries = await this.entriesOf(cards.map((c) => c.id));
    for (const card of cards) {
      const all = [...(entries.get(card.id) ?? []), ...added.filter((e) => e.card === card)];
      const current = [...new Map(all.map((e) => [e.id, e])).values()].filter((e) => !e.supersededIn);
      const week = await this.hours(card, current, settings);
      Object.assign(card, {
        workedMinutes: week.workedMinutes,
        regularMinutes: week.regularMinutes,
        overtimeMinutes: week.overtimeMinutes,
        doubleTimeMinutes: week.doubleTimeMinutes,
        ptoMinutes: week.ptoMinutes,
        sickMinutes: week.sickMinutes,
        mealPremiums: week.mealPremiums,
        openShifts: current.filter((e) => e.kind === TimeEntryKind.WORK && !e.clockOut).length,
      });
    }
  }

  private assertEditable(card: TimeCard, enters: boolean) {
    if (CLOSED_STATUSES.includes(card.status))
      throw new TimeCardError(P.CARD_LOCKED, 'day', `The card is ${card.status.toLowerCase()}: it changes only once reopened.`);
    if (card.status === TimeCardStatus.SUBMITTED && !enters)
      throw new TimeCardError(P.CARD_LOCKED, 'day', 'The card is submitted: ask your manager to send it back to change it.');
  }

  private assertVersion(card: TimeCard, expected: number | null | undefined, required: boolean) {
    if (expected == null) {
      if (required) throw new ValidationError('expectedVersion', 'Send the card’s version as you saw it.');
      return;
    }
    if (expected !== card.version)
      throw new ConflictError('Someone else changed this time card since you opened it. Reload it and try again.', {
        version: card.version,
        status: card.status,
      });
  }

  private reasonFor(reason: string | null | undefined, required: boolean): string | null {
    const text = reason?.trim() ?? '';
    if (!text) {
      if (required) throw new TimeCardError(P.REASON_REQUIRED, 'input.reason', 'Say why: a correction keeps its reason with the card.');
      return null;
    }
    if (text.length > MAX_REASON) throw new ValidationError('input.reason', `Keep the reason under ${MAX_REASON} characters.`);
    return text;
  }

  private async employee(id: string): Promise<Employee> {
    const employee = await this.em.findOne(Employee, { id });
    if (!employee) throw new ValidationError('input.employeeId', 'No such employee in this organization.');
    return employee;
  }

  private async entry(id: string, field: string): Promise<TimeEntry> {
    const entry = await this.em.findOne(TimeEntry, { id }, { populate: ['card', 'card.employee', 'employee'] });
    if (!entry) throw new ValidationError(field, 'No such time entry.');
    if (entry.supersededIn)
      throw new ConflictError('That entry was corrected already: reload the card.', { supersededIn: entry.supersededIn });
    return entry;
  }

  private async costCentre(id: string, field: string): Promise<CostCentre> {
    const centre = await this.em.findOne(CostCentre, { id });
    if (!centre) throw new ValidationError(field, 'No such cost centre.');
    return centre;
  }
}
