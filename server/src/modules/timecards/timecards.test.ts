import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { CompensationRecord, PayBasis, PayChangeReason } from '../compensation/compensation.entity';
import { Employee } from '../orgchart/orgchart.entity';

const CARD = `id version weekStart status revision workedMinutes regularMinutes overtimeMinutes doubleTimeMinutes mealPremiums openShifts
  employee { id fullName }
  days { day workedMinutes regularMinutes overtimeMinutes doubleTimeMinutes mealPremiums missedMeal }
  rules { rule label minutes days }
  entries { id kind day clockIn mealStart mealEnd clockOut revision missedClockOut }`;
const MY = `query ($day: String) { myTimeCard(day: $day) { ${CARD} pay { hourlyRate regular overtime doubleTime mealPremium total } } }`;
const SAVE = `mutation ($input: TimeEntryInput!) { saveTimeEntry(input: $input) { ${CARD} } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitTimeCard(id: $id, expectedVersion: $v) { id version status } }`;
const APPROVE = `mutation ($id: ID!, $v: Int!) { approveTimeCard(id: $id, expectedVersion: $v) { id version status approvedByName } }`;
const REOPEN = `mutation ($id: ID!, $v: Int!, $r: String!) { reopenTimeCard(id: $id, expectedVersion: $v, reason: $r) { id version status } }`;
const EXPORT = `mutation ($from: String!, $to: String!) { exportPayroll(periodStart: $from, periodEnd: $to) { id number cardCount periodStart periodEnd } }`;
const SETTINGS = `mutation ($input: TimeCardSettingsInput!) { saveTimeCardSettings(input: $input) { ruleSet workweekStartsOn roundingMinutes } }`;

let env: TestEnv;
let staff: ApiClient;
let officeManager: ApiClient;
let practiceManager: ApiClient;
let administrator: ApiClient;
let assistant: ApiClient;
let sam: Employee;
const error = (r: { errors?: { message: string; extensions?: Record<string, any> }[] }) => r.errors?.[0];
const shift = (day: string, clockIn: string, clockOut: string | null, meal?: [string, string]) => ({
  kind: 'WORK',
  day,
  clockIn,
  clockOut,
  ...(meal ? { mealStart: meal[0], mealEnd: meal[1] } : {}),
});

beforeAll(async () => {
  env = await createTestEnv();
  [staff, officeManager, practiceManager, administrator, assistant] = await Promise.all(
    ['staff', 'office-manager', 'practice-manager', 'administrator', 'assistant'].map((u) => env.as(`${u}@demo.test`)),
  );
  // Sam Carter (staff@demo.test) is paid $18.37 an hour from June on.
  const em = env.orm.em.fork({ disableContextResolution: true } as never);
  em.setFilterParams('tenant', { organizationId: await env.organizationId('riverside') });
  sam = await em.findOneOrFail(Employee, { workEmail: { $ne: null }, user: { email: 'staff@demo.test' } }, { filters: false });
  em.create(CompensationRecord, {
    organization: sam.organization,
    employee: sam,
    effectiveFrom: '2026-06-01',
    payBasis: PayBasis.HOURLY,
    rate: 18_37,
    fteHundredths: 100,
    reason: PayChangeReason.ADJUSTMENT,
  });
  await em.flush();
});
afterAll(async () => {
  await env?.close();
});

