import { addDays, today } from '../../core/dates';
import type { DemoSeed } from '../../core/module';
import { seededRandom } from '../../core/random';
import { Assignment, Employee, StaffCategory } from '../orgchart/orgchart.entity';
import { instantOf, weekStartOf } from './clock';
import { computeWeek, RuleSet } from './overtime';
import {
  PayrollExport,
  TimeCard,
  TimeCardCorrection,
  TimeCardSettings,
  TimeCardStatus,
  TimeEntry,
  TimeEntryKind,
} from './timecards.entity';

const WEEKS = 8;
const HOURLY = [StaffCategory.CLINICAL_STAFF, StaffCategory.ADMINISTRATIVE_STAFF];
const WORKWEEK_STARTS_ON = 7; // Sunday

interface Shift {
  day: string;
  clockIn: number;
  clockOut: number | null;
  meal: [number, number] | null;
}

/**
 * Riverside's hourly staff: eight weeks of punches before this week. The older weeks are approved and
 * exported (one payroll batch each); last week is mostly approved, some cards are still submitted,
 * and Sam Carter's is open with a missed clock-out on Thursday. Some people work a Saturday morning
 * or a long day (overtime), one skipped a meal, and one card was corrected by the office manager.
 */
export async function seedTimeCardsDemo({ em, riverside, users }: DemoSeed): Promise<void> {
  const zone = riverside.timeZone;
  const thisWeek = weekStartOf(today(zone), WORKWEEK_STARTS_ON);
  const random = seededRandom(13);
  em.create(TimeCardSettings, { organization: riverside, workweekStartsOn: WORKWEEK_STARTS_ON, ruleSet: RuleSet.FLSA, roundingMinutes: 0 });

  const assignments = await em.find(
    Assignment,
    { organization: riverside, endDate: null, employee: { category: { $in: HOURLY }, endDate: null } },
    { populate: ['employee'], filters: false, orderBy: { employee: { lastName: 'asc', firstName: 'asc' } } },
  );
  const staff = [...new Map(assignments.map((a) => [a.employee.id, a.employee])).values()];
  const officeManager = users.get('office-manager@demo.test') ?? null;
  const practiceManager = users.get('practice-manager@demo.test') ?? null;
  const sam = staff.find((e) => e.user?.id === users.get('staff@demo.test')?.id);

  for (let w = WEEKS; w >= 1; w--) {
    const weekStart = addDays(thisWeek, -7 * w);
    const lastWeek = w === 1;
    const batch = lastWeek
      ? null
      : em.create(PayrollExport, {
          organization: riverside,
          number: WEEKS - w + 1,
          periodStart: weekStart,
          periodEnd: addDays(weekStart, 6),
          cardCount: 0,
          exportedBy: practiceManager,
        });
    staff.forEach((employee, i) => {
      if (employee.hireDate > weekStart) return;
      const shifts = weekOf(employee, i, w, weekStart, random);
      if (lastWeek && employee === sam) {
        // Thursday: clocked in, never clocked out.
        const thursday = shifts.find((s) => s.day === addDays(weekStart, 4));
        if (thursday) thursday.clockOut = null;
      }
      // A day of PTO now and then (Wednesday off).
      const ptoDay = (i + w) % 11 === 0 && employee !== sam ? addDays(weekStart, 3) : null;
      if (ptoDay && shifts.some((sh) => sh.day === ptoDay))
        shifts.splice(
          shifts.findIndex((sh) => sh.day === ptoDay),
          1,
        );
      const card = em.create(TimeCard, { organization: riverside, employee, weekStart });
      const entries = shifts.map((s) =>
        em.create(TimeEntry, {
          organization: riverside,
          card,
          employee,
          kind: TimeEntryKind.WORK,
          day: s.day,
          clockIn: instantOf(s.day, s.clockIn, zone),
          clockOut: s.clockOut === null ? null : instantOf(s.day, s.clockOut, zone),
          mealStart: s.meal ? instantOf(s.day, s.meal[0], zone) : null,
          mealEnd: s.meal ? instantOf(s.day, s.meal[1], zone) : null,
          revision: 0,
          enteredBy: employee.user ?? null,
        }),
      );
      if (ptoDay)
        em.create(TimeEntry, { organization: riverside, card, employee, kind: TimeEntryKind.PTO, day: ptoDay, minutes: 480, revision: 0 });
      // Three weeks ago the badge reader was down: the office manager corrected a late clock-in.
      if (w === 3 && i === 2 && entries[0]) {
        const original = entries[0];
        original.clockIn = instantOf(original.day, 9 * 60 + 47, zone);
        card.revision = 1;
        original.supersededIn = 1;
        em.create(TimeEntry, {
          organization: riverside,
          card,
          employee,
          kind: TimeEntryKind.WORK,
          day: original.day,
          clockIn: instantOf(original.day, 8 * 60 + 2, zone),
          clockOut: original.clockOut,
          mealStart: original.mealStart,
          mealEnd: original.mealEnd,
          revision: 1,
          replaces: original,
          enteredBy: officeManager,
        });
        em.create(TimeCardCorrection, {
          organization: riverside,
          card,
          revision: 1,
          reason: 'Badge reader was down at 8:00; clocked in at 8:02 per the front desk log',
          correctedBy: officeManager,
        });
        shifts[0]!.clockIn = 8 * 60 + 2;
      }
      const week = computeWeek({
        weekStart,
        ruleSet: RuleSet.FLSA,
        roundingMinutes: 0,
        shifts: shifts
          .filter((s) => s.clockOut !== null)
          .map((s) => ({
            day: s.day,
            clockIn: s.clockIn,
            clockOut: s.clockOut!,
            meals: s.meal ? [{ start: s.meal[0], end: s.meal[1] }] : [],
          })),
        leave: ptoDay ? [{ day: ptoDay, kind: 'PTO', minutes: 480 }] : [],
      });
      Object.assign(card, {
        workedMinutes: week.workedMinutes,
        regularMinutes: week.regularMinutes,
        overtimeMinutes: week.overtimeMinutes,
        doubleTimeMinutes: week.doubleTimeMinutes,
        mealPremiums: week.mealPremiums,
        ptoMinutes: week.ptoMinutes,
        openShifts: shifts.filter((s) => s.clockOut === null).length,
      });
      const submittedAt = instantOf(addDays(weekStart, 5), 17 * 60, zone);
      const approvedAt = instantOf(addDays(weekStart, 8), 10 * 60, zone);
      if (batch) {
        Object.assign(card, { status: TimeCardStatus.EXPORTED, submittedAt, approvedAt, approvedBy: officeManager, exportBatch: batch });
        batch.cardCount += 1;
      } else if (employee === sam || i % 9 === 4) {
        card.status = TimeCardStatus.OPEN;
      } else if (i % 4 === 1) {
        Object.assign(card, { status: TimeCardStatus.SUBMITTED, submittedAt });
      } else {
        Object.assign(card, { status: TimeCardStatus.APPROVED, submittedAt, approvedAt, approvedBy: officeManager });
      }
    });
  }
  await em.flush();
}

