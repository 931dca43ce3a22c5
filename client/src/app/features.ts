import type { Feature } from '@/shared/feature';
import audit from '@/features/audit/routes';
import auth from '@/features/auth/routes';
import budgets from '@/features/budgets/routes';
import campaigns from '@/features/campaigns/routes';
import compensation from '@/features/compensation/routes';
import dashboard from '@/features/dashboard/routes';
import orgchart from '@/features/orgchart/routes';
import payables from '@/features/payables/routes';
import people from '@/features/people/routes';
import productivity from '@/features/productivity/routes';
import purchasing from '@/features/purchasing/routes';
import equipment from '@/features/equipment/routes';
import supplies from '@/features/supplies/routes';
import recurringBills from '@/features/recurring-bills/routes';
import timecards from '@/features/timecards/routes';
import setup from '@/features/setup/routes';

/** Every area of the SPA. A new one is a folder under features/ with its routes.ts, and a line here. */
export const features: readonly Feature[] = [
  auth,
  dashboard,
  setup,
  orgchart,
  people,
  budgets,
  compensation,
  productivity,
  payables,
  purchasing,
  supplies,
  equipment,
  recurringBills,
  timecards,
  campaigns,
  audit,
];
