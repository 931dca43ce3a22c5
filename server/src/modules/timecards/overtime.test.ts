import { describe, expect, it } from 'vitest';
import { computeWeek, hoursText, roundPunch, RuleCode, RuleSet, type ShiftTimes } from './overtime';

const t = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};
const shift = (day: string, from: string, to: string, meal?: [string, string]): ShiftTimes => ({
  day,
  clockIn: t(from),
  clockOut: t(to),
  meals: meal ? [{ start: t(meal[0]), end: t(meal[1]) }] : [],
});
const RATE = 18_37; // $18.37 an hour
const rule = (result: ReturnType<typeof computeWeek>, code: RuleCode) => result.rules.find((r) => r.rule === code);

describe('FLSA weekly overtime', () => {
  // Week of Sunday 8 November 2026: 9 + 9 + 11.5 + 9 + 6.25 + 4 = 48.75 hours worked.
  const week = computeWeek({
    weekStart: '2026-11-08',
    ruleSet: RuleSet.FLSA,
    roundingMinutes: 0,
    hourlyRate: RATE,
    shifts: [
      shift('2026-11-09', '08:00', '17:30', ['12:00', '12:30']),
      shift('2026-11-10', '08:00', '17:30', ['12:00', '12:30']),
      shift('2026-11-11', '07:00', '19:00', ['12:00', '12:30']),
      shift('2026-11-12', '08:00', '17:30', ['12:00', '12:30']),
      shift('2026-11-13', '08:00', '14:15'),
      shift('2026-11-14', '08:00', '12:00'),
    ],
  });

  it('pays 40 hours regular and 8.75 hours at time and a half', () => {
    expect(week).toMatchObject({ workedMinutes: 48.75 * 60, regularMinutes: 40 * 60, overtimeMinutes: 8.75 * 60, doubleTimeMinutes: 0 });
    // Overtime falls on the last hours of the week: Saturday's 4 and 4.75 of Friday's 6.25.
    expect(week.days.find((d) => d.day === '2026-11-13')).toMatchObject({ regularMinutes: 90, overtimeMinutes: 285 });
    expect(week.days.find((d) => d.day === '2026-11-14')).toMatchObject({ regularMinutes: 0, overtimeMinutes: 240 });
    expect(rule(week, RuleCode.FLSA_WEEKLY_OVERTIME)).toMatchObject({ minutes: 525, days: ['2026-11-13', '2026-11-14'] });
    expect(week.rules.map((r) => r.rule)).toEqual([RuleCode.FLSA_WEEKLY_OVERTIME]);
  });

  it('pays to the cent: 40 × $18.37 + 8.75 × $27.555 = $734.80 + $241.11 (241.10625 rounded)', () => {
    expect(week.pay).toEqual({ regular: 734_80, overtime: 241_11, doubleTime: 0, mealPremium: 0, pto: 0, sick: 0, total: 975_91 });
  });

  it('has no meal premium and no daily overtime under the federal rule, even for a 12-hour day', () => {
    expect(week.mealPremiums).toBe(0);
    expect(week.days.find((d) => d.day === '2026-11-11')).toMatchObject({ workedMinutes: 690, regularMinutes: 690, overtimeMinutes: 0 });
  });
});

