import type { DemoSeed } from '../../core/module';
import { seedChartOfAccounts } from './chart-of-accounts';
import { CostCentre } from './ledger.entity';

/** Both practices' charts of accounts; Riverside budgets by site and practice-wide administration, Lakeside as one office. */
export function seedLedgerDemo({ em, riverside, lakeside }: DemoSeed): void {
  seedChartOfAccounts(em, riverside);
  for (const name of ['Riverside Main', 'Oak Hill Clinic', 'Administration']) em.create(CostCentre, { organization: riverside, name });
  seedChartOfAccounts(em, lakeside);
  em.create(CostCentre, { organization: lakeside, name: 'Lakeside Office' });
}