describe('the Riverside demo', () => {
  it('has exported weeks, last week to approve, Sam’s missed clock-out, a missed meal and a correction, in a bounded number of statements', async () => {
    const exports = expectNoErrors(await practiceManager.gql('{ payrollExports { number cardCount } }')).payrollExports;
    expect(exports.length).toBeGreaterThanOrEqual(7);
    const LIST = `query ($w: String!) { timeCards(weekStart: $w) { status openShifts overtimeMinutes revision employee { fullName } } }`;
    const lastWeek = await practiceManager.gql(LIST, { w: '2026-11-08' });
    const cards = expectNoErrors(lastWeek).timeCards;
    expect(cards.find((c: any) => c.employee.fullName === 'Sam Carter')).toMatchObject({ status: 'OPEN', openShifts: 1 });
    expect(new Set(cards.map((c: any) => c.status))).toEqual(new Set(['OPEN', 'SUBMITTED', 'APPROVED']));
    expect(cards.some((c: any) => c.overtimeMinutes >= 240)).toBe(true);
    const older = await practiceManager.gql(LIST, { w: '2026-10-25' });
    expect(expectNoErrors(older).timeCards.some((c: any) => c.revision === 1)).toBe(true);
    // The list reads the hours kept with each card: as many statements for 28 cards as for one week with fewer.
    expect(lastWeek.sqlStatements).toBe(older.sqlStatements);
    const week = expectNoErrors(
      await practiceManager.gql(`query ($w: String!) { timeCards(weekStart: $w) { days { missedMeal } } }`, { w: '2026-11-08' }),
    ).timeCards;
    expect(week.some((c: any) => c.days.some((d: any) => d.missedMeal))).toBe(true);
  });
});

describe('an FLSA week entered by the employee', () => {
  it('counts 48.75 hours as 40 regular and 8.75 overtime, paid to the cent', async () => {
    let card: any;
    for (const s of [
      shift('2026-06-08', '08:00', '17:30', ['12:00', '12:30']),
      shift('2026-06-09', '08:00', '17:30', ['12:00', '12:30']),
      shift('2026-06-10', '07:00', '19:00', ['12:00', '12:30']),
      shift('2026-06-11', '08:00', '17:30', ['12:00', '12:30']),
      shift('2026-06-12', '08:00', '14:15'),
      shift('2026-06-13', '08:00', '12:00'),
    ])
      card = expectNoErrors(await staff.gql(SAVE, { input: s })).saveTimeEntry;
    expect(card).toMatchObject({
      weekStart: '2026-06-07',
      status: 'OPEN',
      workedMinutes: 2925,
      regularMinutes: 2400,
      overtimeMinutes: 525,
    });
    expect(card.rules).toEqual([
      { rule: 'FLSA_WEEKLY_OVERTIME', label: 'FLSA weekly overtime: 1.5× over 40 h', minutes: 525, days: ['2026-06-12', '2026-06-13'] },
    ]);
    const mine = expectNoErrors(await staff.gql(MY, { day: '2026-06-10' })).myTimeCard;
    expect(mine.pay).toEqual({ hourlyRate: 18_37, regular: 734_80, overtime: 241_11, doubleTime: 0, mealPremium: 0, total: 975_91 });
    expect(mine.days.find((d: any) => d.day === '2026-06-12')).toMatchObject({ missedMeal: true, mealPremiums: 0 });
  });
});

describe('bad input changes nothing', () => {
  it('refuses overlapping shifts, a clock-out before the clock-in, a shift over 24 hours and a meal outside the shift', async () => {
    const before = expectNoErrors(await staff.gql(MY, { day: '2026-06-10' })).myTimeCard;
    const cases: [any, string, string][] = [
      [shift('2026-06-10', '18:00', '20:00'), 'OVERLAPPING_SHIFTS', 'input.clockIn'],
      [shift('2026-06-14', '10:00', '09:00'), 'CLOCK_OUT_BEFORE_CLOCK_IN', 'input.clockOut'],
      [{ ...shift('2026-06-14', '08:00', '09:00'), endsNextDay: true }, 'SHIFT_OVER_24_HOURS', 'input.clockOut'],
      [shift('2026-06-14', '08:00', '12:00', ['12:30', '13:00']), 'MEAL_OUTSIDE_SHIFT', 'input.mealStart'],
    ];
    for (const [input, problem, field] of cases) {
      const e = error(await staff.gql(SAVE, { input }));
      expect(e?.extensions, problem).toMatchObject({ code: 'VALIDATION_FAILED', problem, field });
    }
    const after = expectNoErrors(await staff.gql(MY, { day: '2026-06-10' })).myTimeCard;
    expect(after.entries).toEqual(before.entries);
    expect(after.version).toBe(before.version);
  });

  it('takes a shift past midnight when it says it ends the next day', async () => {
    const card = expectNoErrors(
      await staff.gql(SAVE, { input: { ...shift('2026-06-14', '20:00', '02:00'), endsNextDay: true } }),
    ).saveTimeEntry;
    expect(card.days.find((d: any) => d.day === '2026-06-14').workedMinutes).toBe(360);
  });
});