describe('California daily overtime, double time, the seventh day and meal premiums', () => {
  // Monday 9 to Sunday 15 November 2026, worked every day of the workweek.
  const week = computeWeek({
    weekStart: '2026-11-09',
    ruleSet: RuleSet.CALIFORNIA,
    roundingMinutes: 0,
    hourlyRate: RATE,
    shifts: [
      shift('2026-11-09', '07:00', '20:00', ['11:00', '11:30']), // 12.5 h: 8 regular, 4 overtime, 0.5 double
      shift('2026-11-10', '08:00', '16:30', ['12:00', '12:30']), // 8 h regular
      shift('2026-11-11', '08:00', '18:00', ['14:00', '14:30']), // 9.5 h: 8 + 1.5 overtime; meal after 6 h: premium
      shift('2026-11-12', '08:00', '14:00'), // 6 h, no meal: premium
      shift('2026-11-13', '08:00', '16:30', ['12:00', '12:30']), // 8 h regular
      shift('2026-11-14', '09:00', '13:00'), // 4 h: 2 regular, 2 over 40 in the week
      shift('2026-11-15', '08:00', '18:30', ['12:00', '12:30']), // seventh day, 10 h: 8 overtime, 2 double
    ],
  });

  it('splits 58 hours into 40 regular, 15.5 overtime and 2.5 double time', () => {
    expect(week).toMatchObject({
      workedMinutes: 58 * 60,
      regularMinutes: 40 * 60,
      overtimeMinutes: 15.5 * 60,
      doubleTimeMinutes: 2.5 * 60,
      mealPremiums: 2,
    });
    expect(week.days.map((d) => [d.regularMinutes / 60, d.overtimeMinutes / 60, d.doubleTimeMinutes / 60, d.mealPremiums])).toEqual([
      [8, 4, 0.5, 0],
      [8, 0, 0, 0],
      [8, 1.5, 0, 1],
      [6, 0, 0, 1],
      [8, 0, 0, 0],
      [2, 2, 0, 0],
      [0, 8, 2, 0],
    ]);
  });

  it('names each rule with the hours it produced', () => {
    expect(week.rules.map((r) => [r.rule, r.minutes / 60, r.days])).toEqual([
      [RuleCode.CA_DAILY_OVERTIME, 5.5, ['2026-11-09', '2026-11-11']],
      [RuleCode.CA_DAILY_DOUBLE_TIME, 0.5, ['2026-11-09']],
      [RuleCode.CA_SEVENTH_DAY_OVERTIME, 8, ['2026-11-15']],
      [RuleCode.CA_SEVENTH_DAY_DOUBLE_TIME, 2, ['2026-11-15']],
      [RuleCode.CA_WEEKLY_OVERTIME, 2, ['2026-11-14']],
      [RuleCode.CA_MEAL_PREMIUM, 2, ['2026-11-11', '2026-11-12']],
    ]);
    expect(rule(week, RuleCode.CA_SEVENTH_DAY_OVERTIME)!.label).toMatch(/seventh consecutive day/);
  });

  it('pays to the cent: $734.80 regular, $427.10 overtime (427.1025), $91.85 double time, 2 × $18.37 meal premiums', () => {
    expect(week.pay).toEqual({ regular: 734_80, overtime: 427_10, doubleTime: 91_85, mealPremium: 36_74, pto: 0, sick: 0, total: 1290_49 });
  });

  it('does not treat the seventh day specially when a day of the workweek was off', () => {
    const sixDays = computeWeek({
      weekStart: '2026-11-09',
      ruleSet: RuleSet.CALIFORNIA,
      roundingMinutes: 0,
      shifts: [1, 2, 3, 4, 5, 6].map((i) => shift(`2026-11-${String(9 + i)}`, '08:00', '16:30', ['12:00', '12:30'])),
    });
    expect(sixDays).toMatchObject({ regularMinutes: 40 * 60, overtimeMinutes: 8 * 60, doubleTimeMinutes: 0, pay: null });
    expect(sixDays.rules.map((r) => r.rule)).toEqual([RuleCode.CA_WEEKLY_OVERTIME]);
  });

  it('counts a meal of under 30 minutes as missed, a gap between two shifts as a meal, and no premium at 5 hours', () => {
    const days = computeWeek({
      weekStart: '2026-11-09',
      ruleSet: RuleSet.CALIFORNIA,
      roundingMinutes: 0,
      shifts: [
        shift('2026-11-09', '08:00', '15:00', ['12:00', '12:20']),
        shift('2026-11-10', '08:00', '12:00'),
        shift('2026-11-10', '13:00', '17:00'),
        shift('2026-11-11', '08:00', '13:00'),
      ],
    }).days;
    expect(days.slice(0, 3).map((d) => d.mealPremiums)).toEqual([1, 0, 0]);
  });
});

describe('punch rounding', () => {
  it('rounds to the nearest 5, 6 or 15 minutes, ties up', () => {
    expect([roundPunch(t('07:52'), 15), roundPunch(t('07:53'), 15), roundPunch(t('08:07'), 15), roundPunch(t('08:08'), 15)]).toEqual([
      t('07:45'),
      t('08:00'),
      t('08:00'),
      t('08:15'),
    ]);
    expect([roundPunch(t('08:02'), 5), roundPunch(t('08:03'), 5), roundPunch(t('08:03'), 6), roundPunch(t('08:02'), 6)]).toEqual([
      t('08:00'),
      t('08:05'),
      t('08:06'),
      t('08:00'),
    ]);
  });

  it('rounds clock-in and clock-out only when turned on, never meals, and names the difference', () => {
    const shifts = [shift('2026-11-09', '07:58', '16:07', ['12:03', '12:31'])];
    const raw = computeWeek({ weekStart: '2026-11-09', ruleSet: RuleSet.FLSA, roundingMinutes: 0, shifts });
    expect(raw.workedMinutes).toBe(489 - 28);
    expect(raw.rules).toEqual([]);
    const rounded = computeWeek({ weekStart: '2026-11-09', ruleSet: RuleSet.FLSA, roundingMinutes: 15, shifts });
    // 8:00 to 16:00 less the 28-minute meal as punched.
    expect(rounded.workedMinutes).toBe(480 - 28);
    expect(rounded.rules).toEqual([
      { rule: RuleCode.ROUNDING, label: 'Punches rounded to the nearest 15 minutes (meals never)', minutes: -9, days: ['2026-11-09'] },
    ]);
  });
});

describe('leave and CSV hours', () => {
  it('pays PTO and sick hours at the regular rate without counting them toward overtime', () => {
    const week = computeWeek({
      weekStart: '2026-11-09',
      ruleSet: RuleSet.FLSA,
      roundingMinutes: 0,
      hourlyRate: 20_00,
      shifts: [1, 2, 3, 4].map((i) => shift(`2026-11-${String(9 + i)}`, '08:00', '18:30', ['12:00', '12:30'])),
      leave: [
        { day: '2026-11-09', kind: 'PTO', minutes: 480 },
        { day: '2026-11-14', kind: 'SICK', minutes: 90 },
      ],
    });
    expect(week).toMatchObject({ regularMinutes: 2400, overtimeMinutes: 0, ptoMinutes: 480, sickMinutes: 90 });
    expect(week.pay).toMatchObject({ regular: 800_00, pto: 160_00, sick: 30_00, total: 990_00 });
  });

  it('writes minutes as hours with two decimals', () => {
    expect([hoursText(525), hoursText(20), hoursText(1), hoursText(0), hoursText(2400)]).toEqual(['8.75', '0.33', '0.02', '0.00', '40.00']);
  });
});
