import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../core/money';
import { EquipmentAsset } from './equipment.entity';
import { ReminderKind } from './equipment.service';

registerEnumType(ReminderKind, { name: 'EquipmentReminderKind' });

@ObjectType({ description: 'One month of an asset’s straight-line depreciation.' })
export class DepreciationMonthView {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => String, { description: 'The month’s last day, when it is posted.' })
  postOn!: string;

  @Field(() => Money)
  amount!: number;

  @Field(() => Money)
  accumulated!: number;

  @Field(() => Money)
  bookValue!: number;

  @Field(() => Boolean, { description: 'In the ledger.' })
  posted!: boolean;
}

@ObjectType()
export class EquipmentReminder {
  @Field(() => EquipmentAsset)
  asset!: EquipmentAsset;

  @Field(() => ReminderKind)
  kind!: ReminderKind;

  @Field(() => String)
  on!: string;
}

@ObjectType()
export class DepreciationRun {
  @Field(() => Int, { description: 'Months posted now (months already in the ledger are not posted again).' })
  postings!: number;
}
