import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow, SignedIn } from '../../core/allow';
import { related } from '../../core/loaders';
import { Money } from '../../core/money';
import { fromScaled } from '../../core/exact';
import { Capability } from '../../core/policy';
import { Account, CostCentre } from '../ledger/ledger.entity';
import { PurchaseOrder } from '../payables/purchasing.entity';
import { Vendor } from '../payables/vendor.entity';
import { quantityToPar } from './reorder';
import { Supply } from './supplies.entity';
import { SupplyCountInput, SupplyInput } from './supplies.inputs';
import { OPEN_ORDER, SuppliesService } from './supplies.service';

const READ = Capability.PAYABLES_READ;
const ENTER = Capability.PAYABLES_ENTER;

@Resolver(() => Supply)
export class SuppliesResolver {
  @Allow(READ)
  @Query(() => [Supply], { description: 'Supplies by location and name; toReorder keeps those at or below their reorder point.' })
  supplies(
    @Ctx() ctx: Context,
    @Arg('toReorder', () => Boolean, { defaultValue: false }) toReorder: boolean,
    @Arg('costCentreId', () => ID, { nullable: true }) costCentreId: string | null,
    @Arg('vendorId', () => ID, { nullable: true }) vendorId: string | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ) {
    return new SuppliesService(ctx).supplies({ toReorder, costCentreId, vendorId, includeInactive });
  }

  @Allow(ENTER)
  @Mutation(() => Supply)
  saveSupply(@Ctx() ctx: Context, @Arg('input', () => SupplyInput) input: SupplyInput) {
    return new SuppliesService(ctx).save(input);
  }

  @Allow(ENTER)
  @Mutation(() => [Supply], { description: 'A stock count: sets what is on hand of each supply counted.' })
  recordSupplyCounts(@Ctx() ctx: Context, @Arg('input', () => SupplyCountInput) input: SupplyCountInput) {
    return new SuppliesService(ctx).recordCounts(input);
  }

  @Allow(ENTER)
  @Mutation(() => [PurchaseOrder], {
    description: 'Draft purchase orders for the chosen supplies at or below their reorder point: one per vendor, each up to par.',
  })
  createSupplyOrders(@Ctx() ctx: Context, @Arg('supplyIds', () => [ID]) supplyIds: string[]) {
    return new SuppliesService(ctx).createOrders(supplyIds);
  }

  @SignedIn()
  @FieldResolver(() => Vendor)
  vendor(@Root() supply: Supply, @Ctx() ctx: Context) {
    return related(ctx, Vendor, supply.vendor);
  }

  @SignedIn()
  @FieldResolver(() => CostCentre, { description: 'Where it is kept.' })
  costCentre(@Root() supply: Supply, @Ctx() ctx: Context) {
    return related(ctx, CostCentre, supply.costCentre);
  }

  @SignedIn()
  @FieldResolver(() => Account, { description: 'The expense account its orders go to.' })
  account(@Root() supply: Supply, @Ctx() ctx: Context) {
    return related(ctx, Account, supply.account);
  }

  @SignedIn()
  @FieldResolver(() => Float, { description: 'Average units used a day (two decimals at most).' })
  dailyUse(@Root() supply: Supply): number {
    return fromScaled(supply.dailyUseHundredths, 2);
  }

  @SignedIn()
  @FieldResolver(() => Boolean, { description: 'On hand is at or below the reorder point.' })
  toReorder(@Root() supply: Supply): boolean {
    return supply.onHand <= supply.reorderPoint;
  }

  @SignedIn()
  @FieldResolver(() => Int, { description: 'Units that bring it back up to par.' })
  quantityToPar(@Root() supply: Supply): number {
    return quantityToPar(supply.onHand, supply.parLevel);
  }

  @SignedIn()
  @FieldResolver(() => Money, { description: 'Quantity to par × unit price.' })
  costToPar(@Root() supply: Supply): number {
    return quantityToPar(supply.onHand, supply.parLevel) * supply.unitPrice;
  }

  @SignedIn()
  @FieldResolver(() => PurchaseOrder, { nullable: true, description: 'The order it is on, while that order is still to come in.' })
  async openOrder(@Root() supply: Supply, @Ctx() ctx: Context): Promise<PurchaseOrder | null> {
    const order = await related(ctx, PurchaseOrder, supply.lastOrder);
    return order && OPEN_ORDER.includes(order.status) ? order : null;
  }
}
