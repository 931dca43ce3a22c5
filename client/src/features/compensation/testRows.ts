import type { WorksheetRow } from './worksheet';
import { proposalCost } from './pay';

/** A worksheet row as the server sends it, with its figures computed the server's way. Tests only. */
export function worksheetRow(overrides: Partial<WorksheetRow> = {}): WorksheetRow {
  const base: WorksheetRow = {
    id: 'p-1',
    version: 1,
    employeeId: 'e-1',
    name: 'Arjun Mehta',
    title: 'IT Support Specialist',
    department: 'Administration',
    departmentId: 'd-1',
    category: 'ADMINISTRATIVE_STAFF',
    managerId: 'm-1',
    managerName: 'Marcus Bell',
    payBasis: 'HOURLY',
    rate: 1_956,
    fteHundredths: 100,
    annualPay: 4_068_480,
    bandMinimum: 3_600_000,
    bandMidpoint: 4_200_000,
    bandMaximum: 4_800_000,
    compaRatio: 0.9687,
    rangePosition: 0.3904,
    benefitsLoadBps: 2_400,
    rating: null,
    meritBps: 0,
    adjustment: 0,
    bonus: 0,
    rationale: null,
    guideline: null,
    newRate: 1_956,
    newAnnualPay: 4_068_480,
    cost: 0,
    flags: [],
    proposedBy: null,
    mayPropose: true,
    lockedBecause: null,
    ...overrides,
  };
  const figures = proposalCost(base);
  return { ...base, newRate: figures.newRate, newAnnualPay: figures.newAnnualPay, cost: figures.cost, ...pick(overrides) };
}

/** Figures a test sets on purpose win over the computed ones. */
function pick(overrides: Partial<WorksheetRow>) {
  const out: Partial<WorksheetRow> = {};
  for (const key of ['newRate', 'newAnnualPay', 'cost'] as const) if (overrides[key] !== undefined) out[key] = overrides[key];
  return out;
}
