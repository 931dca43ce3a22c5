import { Field, ObjectType } from 'type-graphql';
import { PurchaseOrder } from './purchasing.entity';
import { BillBudgetWarning } from './payables.types';

@ObjectType()
export class SavedPurchaseOrder {
  @Field(() => PurchaseOrder)
  order!: PurchaseOrder;

  @Field(() => [BillBudgetWarning], { description: 'Lines over budget (the practice’s budget check: ignore, warn or stop at approval).' })
  budgetWarnings!: BillBudgetWarning[];
}
