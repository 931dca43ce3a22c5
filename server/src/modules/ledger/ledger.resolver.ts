import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow } from '../../core/allow';
import { related } from '../../core/loaders';
import { Capability } from '../../core/policy';
import { Account, AccountGroup, CostCentre, LedgerEntry } from './ledger.entity';
import { AccountInput, ImportActualsInput, JournalEntryInput, RecordYearTotalsInput } from './ledger.inputs';
import { CsvInspection, ImportActualsResult, LedgerPage } from './ledger.types';
import { LedgerService } from './ledger.service';
import { ActualsService } from './actuals.service';

// The ledger is read and written by whoever reads and edits budgets: actuals are the budget's other half.
const READ = Capability.BUDGETS_READ;
const EDIT = Capability.BUDGETS_EDIT;
// Whoever codes a bill or an order chooses its account and cost centre.
const CODE = Capability.PAYABLES_READ;

@Resolver()
export class LedgerResolver {
  @Allow(READ, CODE)
  @Query(() => [Account], { description: 'The chart of accounts.' })
  accounts(
    @Ctx() ctx: Context,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Arg('includeBalanceSheet', () => Boolean, {
      defaultValue: false,
      description: 'Also cash, receivables, payables and clearing (budgets plan the income statement only).',
    })
    includeBalanceSheet: boolean,
  ) {
    return new LedgerService(ctx).accounts(includeInactive, includeBalanceSheet);
  }

  @Allow(READ, CODE)
  @Query(() => [CostCentre])
  costCentres(@Ctx() ctx: Context) {
    return new LedgerService(ctx).costCentres();
  }

  @Allow(READ)
  @Query(() => LedgerPage, { description: 'The ledger entries behind a number.' })
  ledgerEntries(
    @Ctx() ctx: Context,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String, { description: 'Exclusive.' }) to: string,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string,
    @Arg('costCentreId', () => ID, { nullable: true }) costCentreId?: string,
    @Arg('group', () => AccountGroup, { nullable: true }) group?: AccountGroup,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit?: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
  ) {
    return new LedgerService(ctx).entries(
      { accountId: accountId ?? undefined, costCentreId: costCentreId ?? undefined, group: group ?? undefined, from, to },
      limit,
      offset,
    );
  }

  @Allow(EDIT)
  @Query(() => CsvInspection, { description: 'Columns, sample rows and account names of a ledger export, for the mapping step.' })
  inspectActualsCsv(@Ctx() ctx: Context, @Arg('csv', () => String) csv: string) {
    return new ActualsService(ctx).inspect(csv);
  }

  @Allow(EDIT)
  @Mutation(() => Account)
  saveAccount(@Ctx() ctx: Context, @Arg('input', () => AccountInput) input: AccountInput) {
    return new LedgerService(ctx).saveAccount(input);
  }

  @Allow(EDIT)
  @Mutation(() => LedgerEntry, { description: 'A manual journal entry.' })
  postJournalEntry(@Ctx() ctx: Context, @Arg('input', () => JournalEntryInput) input: JournalEntryInput) {
    return new ActualsService(ctx).postJournal(input);
  }

  @Allow(EDIT)
  @Mutation(() => Int, {
    description: 'A past year’s totals per account, spread evenly over its months; returns how many accounts were recorded.',
  })
  recordYearTotals(@Ctx() ctx: Context, @Arg('input', () => RecordYearTotalsInput) input: RecordYearTotalsInput) {
    return new ActualsService(ctx).recordYearTotals(input);
  }

  @Allow(EDIT)
  @Mutation(() => ImportActualsResult, { description: 'All or nothing; importing the same rows again adds nothing.' })
  importActuals(@Ctx() ctx: Context, @Arg('input', () => ImportActualsInput) input: ImportActualsInput) {
    return new ActualsService(ctx).importCsv(input);
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryFieldsResolver {
  @Allow(READ)
  @FieldResolver(() => Account)
  account(@Root() entry: LedgerEntry, @Ctx() ctx: Context) {
    return related(ctx, Account, entry.account);
  }

  @Allow(READ)
  @FieldResolver(() => CostCentre)
  costCentre(@Root() entry: LedgerEntry, @Ctx() ctx: Context) {
    return related(ctx, CostCentre, entry.costCentre);
  }
}
