import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { fiscalRange, fiscalYearOf } from '../../core/fiscal';
import { Organization } from '../../core/organization.entity';
import { Budget } from '../budget/budget.entity';
import { Campaign } from '../campaign/campaign.entity';
import { CompensationCycle } from '../compensation/compensation.entity';
import { Encounter } from '../encounter/encounter.entity';
import { EquipmentAsset } from '../equipment/equipment.entity';
import { Account, INCOME_STATEMENT_KINDS } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { Assignment } from '../orgchart/orgchart.entity';
import { Bill } from '../payables/payables.entity';
import { PurchaseOrder } from '../payables/purchasing.entity';
import { RecurringBill } from '../payables/recurring-bill.entity';
import { Vendor } from '../payables/vendor.entity';
import { Supply } from '../supplies/supplies.entity';
import { PracticeArea, type SetupSteps } from './setup.types';

/** An area is in use once any of these has a record in the organization. */
const STARTED_BY: Record<PracticeArea, EntityClass<object>[]> = {
  [PracticeArea.BUDGETS]: [Budget],
  [PracticeArea.COMPENSATION]: [CompensationCycle],
  [PracticeArea.PRODUCTIVITY]: [Encounter],
  [PracticeArea.CAMPAIGNS]: [Campaign],
  [PracticeArea.PAYABLES]: [Vendor, Bill],
  [PracticeArea.RECURRING_BILLS]: [RecurringBill],
  [PracticeArea.PURCHASING]: [PurchaseOrder],
  [PracticeArea.SUPPLIES]: [Supply],
  [PracticeArea.EQUIPMENT]: [EquipmentAsset],
};

/**
 * What a practice has started using. Every question is an indexed "is there one?" or a count,
 * through the tenant filter, so the answer costs the same for three people or four thousand.
 */
export class SetupService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  async areasInUse(): Promise<PracticeArea[]> {
    const areas = Object.entries(STARTED_BY) as [PracticeArea, EntityClass<object>[]][];
    const used = await Promise.all(areas.map(async ([, entities]) => (await Promise.all(entities.map((e) => this.any(e)))).some(Boolean)));
    return areas.filter((_, i) => used[i]).map(([area]) => area);
  }

  async steps(): Promise<SetupSteps> {
    const org = await this.em.findOneOrFail(Organization, { id: this.ctx.organizationId });
    const today = this.ctx.today();
    const lastFiscalYear = fiscalYearOf(today, org.fiscalYearStartMonth) - 1;
    const [accounts, lastYearActuals, budget, people] = await Promise.all([
      this.em.count(Account, { active: true, kind: { $in: [...INCOME_STATEMENT_KINDS] } }),
      new LedgerService(this.ctx).hasActuals(fiscalRange(lastFiscalYear, org.fiscalYearStartMonth)),
      this.any(Budget),
      this.em.count(Assignment, { startDate: { $lte: today }, $or: [{ endDate: null }, { endDate: { $gt: today } }] }),
    ]);
    return { accounts, lastFiscalYear, lastYearActuals, budget, people };
  }

  private async any(entity: EntityClass<object>): Promise<boolean> {
    return (await this.em.findOne(entity, {}, { fields: ['id'] as never })) !== null;
  }
}
