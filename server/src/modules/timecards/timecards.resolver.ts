import { divFloor, toNumber } from '../../core/exact';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow } from '../../core/allow';
import { related, requestLoader } from '../../core/loaders';
import { User } from '../../core/organization.entity';
import { Capability } from '../../core/policy';
import { CostCentre } from '../ledger/ledger.entity';
import { Employee, isProvider } from '../orgchart/orgchart.entity';
import { approvalRefusal } from './timecards.access';
import {
  CARD_READERS,
  PAYROLL,
  PayrollExport,
  TimeCard,
  TimeCardCorrection,
  TimeCardSettings,
  TimeCardStatus,
  TimeEntry,
} from './timecards.entity';
import { ClockAction, TimeCardSettingsInput, TimeEntryInput } from './timecards.inputs';
import { ON_THE_CLOCK_MS, TimeCardService } from './timecards.service';
import { now } from '../../core/dates';
import { PAY_READERS, TimeCardDay, TimeCardPay, TimeCardRule, TimeEntryTimes } from './timecards.types';
import { minutesFrom } from './clock';

const C = Capability;
const ENTERS_OR_APPROVES = [C.TIME_CARDS_ENTER, C.TIME_CARDS_APPROVE_REPORTS, C.TIME_CARDS_APPROVE_ALL];
const APPROVERS = [C.TIME_CARDS_APPROVE_REPORTS, C.TIME_CARDS_APPROVE_ALL];

const entriesLoader = requestLoader<string, TimeEntry[]>(async (ctx, ids) => {
  const by = await new TimeCardService(ctx).entriesOf(ids, true);
  return ids.map((id) => by.get(id) ?? []);
});
const correctionsLoader = requestLoader<string, TimeCardCorrection[]>(async (ctx, ids) => {
  const rows = await ctx.em.find(TimeCardCorrection, { card: { $in: ids } }, { orderBy: { revision: 'asc' } });
  return ids.map((id) => rows.filter((r) => r.card.id === id));
});
const userName = async (ctx: Context, user: User | null | undefined) => (await related(ctx, User, user))?.displayName ?? null;

@Resolver(() => TimeCard)
export class TimeCardResolver {
  @Allow(C.TIME_CARDS_OWN)
  @Query(() => TimeCard, { description: 'Your card for the workweek holding `day` (today by default); empty until you punch.' })
  myTimeCard(@Ctx() ctx: Context, @Arg('day', () => String, { nullable: true }) day: string | null) {
    return new TimeCardService(ctx).myCard(day ?? undefined);
  }

