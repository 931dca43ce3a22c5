import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money';
import { ImportRowError } from '../../core/import';

@ObjectType()
export class ProcedureCodeImportResult {
  @Field(() => Boolean, { description: 'False when any row was bad: then nothing changed.' })
  ok!: boolean;

  @Field(() => Int, { description: 'Codes new to the table.' })
  added!: number;

  @Field(() => Int, { description: 'Codes whose work RVU changed. Service lines already recorded keep the value they were recorded with.' })
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];
}

@ObjectType()
export class EncounterImportResult {
  @Field(() => Boolean, { description: 'False when any row was bad: then nothing was imported.' })
  ok!: boolean;

  @Field(() => Boolean, { description: 'Checked only: nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows read (service lines in the file).' })
  rows!: number;

  @Field(() => Int, { description: 'New visits.' })
  encounters!: number;

  @Field(() => Int)
  serviceLines!: number;

  @Field(() => Int, { description: 'Collections added, including payments posted since a visit was first imported.' })
  collections!: number;

  @Field(() => Int, { description: 'Visits imported before: their service lines stay as they were.' })
  visitsAlreadyImported!: number;

  @Field(() => Int, { description: 'wRVUs of the new service lines, in hundredths.' })
  wrvuHundredths!: number;

  @Field(() => Money)
  charges!: number;

  @Field(() => Money)
  collected!: number;

  @Field(() => String, { nullable: true })
  firstDateOfService?: string | null;

  @Field(() => String, { nullable: true })
  lastDateOfService?: string | null;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];
}

@ObjectType({ description: 'What the practice has loaded so far.' })
export class EncounterStats {
  @Field(() => Int)
  procedureCodes!: number;

  @Field(() => Int)
  encounters!: number;

  @Field(() => Int)
  serviceLines!: number;

  @Field(() => Int)
  collections!: number;

  @Field(() => String, { nullable: true })
  firstDateOfService?: string | null;

  @Field(() => String, { nullable: true })
  lastDateOfService?: string | null;

  @Field(() => Money)
  charges!: number;

  @Field(() => Money)
  collected!: number;
}
