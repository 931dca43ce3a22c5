import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money';
import { ImportRowError } from '../../core/import';
import { LedgerEntry } from './ledger.entity';

@ObjectType()
export class ImportActualsResult {
  @Field(() => Boolean, { description: 'False when any row was bad: then nothing was imported.' })
  ok!: boolean;

  @Field(() => Boolean, { description: 'A dry run: every row checked and counted, nothing written.' })
  dryRun!: boolean;

  @Field(() => Int)
  imported!: number;

  @Field(() => Int, { description: 'Rows already imported before (same file or same rows).' })
  duplicates!: number;

  @Field(() => Money, { description: 'Sum of the imported amounts.' })
  total!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];

  @Field(() => [String], { description: 'Account names in the file with no mapping to a Praxis account.' })
  unmappedAccounts!: string[];
}

@ObjectType()
export class CsvInspection {
  @Field(() => [String])
  headers!: string[];

  @Field(() => [[String]], { description: 'The first rows, for the mapping step.' })
  sample!: string[][];

  @Field(() => Int)
  rowCount!: number;

  @Field(() => [String], { description: 'Distinct values of the guessed account column.' })
  externalAccounts!: string[];

  @Field(() => [RememberedMapping])
  rememberedMappings!: RememberedMapping[];
}

@ObjectType()
export class RememberedMapping {
  @Field(() => String)
  externalName!: string;

  @Field(() => ID)
  accountId!: string;
}

@ObjectType()
export class LedgerPage {
  @Field(() => [LedgerEntry])
  entries!: LedgerEntry[];

  @Field(() => Int)
  total!: number;
}