describe('a California week with a seventh day', () => {
  it('splits 58 hours into 40 regular, 15.5 overtime and 2.5 double time with two meal premiums, paid to the cent', async () => {
    expectNoErrors(await practiceManager.gql(SETTINGS, { input: { workweekStartsOn: 1, ruleSet: 'CALIFORNIA', roundingMinutes: 0 } }));
    let card: any;
    for (const s of [
      shift('2026-06-22', '07:00', '20:00', ['11:00', '11:30']),
      shift('2026-06-23', '08:00', '16:30', ['12:00', '12:30']),
      shift('2026-06-24', '08:00', '18:00', ['14:00', '14:30']),
      shift('2026-06-25', '08:00', '14:00'),
      shift('2026-06-26', '08:00', '16:30', ['12:00', '12:30']),
      shift('2026-06-27', '09:00', '13:00'),
      shift('2026-06-28', '08:00', '18:30', ['12:00', '12:30']),
    ])
      card = expectNoErrors(await staff.gql(SAVE, { input: s })).saveTimeEntry;
    expect(card).toMatchObject({
      weekStart: '2026-06-22',
      workedMinutes: 58 * 60,
      regularMinutes: 40 * 60,
      overtimeMinutes: 15.5 * 60,
      doubleTimeMinutes: 2.5 * 60,
      mealPremiums: 2,
    });
    expect(card.rules.map((r: any) => [r.rule, r.minutes])).toEqual([
      ['CA_DAILY_OVERTIME', 330],
      ['CA_DAILY_DOUBLE_TIME', 30],
      ['CA_SEVENTH_DAY_OVERTIME', 480],
      ['CA_SEVENTH_DAY_DOUBLE_TIME', 120],
      ['CA_WEEKLY_OVERTIME', 120],
      ['CA_MEAL_PREMIUM', 120],
    ]);
    const mine = expectNoErrors(await staff.gql(MY, { day: '2026-06-28' })).myTimeCard;
    expect(mine.pay).toEqual({
      hourlyRate: 18_37,
      regular: 734_80,
      overtime: 427_10,
      doubleTime: 91_85,
      mealPremium: 36_74,
      total: 1290_49,
    });
  });
});