  @Allow(...CARD_READERS)
  @Query(() => TimeCard)
  timeCard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new TimeCardService(ctx).card(id);
  }

  @Allow(...ENTERS_OR_APPROVES)
  @Query(() => [TimeCard], { description: 'The workweek’s cards you may see; reportsOnly: those of the people reporting to you.' })
  timeCards(
    @Ctx() ctx: Context,
    @Arg('weekStart', () => String) weekStart: string,
    @Arg('reportsOnly', () => Boolean, { defaultValue: false }) reportsOnly: boolean,
    @Arg('status', () => TimeCardStatus, { nullable: true }) status: TimeCardStatus | null,
  ) {
    return new TimeCardService(ctx).cards(weekStart, { reportsOnly, status });
  }

  @Allow(...CARD_READERS)
  @Query(() => TimeCardSettings)
  timeCardSettings(@Ctx() ctx: Context) {
    return new TimeCardService(ctx).settings();
  }

  @Allow(...PAYROLL)
  @Query(() => [TimeCard], { description: 'Every card of the pay period (whole workweeks), for the payroll page.' })
  payrollPeriod(
    @Ctx() ctx: Context,
    @Arg('periodStart', () => String) periodStart: string,
    @Arg('periodEnd', () => String) periodEnd: string,
  ) {
    return new TimeCardService(ctx).periodCards(periodStart, periodEnd);
  }

  @Allow(...PAYROLL)
  @Query(() => [PayrollExport])
  payrollExports(@Ctx() ctx: Context) {
    return new TimeCardService(ctx).exports();
  }

  @Allow(C.TIME_CARDS_OWN)
  @Mutation(() => TimeCard, { description: 'Punch now: clock in (optionally where), start or end a meal, clock out.' })
  clock(
    @Ctx() ctx: Context,
    @Arg('action', () => ClockAction) action: ClockAction,
    @Arg('costCentreId', () => ID, { nullable: true }) costCentreId: string | null,
  ) {
    return new TimeCardService(ctx).clock(action, costCentreId);
  }

  @Allow(C.TIME_CARDS_OWN, C.TIME_CARDS_ENTER)
  @Mutation(() => TimeCard, { description: 'Enter a shift or PTO/sick hours, or correct an entry (a new revision with a reason).' })
  saveTimeEntry(@Ctx() ctx: Context, @Arg('input', () => TimeEntryInput) input: TimeEntryInput) {
    return new TimeCardService(ctx).saveEntry(input);
  }

  @Allow(C.TIME_CARDS_ENTER)
  @Mutation(() => TimeCard, { description: 'A correction removing an entry: kept on the card, superseded, with the reason.' })
  removeTimeEntry(
    @Ctx() ctx: Context,
    @Arg('entryId', () => ID) entryId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ) {
    return new TimeCardService(ctx).removeEntry(entryId, reason, expectedVersion);
  }

  @Allow(C.TIME_CARDS_OWN, C.TIME_CARDS_ENTER)
  @Mutation(() => TimeCard)
  submitTimeCard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return new TimeCardService(ctx).submit(id, expectedVersion);
  }

  @Allow(...APPROVERS)
  @Mutation(() => TimeCard, { description: 'The manager on the org chart’s line, or the practice manager or administrator, approves.' })
  approveTimeCard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return new TimeCardService(ctx).approve(id, expectedVersion);
  }

  @Allow(...APPROVERS)
  @Mutation(() => TimeCard, { description: 'Back to open with a reason; an exported card only by the administrator.' })
  reopenTimeCard(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return new TimeCardService(ctx).reopen(id, expectedVersion, reason);
  }

  @Allow(...PAYROLL)
  @Mutation(() => [TimeCard], { description: 'Locks the week’s approved cards.' })
  lockTimeCards(@Ctx() ctx: Context, @Arg('weekStart', () => String) weekStart: string) {
    return new TimeCardService(ctx).lockWeek(weekStart);
  }

  @Allow(...PAYROLL)
  @Mutation(() => PayrollExport, { description: 'Exports the period’s approved cards once; asked again, the same batch.' })
  exportPayroll(
    @Ctx() ctx: Context,
    @Arg('periodStart', () => String) periodStart: string,
    @Arg('periodEnd', () => String) periodEnd: string,
  ) {
    return new TimeCardService(ctx).exportPayroll(periodStart, periodEnd);
  }

  @Allow(...PAYROLL)
  @Mutation(() => TimeCardSettings)
  saveTimeCardSettings(@Ctx() ctx: Context, @Arg('input', () => TimeCardSettingsInput) input: TimeCardSettingsInput) {
    return new TimeCardService(ctx).saveSettings(input);
  }

  // ---- fields --------------------------------------------------------------------------------

  @Allow(...CARD_READERS)
  @FieldResolver(() => Employee)
  employee(@Root() card: TimeCard, @Ctx() ctx: Context) {
    return related(ctx, Employee, card.employee);
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => [TimeEntry], { description: 'Current entries; withSuperseded: every version, originals included.' })
  async entries(@Root() card: TimeCard, @Ctx() ctx: Context, @Arg('withSuperseded', () => Boolean, { defaultValue: false }) all: boolean) {
    const rows = await entriesLoader(ctx).load(card.id);
    return all ? rows : rows.filter((e) => !e.supersededIn);
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => [TimeCardCorrection])
  corrections(@Root() card: TimeCard, @Ctx() ctx: Context) {
    return correctionsLoader(ctx).load(card.id);
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => [TimeCardDay], { description: 'The seven days of the workweek by the rules.' })
  async days(@Root() card: TimeCard, @Ctx() ctx: Context) {
    return (await this.week(card, ctx)).days;
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => [TimeCardRule], { description: 'Each rule that applied, with the hours it produced.' })
  async rules(@Root() card: TimeCard, @Ctx() ctx: Context) {
    return (await this.week(card, ctx)).rules;
  }

  @Allow(...PAY_READERS)
  @FieldResolver(() => TimeCardPay, {
    nullable: true,
    description: 'Estimated pay: yours, or staff pay for those who read it; null for salaried staff.',
  })
  async pay(@Root() card: TimeCard, @Ctx() ctx: Context): Promise<TimeCardPay | null> {
    const service = new TimeCardService(ctx);
    const employee = (await related(ctx, Employee, card.employee))!;
    const own = (await service.relation(employee)).own;
    const may = own || ctx.can(isProvider(employee.category) ? C.PROVIDER_COMPENSATION : C.STAFF_COMPENSATION_READ);
    if (!may) return null;
    const week = await this.week(card, ctx);
    if (!week.pay) return null;
    ctx.audit.noteRead('TimeCard', card.id, ['pay']);
    return { ...week.pay, hourlyRate: (await service.hourlyRate(employee.id, card.weekStart))! };
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => String, { description: 'OFF, ON (on the clock) or MEAL: what the time clock offers next.' })
  async clockState(@Root() card: TimeCard, @Ctx() ctx: Context): Promise<string> {
    const since = now().getTime() - ON_THE_CLOCK_MS;
    const open = (await entriesLoader(ctx).load(card.id)).find(
      (e) => !e.supersededIn && e.clockIn && !e.clockOut && e.clockIn.getTime() > since,
    );
    if (!open) return 'OFF';
    return open.mealStart && !open.mealEnd ? 'MEAL' : 'ON';
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => String, { nullable: true, description: 'Why you may not approve it now, or null.' })
  async approveLockedBecause(@Root() card: TimeCard, @Ctx() ctx: Context): Promise<string | null> {
    const refusal = approvalRefusal(ctx, await new TimeCardService(ctx).relation(card.employee));
    if (refusal) return refusal;
    return card.status === TimeCardStatus.SUBMITTED ? null : 'Only a submitted card is approved.';
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => String, { nullable: true })
  approvedByName(@Root() card: TimeCard, @Ctx() ctx: Context) {
    return userName(ctx, card.approvedBy);
  }

  @Allow(...PAYROLL)
  @FieldResolver(() => PayrollExport, { nullable: true })
  exportBatch(@Root() card: TimeCard, @Ctx() ctx: Context) {
    return related(ctx, PayrollExport, card.exportBatch);
  }

  private week(card: TimeCard, ctx: Context) {
    return ctx.memo(`timecards:week:${card.id}:${card.version}`, async () => {
      const service = new TimeCardService(ctx);
      const entries = (await entriesLoader(ctx).load(card.id)).filter((e) => !e.supersededIn);
      return service.hours(card, entries);
    });
  }
}

