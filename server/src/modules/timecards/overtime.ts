import { divFloor, toNumber } from '../../core/exact';
import { addDays } from '../../core/dates';
import { divRound } from '../productivity/projection';

/**
 * The hours of one workweek as the law counts them, and the pay they make, exact.
 *
 * Times are whole minutes. A shift belongs to the workday it starts on; its clock-in and clock-out
 * are minutes from that day's local midnight (a shift past midnight ends after 1440). Meals are
 * unpaid and never rounded; clock-in and clock-out are rounded to the nearest `roundingMinutes` when
 * the organization turns rounding on (ties round up), and the raw punches stay as they were.
 *
 * - FLSA: hours worked over 40 in the fixed workweek are overtime at 1.5×.
 * - CALIFORNIA: a day's hours over 8 are overtime (1.5×) and over 12 double time (2×); on the seventh
 *   consecutive day of work in the workweek the first 8 hours are overtime and the rest double time;
 *   regular hours over 40 in the week become overtime; a day of more than 5 hours worked whose meal
 *   does not start by the end of the fifth hour (or lasts less than 30 minutes, or is missing) earns
 *   one hour's pay at the regular rate (one premium a day).
 *
 * PTO and sick hours are paid at the regular rate and are not hours worked. Pay is rounded to the
 * cent once per kind of hours, half away from zero.
 */
export enum RuleSet {
  FLSA = 'FLSA',
  CALIFORNIA = 'CALIFORNIA',
}

export enum RuleCode {
  ROUNDING = 'ROUNDING',
  FLSA_WEEKLY_OVERTIME = 'FLSA_WEEKLY_OVERTIME',
  CA_DAILY_OVERTIME = 'CA_DAILY_OVERTIME',
  CA_DAILY_DOUBLE_TIME = 'CA_DAILY_DOUBLE_TIME',
  CA_SEVENTH_DAY_OVERTIME = 'CA_SEVENTH_DAY_OVERTIME',
  CA_SEVENTH_DAY_DOUBLE_TIME = 'CA_SEVENTH_DAY_DOUBLE_TIME',
  CA_WEEKLY_OVERTIME = 'CA_WEEKLY_OVERTIME',
  CA_MEAL_PREMIUM = 'CA_MEAL_PREMIUM',
}

export const ROUNDING_CHOICES = [0, 5, 6, 15] as const;

const LABELS: Record<RuleCode, string> = {
  ROUNDING: 'Punches rounded to the nearest {n} minutes (meals never)',
  FLSA_WEEKLY_OVERTIME: 'FLSA weekly overtime: 1.5× over 40 h',
  CA_DAILY_OVERTIME: 'California daily overtime: 1.5× over 8 h a day',
  CA_DAILY_DOUBLE_TIME: 'California daily double time: 2× over 12 h a day',
  CA_SEVENTH_DAY_OVERTIME: 'California seventh consecutive day: 1.5× for the first 8 h',
  CA_SEVENTH_DAY_DOUBLE_TIME: 'California seventh consecutive day: 2× over 8 h',
  CA_WEEKLY_OVERTIME: 'California weekly overtime: 1.5× for regular hours over 40',
  CA_MEAL_PREMIUM: 'California meal-break premium: 1 h of pay for a meal missed or started after the 5th hour',
};

export interface Meal {
  start: number;
  end: number;
}

export interface ShiftTimes {
  /** The workday (local date) the shift starts on. */
  day: string;
  clockIn: number;
  clockOut: number;
  meals: Meal[];
}

export interface LeaveTime {
  day: string;
  kind: 'PTO' | 'SICK';
  minutes: number;
}

export interface WeekInput {
  weekStart: string;
  ruleSet: RuleSet;
  /** 0 = off; otherwise 5, 6 or 15. */
  roundingMinutes: number;
  shifts: ShiftTimes[];
  leave?: LeaveTime[];
  /** Cents per hour; null when the employee is not paid by the hour (no pay is computed). */
  hourlyRate?: number | null;
}

export interface DayHours {
  day: string;
  workedMinutes: number;
  regularMinutes: number;
  overtimeMinutes: number;
  doubleTimeMinutes: number;
  mealPremiums: number;
  /** More than 5 hours worked with no meal of 30 minutes by the end of the fifth hour (a premium under the California rules). */
  missedMeal: boolean;
  ptoMinutes: number;
  sickMinutes: number;
}

export interface RuleHours {
  rule: RuleCode;
  label: string;
  /** Minutes the rule produced (rounding: rounded minus raw, so it may be negative; meal premium: 60 per premium). */
  minutes: number;
  /** Days it applied on. */
  days: string[];
}