/** One person's shifts in a week: weekdays around 8 to 4:30 with a 30-minute lunch, scaled to their FTE. */
function weekOf(employee: Employee, i: number, w: number, weekStart: string, random: () => number): Shift[] {
  const fte = employee.fteHundredths / 100;
  const days = fte >= 0.9 ? [1, 2, 3, 4, 5] : fte >= 0.7 ? [1, 2, 3, 4] : [1, 3, 5];
  const dayMinutes = fte >= 0.7 || fte < 0.5 ? 480 : 420;
  const jitter = () => Math.round((random() - 0.5) * 12);
  const shifts: Shift[] = days.map((d) => {
    const start = 8 * 60 + jitter();
    const mealStart = 12 * 60 + jitter();
    return { day: addDays(weekStart, d), clockIn: start, clockOut: start + dayMinutes + 30 + jitter(), meal: [mealStart, mealStart + 30] };
  });
  // Busy weeks: a Saturday morning clinic for every fourth person, and a long Wednesday for some.
  if (fte >= 0.9 && (i + w) % 4 === 0) shifts.push({ day: addDays(weekStart, 6), clockIn: 8 * 60, clockOut: 12 * 60 + 15, meal: null });
  if (fte >= 0.9 && (i * 3 + w) % 7 === 0 && shifts[2]) shifts[2].clockOut = 19 * 60 + 10;
  // Last week one medical assistant worked Tuesday through without a meal.
  if (w === 1 && i === 3 && shifts[1]) shifts[1].meal = null;
  return shifts;
}
