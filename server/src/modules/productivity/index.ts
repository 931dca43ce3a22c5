import { defineModule, NOTHING } from '../../core/module';
import { ProductivityTarget, ProviderPlan } from './productivity.entity';
import {
  ProductivityResolver,
  ProductivityTargetFieldsResolver,
  ProviderPlanFieldsResolver,
  ProviderProductivityFieldsResolver,
} from './productivity.resolver';
import { seedProductivityDemo } from './productivity.demo';

/** Provider plans and targets, productivity against target, projected pay. */
export const productivityModule = defineModule({
  name: 'productivity',
  entities: [ProviderPlan, ProductivityTarget],
  resolvers: [ProductivityResolver, ProviderProductivityFieldsResolver, ProviderPlanFieldsResolver, ProductivityTargetFieldsResolver],
  demo: seedProductivityDemo,
  matrix: {
    'Query.productivity': { query: '{ productivity(year: 2026, month: 1) { year } }' },
    'Query.providerProductivity': { query: `{ providerProductivity(providerId: "${NOTHING}", year: 2026) { providerId } }` },
    'Query.myProductivity': { query: '{ myProductivity { providerId } }' },
    'Query.providerPlans': { query: '{ providerPlans(year: 2026) { id } }' },
    'Query.productivityTargets': { query: '{ productivityTargets(year: 2026) { id } }' },
    'Query.productivityWhatIf': { query: '{ productivityWhatIf(input: { year: 2026, changes: [] }) { difference } }' },
    'Mutation.saveProviderPlan': {
      query: `mutation { saveProviderPlan(input: { providerId: "${NOTHING}", year: 2026, model: SALARY }) { id } }`,
    },
    'Mutation.saveProductivityTarget': {
      query: `mutation { saveProductivityTarget(input: { providerId: "${NOTHING}", year: 2026, patientsPerDayTenths: 0, visits: 0, wrvuHundredths: 0, charges: 0, collections: 0 }) { id } }`,
    },
  },
});