@Resolver(() => TimeEntry)
export class TimeEntryResolver {
  @Allow(...CARD_READERS)
  @FieldResolver(() => CostCentre, { nullable: true, description: 'Where the shift was worked.' })
  costCentre(@Root() entry: TimeEntry, @Ctx() ctx: Context) {
    return related(ctx, CostCentre, entry.costCentre);
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => TimeEntryTimes)
  times(@Root() entry: TimeEntry, @Ctx() ctx: Context): TimeEntryTimes {
    const zone = ctx.membership?.organization.timeZone ?? 'UTC';
    const at = (instant: Date | null | undefined) => (instant ? minutesFrom(entry.day, instant, zone) : null);
    const text = (m: number | null) =>
      m === null ? null : `${String(toNumber(divFloor(m, 60)) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const [clockIn, mealStart, mealEnd, clockOut] = [entry.clockIn, entry.mealStart, entry.mealEnd, entry.clockOut].map(at);
    const meal = mealStart !== null && mealEnd !== null ? mealEnd - mealStart : 0;
    return {
      clockIn: text(clockIn),
      mealStart: text(mealStart),
      mealEnd: text(mealEnd),
      clockOut: text(clockOut),
      endsNextDay: clockOut !== null && clockOut >= 1440,
      workedMinutes: clockIn !== null && clockOut !== null ? clockOut - clockIn - meal : 0,
    };
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => String, { nullable: true })
  enteredByName(@Root() entry: TimeEntry, @Ctx() ctx: Context) {
    return userName(ctx, entry.enteredBy);
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => ID, { nullable: true, description: 'The entry this one corrected.' })
  replacesId(@Root() entry: TimeEntry) {
    return entry.replaces?.id ?? null;
  }

  @Allow(...CARD_READERS)
  @FieldResolver(() => Boolean, { description: 'A shift with no clock-out from before today: a missed clock-out.' })
  missedClockOut(@Root() entry: TimeEntry, @Ctx() ctx: Context) {
    return !!entry.clockIn && !entry.clockOut && entry.day < ctx.today();
  }
}

@Resolver(() => TimeCardCorrection)
export class TimeCardCorrectionResolver {
  @Allow(...CARD_READERS)
  @FieldResolver(() => String, { nullable: true })
  correctedByName(@Root() correction: TimeCardCorrection, @Ctx() ctx: Context) {
    return userName(ctx, correction.correctedBy);
  }
}

@Resolver(() => PayrollExport)
export class PayrollExportResolver {
  @Allow(...PAYROLL)
  @FieldResolver(() => String, { nullable: true })
  exportedByName(@Root() batch: PayrollExport, @Ctx() ctx: Context) {
    return userName(ctx, batch.exportedBy);
  }
}
