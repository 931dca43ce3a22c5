import { defineModule } from '../../core/module';
import { Collection, Encounter, ProcedureCode, ServiceLine } from './encounter.entity';
import { EncounterResolver } from './encounter.resolver';

/** Procedure codes with work RVUs, encounters, their service lines and collections. */
export const encounterModule = defineModule({
  name: 'encounter',
  entities: [ProcedureCode, Encounter, ServiceLine, Collection],
  resolvers: [EncounterResolver],
  matrix: {
    'Query.procedureCodes': { query: '{ procedureCodes(limit: 1) { code } }' },
    'Query.encounterStats': { query: '{ encounterStats { encounters } }' },
    'Mutation.importProcedureCodes': { query: 'mutation { importProcedureCodes(csv: "a,b") { ok } }' },
    'Mutation.importEncounters': { query: 'mutation { importEncounters(csv: "a,b", dryRun: true) { ok } }' },
  },
});
