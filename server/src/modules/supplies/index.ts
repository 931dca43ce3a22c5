import { defineModule, NOTHING } from '../../core/module';
import { Supply, SupplyCount } from './supplies.entity';
import { SuppliesResolver } from './supplies.resolver';
import { seedSuppliesDemo } from './supplies.demo';

/** The supply room: par levels and reorder points, stock counts, and the to-reorder list drafted into purchase orders. */
export const suppliesModule = defineModule({
  name: 'supplies',
  entities: [Supply, SupplyCount],
  resolvers: [SuppliesResolver],
  demo: seedSuppliesDemo,
  matrix: {
    'Query.supplies': { query: '{ supplies { id } }' },
    'Mutation.saveSupply': {
      query: `mutation { saveSupply(input: { id: "${NOTHING}", name: "x", unit: "x", vendorId: "${NOTHING}", costCentreId: "${NOTHING}", unitPrice: 1, dailyUse: 1, leadTimeDays: 1, safetyStock: 1, parLevel: 9 }) { id } }`,
    },
    'Mutation.recordSupplyCounts': { query: 'mutation { recordSupplyCounts(input: { countedOn: "2026-01-01", counts: [] }) { id } }' },
    'Mutation.createSupplyOrders': { query: 'mutation { createSupplyOrders(supplyIds: []) { id } }' },
  },
});