export interface WeekPay {
  regular: number;
  overtime: number;
  doubleTime: number;
  mealPremium: number;
  pto: number;
  sick: number;
  total: number;
}

export interface WeekResult {
  days: DayHours[];
  workedMinutes: number;
  regularMinutes: number;
  overtimeMinutes: number;
  doubleTimeMinutes: number;
  mealPremiums: number;
  ptoMinutes: number;
  sickMinutes: number;
  rules: RuleHours[];
  pay: WeekPay | null;
}

const FORTY_HOURS = 40 * 60;
const EIGHT_HOURS = 8 * 60;
const TWELVE_HOURS = 12 * 60;
const FIVE_HOURS = 5 * 60;
const MIN_MEAL = 30;

export function roundPunch(minute: number, step: number): number {
  if (!step) return minute;
  return toNumber(divFloor(2 * minute + step, 2 * step)) * step;
}

/** Worked minutes of a shift: clock-out − clock-in − meals (meals clipped to the shift). */
function worked(clockIn: number, clockOut: number, meals: Meal[]): number {
  let minutes = Math.max(0, clockOut - clockIn);
  for (const meal of meals) minutes -= Math.max(0, Math.min(meal.end, clockOut) - Math.max(meal.start, clockIn));
  return Math.max(0, minutes);
}

/**
 * Whether a day of these shifts (in order) earns a meal premium: more than five hours worked and
 * no meal of 30 minutes or more starting by the end of the fifth hour. A gap between two shifts of
 * the day counts as a meal.
 */
function missesMeal(shifts: { clockIn: number; clockOut: number; meals: Meal[] }[]): boolean {
  const total = shifts.reduce((sum, s) => sum + worked(s.clockIn, s.clockOut, s.meals), 0);
  if (total <= FIVE_HOURS) return false;
  let before = 0; // minutes worked before the current point
  const breaks: { startsAfter: number; length: number }[] = [];
  shifts.forEach((shift, i) => {
    const meals = [...shift.meals].sort((a, b) => a.start - b.start);
    let at = shift.clockIn;
    for (const meal of meals) {
      before += Math.max(0, meal.start - at);
      breaks.push({ startsAfter: before, length: meal.end - meal.start });
      at = meal.end;
    }
    before += Math.max(0, shift.clockOut - at);
    const next = shifts[i + 1];
    if (next) breaks.push({ startsAfter: before, length: next.clockIn - shift.clockOut });
  });
  return !breaks.some((b) => b.startsAfter <= FIVE_HOURS && b.length >= MIN_MEAL);
}

/** Pay for minutes at rate × multiplier (multiplier in halves: 2 = 1×, 3 = 1.5×, 4 = 2×), to the cent. */
function payFor(minutes: number, rate: number, halves: number): number {
  return Number(divRound(BigInt(minutes) * BigInt(rate) * BigInt(halves), 120n));
}

