import { Context } from '../../core/context';
import { addDays, todayAsDate } from '../../core/dates';
import type { DemoSeed } from '../../core/module';
import { CostCentre } from '../ledger/ledger.entity';
import { EquipmentAsset, EquipmentCategory as C } from './equipment.entity';
import { EquipmentService } from './equipment.service';

/** name, category, cost centre, cost, salvage, life in months, in service (months ago), warranty left (days), service every (months), next service (days from today) */
const RIVERSIDE: [string, C, string, number, number, number, number, number | null, number | null, number | null][] = [
  ['Midmark 626 barrier-free exam table', C.CLINICAL, 'Riverside Main', 8_940_00, 500_00, 84, 30, null, 12, 24],
  ['Welch Allyn Connex vital signs monitor', C.CLINICAL, 'Riverside Main', 3_215_50, 0, 60, 14, 22, 12, -6],
  ['GE Vivid iq portable ultrasound', C.IMAGING, 'Oak Hill Clinic', 41_750_00, 4_000_00, 84, 9, 270, 6, 45],
  ['Eppendorf 5702 centrifuge', C.LAB, 'Oak Hill Clinic', 2_480_00, 0, 60, 70, null, 12, 120],
  ['Reception furniture, Riverside Main', C.FURNITURE, 'Riverside Main', 12_600_00, 0, 84, 40, null, null, null],
];

/** Riverside's equipment register, with its depreciation posted through the ledger to date. */
export async function seedEquipmentDemo({ em, riverside }: DemoSeed): Promise<void> {
  const today = todayAsDate(riverside.timeZone).toISOString().slice(0, 10);
  const centres = new Map((await em.find(CostCentre, { organization: riverside }, { filters: false })).map((c) => [c.name, c]));
  for (const [name, category, centre, cost, salvageValue, usefulLifeMonths, monthsAgo, warrantyDays, every, nextServiceDays] of RIVERSIDE) {
    const costCentre = centres.get(centre);
    if (!costCentre) continue;
    em.create(EquipmentAsset, {
      organization: riverside,
      name,
      category,
      costCentre,
      cost,
      salvageValue,
      usefulLifeMonths,
      inServiceOn: addDays(today, -Math.round(monthsAgo * 30.44)),
      warrantyEndsOn: warrantyDays == null ? null : addDays(today, warrantyDays),
      serviceEveryMonths: every,
      nextServiceOn: nextServiceDays == null ? null : addDays(today, nextServiceDays),
    });
  }
  await em.flush();
  await new EquipmentService(Context.forOrganization(em, riverside)).postDue(today);
}
