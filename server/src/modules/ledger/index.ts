import { defineModule, NOTHING } from '../../core/module';
import { Account, AccountMapping, CostCentre, LedgerEntry, LedgerMonthTotal } from './ledger.entity';
import { LedgerEntryFieldsResolver, LedgerResolver } from './ledger.resolver';
import { seedLedgerDemo } from './ledger.demo';

/** The chart of accounts, cost centres and the journal: the only writer of journal lines (LedgerService.post). */
export const ledgerModule = defineModule({
  name: 'ledger',
  entities: [Account, CostCentre, LedgerEntry, AccountMapping, LedgerMonthTotal],
  tenantScoped: [LedgerMonthTotal],
  resolvers: [LedgerResolver, LedgerEntryFieldsResolver],
  demo: seedLedgerDemo,
  matrix: {
    'Query.accounts': { query: '{ accounts { id } }' },
    'Query.costCentres': { query: '{ costCentres { id } }' },
    'Query.ledgerEntries': { query: '{ ledgerEntries(from: "2020-01-01", to: "2020-01-02") { total } }' },
    'Query.inspectActualsCsv': { query: '{ inspectActualsCsv(csv: "Date,Amount") { headers } }' },
    'Mutation.saveAccount': { query: 'mutation { saveAccount(input: { code: "", name: "", group: OTHER_EXPENSE }) { id } }' },
    'Mutation.postJournalEntry': {
      query: `mutation { postJournalEntry(input: { date: "x", accountId: "${NOTHING}", costCentreId: "${NOTHING}", amount: 1 }) { id } }`,
    },
    'Mutation.recordYearTotals': {
      query: `mutation { recordYearTotals(input: { fiscalYear: 2025, costCentreId: "${NOTHING}", totals: [] }) }`,
    },
    'Mutation.importActuals': {
      query:
        'mutation { importActuals(input: { fileName: "x.csv", csv: "A,B", columns: { date: "Date", account: "Account", costCentre: "Class", amount: "Amount" } }) { ok } }',
    },
  },
});
