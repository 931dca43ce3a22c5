import type { PraxisModule } from '../core/module';
import { auditModule } from './audit';
import { authModule } from './auth';
import { budgetModule } from './budget';
import { ledgerModule } from './ledger';
import { campaignModule } from './campaign';
import { compensationModule } from './compensation';
import { encounterModule } from './encounter';
import { orgChartModule } from './orgchart';
import { payablesModule } from './payables';
import { equipmentModule } from './equipment';
import { suppliesModule } from './supplies';
import { productivityModule } from './productivity';
import { timeCardsModule } from './timecards';
import { notificationsModule } from './notifications';
import { setupModule } from './setup';

/** Every domain of Praxis. A new domain is a folder under modules/ and one line here. */
export const MODULES: readonly PraxisModule[] = [
  authModule,
  auditModule,
  orgChartModule,
  ledgerModule,
  budgetModule,
  campaignModule,
  payablesModule,
  equipmentModule,
  suppliesModule,
  compensationModule,
  encounterModule,
  productivityModule,
  timeCardsModule,
  notificationsModule,
  setupModule,
];