describe('a missed clock-out, corrected, approved by the manager and exported once', () => {
  let cardId: string;
  let version: number;

  it('keeps the card from being submitted while a shift has no clock-out', async () => {
    const card = expectNoErrors(await staff.gql(SAVE, { input: shift('2026-07-06', '08:00', null) })).saveTimeEntry;
    expect(card.openShifts).toBe(1);
    expect(card.entries[0].missedClockOut).toBe(true);
    cardId = card.id;
    const e = error(await staff.gql(SUBMIT, { id: card.id, v: card.version }));
    expect(e?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', problem: 'MISSING_CLOCK_OUT' });
  });

  it('lets the office manager correct it with a reason, keeping the original punch as its own version', async () => {
    const card = expectNoErrors(await staff.gql(MY, { day: '2026-07-06' })).myTimeCard;
    const staffTry = error(
      await staff.gql(SAVE, { input: { ...shift('2026-07-06', '08:00', '16:30'), replacesEntryId: card.entries[0].id, reason: 'forgot' } }),
    );
    expect(staffTry?.extensions?.code).toBe('FORBIDDEN');
    const noReason = error(
      await officeManager.gql(SAVE, {
        input: {
          ...shift('2026-07-06', '08:00', '16:30'),
          employeeId: sam.id,
          replacesEntryId: card.entries[0].id,
          expectedVersion: card.version,
        },
      }),
    );
    expect(noReason?.extensions).toMatchObject({ problem: 'REASON_REQUIRED', field: 'input.reason' });
    const fixed = expectNoErrors(
      await officeManager.gql(SAVE, {
        input: {
          ...shift('2026-07-06', '08:00', '16:30', ['12:00', '12:30']),
          employeeId: sam.id,
          replacesEntryId: card.entries[0].id,
          reason: 'Missed clock-out; left at 4:30 per the schedule',
          expectedVersion: card.version,
        },
      }),
    ).saveTimeEntry;
    expect(fixed).toMatchObject({ revision: 1, openShifts: 0, workedMinutes: 480 });
    const history = expectNoErrors(
      await staff.gql(
        `query ($id: ID!) { timeCard(id: $id) { entries(withSuperseded: true) { clockOut revision supersededIn }
        corrections { revision reason correctedByName } } }`,
        { id: cardId },
      ),
    ).timeCard;
    expect(history.entries.map((e: any) => [e.clockOut === null, e.revision, e.supersededIn])).toEqual([
      [true, 0, 1],
      [false, 1, null],
    ]);
    expect(history.corrections).toEqual([
      { revision: 1, reason: 'Missed clock-out; left at 4:30 per the schedule', correctedByName: 'Olivia Grant' },
    ]);
    const audit = expectNoErrors(
      await administrator.gql(
        `{ auditLog(filter: { entityName: "TimeEntry", changesOnly: true }, limit: 10) { total entries { action actorRole } } }`,
      ),
    ).auditLog;
    expect(audit.entries.some((e: any) => e.action === 'UPDATE' && e.actorRole === 'OFFICE_MANAGER')).toBe(true);
    version = fixed.version;
  });

  it('is submitted by the employee and approved once by the manager on the org chart line; a second approver gets CONFLICT', async () => {
    const submitted = expectNoErrors(await staff.gql(SUBMIT, { id: cardId, v: version })).submitTimeCard;
    expect(submitted.status).toBe('SUBMITTED');
    expect(error(await assistant.gql(APPROVE, { id: cardId, v: submitted.version }))?.extensions?.code).toBe('FORBIDDEN');
    const [a, b] = await Promise.all([
      officeManager.gql(APPROVE, { id: cardId, v: submitted.version }),
      practiceManager.gql(APPROVE, { id: cardId, v: submitted.version }),
    ]);
    const codes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const card = expectNoErrors(await staff.gql(MY, { day: '2026-07-06' })).myTimeCard;
    expect(card.status).toBe('APPROVED');
    // Approved: no more changes, even by the office manager.
    const late = error(
      await officeManager.gql(SAVE, {
        input: { ...shift('2026-07-07', '08:00', '12:00'), employeeId: sam.id, reason: 'late entry', expectedVersion: card.version },
      }),
    );
    expect(late?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', problem: 'CARD_LOCKED' });
  });

  it('lets the office manager approve only her own reports', async () => {
    // Paige Whitman reports to the Oak Hill office manager.
    const paige = expectNoErrors(await practiceManager.gql('{ employees(filter: { search: "Whitman" }) { id } }')).employees[0];
    const entered = expectNoErrors(
      await assistant.gql(SAVE, { input: { ...shift('2026-07-06', '09:00', '13:00'), employeeId: paige.id, reason: 'Paper timesheet' } }),
    ).saveTimeEntry;
    const sub = expectNoErrors(await assistant.gql(SUBMIT, { id: entered.id, v: entered.version })).submitTimeCard;
    const refused = error(await officeManager.gql(APPROVE, { id: entered.id, v: sub.version }));
    expect(refused?.extensions?.code).toBe('FORBIDDEN');
    expect(refused?.message).toMatch(/people who report to you/);
    expectNoErrors(await practiceManager.gql(APPROVE, { id: entered.id, v: sub.version }));
  });

  it('exports the approved cards once, as Gusto and ADP files, and only the administrator reopens an exported card', async () => {
    const first = expectNoErrors(await practiceManager.gql(EXPORT, { from: '2026-07-06', to: '2026-07-12' })).exportPayroll;
    expect(first).toMatchObject({ cardCount: 2, periodStart: '2026-07-06', periodEnd: '2026-07-12' });
    const again = expectNoErrors(await practiceManager.gql(EXPORT, { from: '2026-07-06', to: '2026-07-12' })).exportPayroll;
    expect(again).toEqual(first);
    const download = async (format: string) => {
      const res = await fetch(`${env.baseUrl}/download/payroll/${first.id}/${format}.csv`, {
        headers: { authorization: `Bearer ${practiceManager.token}` },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    expect((await download('gusto')).split('\r\n')).toEqual([
      'last_name,first_name,regular_hours,overtime_hours,double_overtime_hours,pto_hours,sick_hours',
      'Carter,Sam,8.00,0.00,0.00,0.00,0.00',
      'Whitman,Paige,4.00,0.00,0.00,0.00,0.00',
      '',
    ]);
    expect((await download('adp')).split('\r\n')[1]).toBe(`,${first.number},,"Carter, Sam",8.00,0.00,,`);
    const staffDownload = await fetch(`${env.baseUrl}/download/payroll/${first.id}/gusto.csv`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    expect(staffDownload.status).toBe(403);

    const card = expectNoErrors(await staff.gql(MY, { day: '2026-07-06' })).myTimeCard;
    expect(card.status).toBe('EXPORTED');
    const byManager = error(await practiceManager.gql(REOPEN, { id: card.id, v: card.version, r: 'wrong day' }));
    expect(byManager?.extensions?.code).toBe('FORBIDDEN');
    const reopened = expectNoErrors(
      await administrator.gql(REOPEN, { id: card.id, v: card.version, r: 'Payroll correction' }),
    ).reopenTimeCard;
    expect(reopened.status).toBe('OPEN');
    const audit = expectNoErrors(
      await administrator.gql(
        `query ($id: ID!) { auditLog(filter: { entityId: $id, changesOnly: true }) { entries { action actorRole } } }`,
        {
          id: card.id,
        },
      ),
    ).auditLog;
    expect(audit.entries[0]).toMatchObject({ action: 'UPDATE', actorRole: 'ADMINISTRATOR' });
  });
});

describe('who sees which card', () => {
  it('keeps one employee’s card from another', async () => {
    const colleague = expectNoErrors(
      await practiceManager.gql('{ timeCards(weekStart: "2026-07-06") { id employee { fullName } } }'),
    ).timeCards;
    const paige = colleague.find((c: any) => c.employee.fullName === 'Paige Whitman');
    expect(error(await staff.gql('query ($id: ID!) { timeCard(id: $id) { id } }', { id: paige.id }))?.extensions?.code).toBe('FORBIDDEN');
    expect(error(await staff.gql('{ timeCards(weekStart: "2026-07-06") { id } }'))?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the time clock', () => {
  it('punches in, a meal, out; refuses a second clock-in while on the clock', async () => {
    const clock = (action: string) =>
      staff.gql(`mutation { clock(action: ${action}) { openShifts entries { clockIn mealStart mealEnd clockOut } } }`);
    expectNoErrors(await clock('IN'));
    expect(error(await clock('IN'))?.extensions).toMatchObject({ problem: 'ALREADY_CLOCKED_IN' });
    expectNoErrors(await clock('MEAL_START'));
    expect(error(await clock('OUT'))?.extensions).toMatchObject({ problem: 'MEAL_OUTSIDE_SHIFT' });
    expectNoErrors(await clock('MEAL_END'));
    const card = expectNoErrors(await clock('OUT')).clock;
    expect(card.openShifts).toBe(0);
    expect(card.entries.at(-1)).toMatchObject({ clockIn: expect.any(String), mealStart: expect.any(String), clockOut: expect.any(String) });
    expect(error(await clock('OUT'))?.extensions).toMatchObject({ problem: 'NOT_CLOCKED_IN' });
  });
});
