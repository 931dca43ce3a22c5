import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow, SignedIn } from '../../core/allow';
import { related } from '../../core/loaders';
import { User } from '../../core/organization.entity';
import { Capability } from '../../core/policy';
import { Account, CostCentre } from '../ledger/ledger.entity';
import { Vendor } from './vendor.entity';
import { PurchaseOrder, PurchaseOrderLine, PurchaseOrderStatus, PurchaseReceipt } from './purchasing.entity';
import { PurchaseOrderInput, ReceiveInput } from './purchasing.inputs';
import { SavedPurchaseOrder } from './purchasing.types';
import { PurchaseOrderService } from './purchase-order.service';
import { purchaseOrderBills, purchaseOrderLines, purchaseReceipts } from './purchasing.loaders';
import { Bill } from './payables.entity';
import { payablesSettings } from './payables.loaders';
import { approvalRefusal } from './payables.access';

const READ = Capability.PAYABLES_READ;
const ENTER = Capability.PAYABLES_ENTER;
const APPROVE = Capability.PAYABLES_APPROVE;

@Resolver()
export class PurchasingResolver {
  @Allow(READ)
  @Query(() => [PurchaseOrder], { description: 'Purchase orders, newest first (at most 500).' })
  purchaseOrders(
    @Ctx() ctx: Context,
    @Arg('statuses', () => [PurchaseOrderStatus], { nullable: true }) statuses?: PurchaseOrderStatus[],
    @Arg('vendorId', () => ID, { nullable: true }) vendorId?: string,
  ) {
    return new PurchaseOrderService(ctx).orders(statuses, vendorId);
  }

  @Allow(READ)
  @Query(() => PurchaseOrder)
  purchaseOrder(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new PurchaseOrderService(ctx).order(id);
  }

  @Allow(ENTER)
  @Mutation(() => SavedPurchaseOrder, { description: 'Drafts an order or changes a draft; the budget check runs on every line.' })
  savePurchaseOrder(@Ctx() ctx: Context, @Arg('input', () => PurchaseOrderInput) input: PurchaseOrderInput) {
    return new PurchaseOrderService(ctx).save(input);
  }

  @Allow(APPROVE)
  @Mutation(() => SavedPurchaseOrder, { description: 'Approves a draft within your approval limit (the same limits as bills).' })
  approvePurchaseOrder(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return new PurchaseOrderService(ctx).approve(id, expectedVersion);
  }

  @Allow(ENTER)
  @Mutation(() => PurchaseOrder, { description: 'Records that an approved order was placed with the vendor.' })
  markPurchaseOrderOrdered(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('orderedOn', () => String) orderedOn: string,
  ) {
    return new PurchaseOrderService(ctx).markOrdered(id, expectedVersion, orderedOn);
  }

  @Allow(ENTER)
  @Mutation(() => PurchaseOrder, { description: 'Records what arrived, line by line.' })
  receivePurchaseOrder(@Ctx() ctx: Context, @Arg('input', () => ReceiveInput) input: ReceiveInput) {
    return new PurchaseOrderService(ctx).receive(input);
  }

  @Allow(ENTER)
  @Mutation(() => PurchaseOrder, { description: 'Closes an order: nothing more is expected on it.' })
  closePurchaseOrder(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return new PurchaseOrderService(ctx).close(id, expectedVersion);
  }

  @Allow(APPROVE)
  @Mutation(() => PurchaseOrder, { description: 'Cancels an order before anything arrives.' })
  cancelPurchaseOrder(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return new PurchaseOrderService(ctx).cancel(id, expectedVersion, reason);
  }
}

@Resolver(() => PurchaseOrder)
export class PurchaseOrderFieldsResolver {
  @SignedIn()
  @FieldResolver(() => Vendor)
  vendor(@Root() order: PurchaseOrder, @Ctx() ctx: Context) {
    return related(ctx, Vendor, order.vendor);
  }

  @SignedIn()
  @FieldResolver(() => [PurchaseOrderLine])
  lines(@Root() order: PurchaseOrder, @Ctx() ctx: Context) {
    return purchaseOrderLines(ctx).load(order.id);
  }

  @SignedIn()
  @FieldResolver(() => [Bill], { description: 'The vendor’s bills for this order, void ones included.' })
  bills(@Root() order: PurchaseOrder, @Ctx() ctx: Context) {
    return purchaseOrderBills(ctx).load(order.id);
  }

  @SignedIn()
  @FieldResolver(() => String, { nullable: true })
  async createdByName(@Root() order: PurchaseOrder, @Ctx() ctx: Context): Promise<string | null> {
    return (await related(ctx, User, order.createdBy))?.displayName ?? null;
  }

  @SignedIn()
  @FieldResolver(() => String, { nullable: true })
  async approvedByName(@Root() order: PurchaseOrder, @Ctx() ctx: Context): Promise<string | null> {
    return (await related(ctx, User, order.approvedBy))?.displayName ?? null;
  }

  @SignedIn()
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why you may not approve this order (your role, your limit); null when you may.',
  })
  async approveLockedBecause(@Root() order: PurchaseOrder, @Ctx() ctx: Context): Promise<string | null> {
    if (order.status !== PurchaseOrderStatus.DRAFT) return `This order is ${order.status.toLowerCase().replace('_', ' ')}.`;
    return approvalRefusal(ctx, order, (await payablesSettings(ctx)).approvalLimits, 'Orders');
  }
}

@Resolver(() => PurchaseOrderLine)
export class PurchaseOrderLineFieldsResolver {
  @SignedIn()
  @FieldResolver(() => Account)
  account(@Root() line: PurchaseOrderLine, @Ctx() ctx: Context) {
    return related(ctx, Account, line.account);
  }

  @SignedIn()
  @FieldResolver(() => CostCentre)
  costCentre(@Root() line: PurchaseOrderLine, @Ctx() ctx: Context) {
    return related(ctx, CostCentre, line.costCentre);
  }

  @SignedIn()
  @FieldResolver(() => [PurchaseReceipt])
  receipts(@Root() line: PurchaseOrderLine, @Ctx() ctx: Context) {
    return purchaseReceipts(ctx).load(line.id);
  }
}
