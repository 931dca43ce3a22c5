import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';

@InputType()
export class PurchaseOrderLineInput {
  @Field(() => String)
  description!: string;

  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  costCentreId!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Money)
  unitPrice!: number;
}

@InputType()
export class PurchaseOrderInput {
  @Field(() => ID, { nullable: true, description: 'Absent for a new order; only a draft can be changed.' })
  id?: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => ID)
  vendorId!: string;

  @Field(() => String, { nullable: true })
  expectedOn?: string | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => [PurchaseOrderLineInput])
  lines!: PurchaseOrderLineInput[];
}

@InputType()
export class ReceivedLineInput {
  @Field(() => ID)
  lineId!: string;

  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class ReceiveInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String)
  receivedOn!: string;

  @Field(() => [ReceivedLineInput])
  lines!: ReceivedLineInput[];

  @Field(() => String, { nullable: true, description: 'Packing slip number, condition…' })
  note?: string | null;
}
