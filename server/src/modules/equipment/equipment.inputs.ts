import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';
import { EquipmentCategory } from './equipment.entity';

@InputType()
export class EquipmentAssetInput {
  @Field(() => ID, { nullable: true, description: 'Absent for a new asset.' })
  id?: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String)
  name!: string;

  @Field(() => EquipmentCategory, { defaultValue: EquipmentCategory.OTHER })
  category!: EquipmentCategory;

  @Field(() => String, { nullable: true })
  serialNumber?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The bill line it was bought on (billed to an equipment account): cost, vendor, date and cost centre come from it.',
  })
  billLineId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required unless from a bill line.' })
  costCentreId?: string | null;

  @Field(() => Money, { nullable: true, description: 'Required unless from a bill line.' })
  cost?: number | null;

  @Field(() => Money, { defaultValue: 0 })
  salvageValue!: number;

  @Field(() => Int)
  usefulLifeMonths!: number;

  @Field(() => String, { nullable: true, description: 'Defaults to the bill’s invoice date.' })
  inServiceOn?: string | null;

  @Field(() => String, { nullable: true })
  warrantyEndsOn?: string | null;

  @Field(() => String, { nullable: true })
  nextServiceOn?: string | null;

  @Field(() => Int, { nullable: true })
  serviceEveryMonths?: number | null;

  @Field(() => String, { nullable: true })
  disposedOn?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
