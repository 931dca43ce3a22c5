import { addDays, todayAsDate } from '../../core/dates';
import type { DemoSeed } from '../../core/module';
import { Account, CostCentre } from '../ledger/ledger.entity';
import { Vendor } from '../payables/vendor.entity';
import { reorderPoint } from './reorder';
import { Supply, SupplyCount } from './supplies.entity';

/** name, unit, vendor, account, location, unit price, on hand, daily use (hundredths), lead time, safety stock, par */
const RIVERSIDE: [string, string, string, string, string, number, number, number, number, number, number][] = [
  ['Nitrile exam gloves, medium', 'box of 100', 'McKesson Medical-Surgical', '5410', 'Riverside Main', 8_95, 14, 300, 5, 6, 50],
  ['Nitrile exam gloves, large', 'box of 100', 'McKesson Medical-Surgical', '5410', 'Riverside Main', 8_95, 40, 200, 5, 5, 40],
  ['Exam table paper, 21"', 'case of 12 rolls', 'Henry Schein', '5410', 'Riverside Main', 85_00, 3, 25, 7, 2, 12],
  ['Alcohol prep pads', 'box of 200', 'Henry Schein', '5410', 'Riverside Main', 4_20, 22, 100, 7, 4, 30],
  ['Disposable otoscope specula, 4 mm', 'box of 250', 'Henry Schein', '5410', 'Oak Hill Clinic', 12_00, 4, 20, 7, 2, 10],
  ['Safety syringes 3 mL, 25G', 'box of 100', 'Medline Industries', '5410', 'Oak Hill Clinic', 27_50, 2, 50, 10, 2, 12],
  ['Specimen cups, sterile', 'case of 100', 'Cardinal Health', '5410', 'Oak Hill Clinic', 31_40, 9, 25, 10, 2, 10],
  ['Gauze sponges 4×4', 'pack of 200', 'Medline Industries', '5410', 'Riverside Main', 11_80, 15, 80, 10, 4, 24],
  ['Hand sanitizer refills, 1 L', 'each', 'Medline Industries', '5410', 'Riverside Main', 9_60, 18, 75, 10, 3, 24],
  ['Copy paper, letter', 'case of 10 reams', 'Staples Business Advantage', '5510', 'Administration', 48_99, 4, 50, 3, 2, 10],
  ['Printer toner, HP 58X', 'each', 'Staples Business Advantage', '5510', 'Administration', 189_99, 3, 10, 3, 1, 4],
  ['Patient gowns, disposable', 'case of 50', 'McKesson Medical-Surgical', '5410', 'Oak Hill Clinic', 36_75, 5, 30, 5, 2, 10],
];

/** Riverside's supply room: a dozen supplies counted a week ago, a few of them at or below their reorder point. */
export async function seedSuppliesDemo({ em, riverside, users }: DemoSeed): Promise<void> {
  const today = todayAsDate(riverside.timeZone).toISOString().slice(0, 10);
  const countedOn = addDays(today, -7);
  const all = { organization: riverside };
  const [vendors, accounts, centres] = await Promise.all([
    em.find(Vendor, all, { filters: false }),
    em.find(Account, all, { filters: false }),
    em.find(CostCentre, all, { filters: false }),
  ]);
  const byName = <T extends { name: string }>(rows: T[], name: string) => rows.find((r) => r.name === name);
  const countedBy = users.get('office-manager@demo.test') ?? null;
  for (const [
    name,
    unit,
    vendorName,
    code,
    centre,
    unitPrice,
    onHand,
    dailyUseHundredths,
    leadTimeDays,
    safetyStock,
    parLevel,
  ] of RIVERSIDE) {
    const vendor = byName(vendors, vendorName);
    const account = accounts.find((a) => a.code === code);
    const costCentre = byName(centres, centre);
    if (!vendor || !account || !costCentre) continue;
    const supply = em.create(Supply, {
      organization: riverside,
      name,
      unit,
      vendor,
      account,
      costCentre,
      unitPrice,
      onHand,
      countedOn,
      dailyUseHundredths,
      leadTimeDays,
      safetyStock,
      parLevel,
      reorderPoint: reorderPoint(dailyUseHundredths, leadTimeDays, safetyStock),
    });
    em.create(SupplyCount, { organization: riverside, supply, countedOn, quantity: onHand, countedBy });
  }
  await em.flush();
}