export function computeWeek(input: WeekInput): WeekResult {
  const step = input.roundingMinutes || 0;
  const dayList = Array.from({ length: 7 }, (_, i) => addDays(input.weekStart, i));
  const days: DayHours[] = dayList.map((day) => ({
    day,
    workedMinutes: 0,
    regularMinutes: 0,
    overtimeMinutes: 0,
    doubleTimeMinutes: 0,
    mealPremiums: 0,
    missedMeal: false,
    ptoMinutes: 0,
    sickMinutes: 0,
  }));
  const byDay = new Map(days.map((d) => [d.day, d]));
  const rules = new Map<RuleCode, RuleHours>();
  const note = (rule: RuleCode, minutes: number, day: string | null) => {
    if (!minutes) return;
    const entry = rules.get(rule) ?? { rule, label: LABELS[rule].replace('{n}', String(step)), minutes: 0, days: [] };
    entry.minutes += minutes;
    if (day && !entry.days.includes(day)) entry.days.push(day);
    rules.set(rule, entry);
  };

  const shiftsOf = new Map<string, { clockIn: number; clockOut: number; meals: Meal[] }[]>();
  for (const shift of input.shifts) {
    const day = byDay.get(shift.day);
    if (!day) continue;
    const clockIn = roundPunch(shift.clockIn, step);
    const clockOut = roundPunch(shift.clockOut, step);
    const rounded = worked(clockIn, clockOut, shift.meals);
    note(RuleCode.ROUNDING, rounded - worked(shift.clockIn, shift.clockOut, shift.meals), shift.day);
    day.workedMinutes += rounded;
    const list = shiftsOf.get(shift.day) ?? [];
    list.push({ clockIn, clockOut, meals: shift.meals });
    shiftsOf.set(shift.day, list);
  }
  for (const list of shiftsOf.values()) list.sort((a, b) => a.clockIn - b.clockIn);
  for (const leave of input.leave ?? []) {
    const day = byDay.get(leave.day);
    if (!day) continue;
    if (leave.kind === 'PTO') day.ptoMinutes += leave.minutes;
    else day.sickMinutes += leave.minutes;
  }

  if (input.ruleSet === RuleSet.FLSA) {
    let regularSoFar = 0;
    for (const day of days) {
      const regular = Math.max(0, Math.min(day.workedMinutes, FORTY_HOURS - regularSoFar));
      day.regularMinutes = regular;
      day.overtimeMinutes = day.workedMinutes - regular;
      regularSoFar += regular;
      note(RuleCode.FLSA_WEEKLY_OVERTIME, day.overtimeMinutes, day.day);
    }
  } else {
    const seventhDay = days.every((d) => d.workedMinutes > 0);
    let regularSoFar = 0;
    days.forEach((day, i) => {
      const m = day.workedMinutes;
      if (seventhDay && i === 6) {
        day.overtimeMinutes = Math.min(m, EIGHT_HOURS);
        day.doubleTimeMinutes = Math.max(0, m - EIGHT_HOURS);
        note(RuleCode.CA_SEVENTH_DAY_OVERTIME, day.overtimeMinutes, day.day);
        note(RuleCode.CA_SEVENTH_DAY_DOUBLE_TIME, day.doubleTimeMinutes, day.day);
      } else {
        const dailyRegular = Math.min(m, EIGHT_HOURS);
        const dailyOvertime = Math.min(Math.max(0, m - EIGHT_HOURS), TWELVE_HOURS - EIGHT_HOURS);
        const doubleTime = Math.max(0, m - TWELVE_HOURS);
        note(RuleCode.CA_DAILY_OVERTIME, dailyOvertime, day.day);
        note(RuleCode.CA_DAILY_DOUBLE_TIME, doubleTime, day.day);
        const regular = Math.max(0, Math.min(dailyRegular, FORTY_HOURS - regularSoFar));
        const weekly = dailyRegular - regular;
        note(RuleCode.CA_WEEKLY_OVERTIME, weekly, day.day);
        regularSoFar += regular;
        day.regularMinutes = regular;
        day.overtimeMinutes = dailyOvertime + weekly;
        day.doubleTimeMinutes = doubleTime;
      }
      if (missesMeal(shiftsOf.get(day.day) ?? [])) {
        day.mealPremiums = 1;
        note(RuleCode.CA_MEAL_PREMIUM, 60, day.day);
      }
    });
  }
  for (const day of days) day.missedMeal = missesMeal(shiftsOf.get(day.day) ?? []);

  const total = (key: keyof Omit<DayHours, 'day' | 'missedMeal'>) => days.reduce((sum, d) => sum + d[key], 0);
  const result: WeekResult = {
    days,
    workedMinutes: total('workedMinutes'),
    regularMinutes: total('regularMinutes'),
    overtimeMinutes: total('overtimeMinutes'),
    doubleTimeMinutes: total('doubleTimeMinutes'),
    mealPremiums: total('mealPremiums'),
    ptoMinutes: total('ptoMinutes'),
    sickMinutes: total('sickMinutes'),
    rules: Object.values(RuleCode)
      .map((code) => rules.get(code))
      .filter((r): r is RuleHours => !!r),
    pay: null,
  };
  const rate = input.hourlyRate;
  if (rate !== null && rate !== undefined) {
    const pay = {
      regular: payFor(result.regularMinutes, rate, 2),
      overtime: payFor(result.overtimeMinutes, rate, 3),
      doubleTime: payFor(result.doubleTimeMinutes, rate, 4),
      mealPremium: result.mealPremiums * rate,
      pto: payFor(result.ptoMinutes, rate, 2),
      sick: payFor(result.sickMinutes, rate, 2),
    };
    result.pay = { ...pay, total: pay.regular + pay.overtime + pay.doubleTime + pay.mealPremium + pay.pto + pay.sick };
  }
  return result;
}

/** Minutes as decimal hours with two places, exact for whole minutes rounded half away from zero (for CSVs). */
export function hoursText(minutes: number): string {
  const hundredths = Number(divRound(BigInt(minutes) * 100n, 60n));
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${toNumber(divFloor(abs, 100))}.${String(abs % 100).padStart(2, '0')}`;
}
