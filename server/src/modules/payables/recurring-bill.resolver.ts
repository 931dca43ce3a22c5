import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow, SignedIn } from '../../core/allow';
import { related } from '../../core/loaders';
import { Capability } from '../../core/policy';
import { Vendor } from './vendor.entity';
import { RecurringBill } from './recurring-bill.entity';
import { RecurringBillInput } from './recurring-bill.inputs';
import { RecurringBillService } from './recurring-bill.service';

@Resolver(() => RecurringBill)
export class RecurringBillResolver {
  @Allow(Capability.PAYABLES_READ)
  @Query(() => [RecurringBill], { description: 'Recurring bills, active first, by the next invoice date.' })
  recurringBills(@Ctx() ctx: Context) {
    return new RecurringBillService(ctx).templates();
  }

  @Allow(Capability.PAYABLES_ENTER)
  @Mutation(() => RecurringBill)
  saveRecurringBill(@Ctx() ctx: Context, @Arg('input', () => RecurringBillInput) input: RecurringBillInput) {
    return new RecurringBillService(ctx).save(input);
  }

  @Allow(Capability.PAYABLES_ENTER)
  @Mutation(() => Int, {
    description: 'Enters the bills that have come due up to today now, instead of at the next scheduled run; returns how many.',
  })
  async createDueRecurringBills(@Ctx() ctx: Context): Promise<number> {
    return (await new RecurringBillService(ctx).createDue()).billsCreated;
  }

  @SignedIn()
  @FieldResolver(() => Vendor)
  vendor(@Root() template: RecurringBill, @Ctx() ctx: Context) {
    return related(ctx, Vendor, template.vendor);
  }
}
