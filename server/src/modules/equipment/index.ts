import { defineModule, NOTHING } from '../../core/module';
import { EquipmentAsset, EquipmentServiceRecord } from './equipment.entity';
import { EquipmentResolver, EquipmentServiceRecordResolver } from './equipment.resolver';
import { EquipmentService } from './equipment.service';
import { seedEquipmentDemo } from './equipment.demo';

/** The equipment register: what the practice owns, its service and warranty dates, and its book depreciation posted through the ledger. */
export const equipmentModule = defineModule({
  name: 'equipment',
  entities: [EquipmentAsset, EquipmentServiceRecord],
  resolvers: [EquipmentResolver, EquipmentServiceRecordResolver],
  demo: seedEquipmentDemo,
  jobs: [
    {
      name: 'equipment.depreciation',
      // Hourly, so each practice's month-end is posted soon after its own midnight.
      cron: '30 * * * *',
      run: (ctx) => new EquipmentService(ctx).postDue(),
    },
  ],
  matrix: {
    'Query.equipmentAssets': { query: '{ equipmentAssets { id } }' },
    'Query.equipmentAsset': { query: `{ equipmentAsset(id: "${NOTHING}") { id } }` },
    'Query.equipmentReminders': { query: '{ equipmentReminders { on } }' },
    'Mutation.saveEquipmentAsset': {
      query: `mutation { saveEquipmentAsset(input: { id: "${NOTHING}", name: "x", usefulLifeMonths: 1 }) { id } }`,
    },
    'Mutation.recordEquipmentService': {
      query: `mutation { recordEquipmentService(id: "${NOTHING}", expectedVersion: 1, servicedOn: "2026-01-01") { id } }`,
    },
    'Mutation.postDueDepreciation': { query: 'mutation { postDueDepreciation { postings } }' },
  },
});
