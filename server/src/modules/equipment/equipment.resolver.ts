import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow, SignedIn } from '../../core/allow';
import { related } from '../../core/loaders';
import { Money } from '../../core/money';
import { Capability } from '../../core/policy';
import { User } from '../../core/organization.entity';
import { CostCentre } from '../ledger/ledger.entity';
import { Vendor } from '../payables/vendor.entity';
import { BillLine } from '../payables/payables.entity';
import { depreciationSchedule, depreciationThrough } from './depreciation';
import { EquipmentAsset, EquipmentServiceRecord } from './equipment.entity';
import { EquipmentAssetInput } from './equipment.inputs';
import { EquipmentService } from './equipment.service';
import { DepreciationMonthView, DepreciationRun, EquipmentReminder } from './equipment.types';

const READ = Capability.PAYABLES_READ;
const ENTER = Capability.PAYABLES_ENTER;

@Resolver(() => EquipmentAsset)
export class EquipmentResolver {
  @Allow(READ)
  @Query(() => [EquipmentAsset], { description: 'The equipment register, newest in service first.' })
  equipmentAssets(@Ctx() ctx: Context, @Arg('includeDisposed', () => Boolean, { defaultValue: false }) includeDisposed: boolean) {
    return new EquipmentService(ctx).assets(includeDisposed);
  }

  @Allow(READ)
  @Query(() => EquipmentAsset)
  equipmentAsset(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new EquipmentService(ctx).asset(id);
  }

  @Allow(READ)
  @Query(() => [EquipmentReminder], { description: 'Service overdue or due, and warranties ending, within the days given.' })
  equipmentReminders(@Ctx() ctx: Context, @Arg('withinDays', () => Int, { defaultValue: 30 }) withinDays: number) {
    return new EquipmentService(ctx).reminders(withinDays);
  }

  @Allow(ENTER)
  @Mutation(() => EquipmentAsset)
  saveEquipmentAsset(@Ctx() ctx: Context, @Arg('input', () => EquipmentAssetInput) input: EquipmentAssetInput) {
    return new EquipmentService(ctx).save(input);
  }

  @Allow(ENTER)
  @Mutation(() => EquipmentAsset)
  recordEquipmentService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('servicedOn', () => String) servicedOn: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ) {
    return new EquipmentService(ctx).recordService(id, expectedVersion, servicedOn, note);
  }

  @Allow(ENTER)
  @Mutation(() => DepreciationRun, {
    description: 'Posts the depreciation of months ended by today now, instead of at the next scheduled run.',
  })
  postDueDepreciation(@Ctx() ctx: Context) {
    return new EquipmentService(ctx).postDue();
  }

  @SignedIn()
  @FieldResolver(() => CostCentre)
  costCentre(@Root() asset: EquipmentAsset, @Ctx() ctx: Context) {
    return related(ctx, CostCentre, asset.costCentre);
  }

  @SignedIn()
  @FieldResolver(() => String, { nullable: true })
  async vendorName(@Root() asset: EquipmentAsset, @Ctx() ctx: Context): Promise<string | null> {
    return (await related(ctx, Vendor, asset.vendor))?.name ?? null;
  }

  @SignedIn()
  @FieldResolver(() => ID, { nullable: true, description: 'The bill it was bought on.' })
  async billId(@Root() asset: EquipmentAsset, @Ctx() ctx: Context): Promise<string | null> {
    return (await related(ctx, BillLine, asset.billLine))?.bill.id ?? null;
  }

  @SignedIn()
  @FieldResolver(() => Money, { description: 'Depreciation of the months ended by today.' })
  accumulatedDepreciation(@Root() asset: EquipmentAsset, @Ctx() ctx: Context): number {
    return depreciationThrough(asset, ctx.today()).at(-1)?.accumulated ?? 0;
  }

  @SignedIn()
  @FieldResolver(() => Money, { description: 'Cost less the depreciation of the months ended by today.' })
  bookValue(@Root() asset: EquipmentAsset, @Ctx() ctx: Context): number {
    return asset.cost - (depreciationThrough(asset, ctx.today()).at(-1)?.accumulated ?? 0);
  }

  @SignedIn()
  @FieldResolver(() => Money, { description: 'A full month’s depreciation (months differ by at most a cent).' })
  monthlyDepreciation(@Root() asset: EquipmentAsset): number {
    return depreciationSchedule({ ...asset, disposedOn: null })[0]?.amount ?? 0;
  }

  @SignedIn()
  @FieldResolver(() => String, { nullable: true, description: 'The last month of depreciation (YYYY-MM).' })
  depreciatedThrough(@Root() asset: EquipmentAsset): string | null {
    return depreciationSchedule(asset).at(-1)?.month ?? null;
  }

  @SignedIn()
  @FieldResolver(() => [DepreciationMonthView], {
    description: 'Every month of the schedule and whether it is in the ledger (for one asset at a time).',
  })
  async depreciationSchedule(@Root() asset: EquipmentAsset, @Ctx() ctx: Context): Promise<DepreciationMonthView[]> {
    const posted = await new EquipmentService(ctx).postedMonths(asset);
    return depreciationSchedule(asset).map((m) => ({ ...m, posted: posted.has(m.month) }));
  }

  @SignedIn()
  @FieldResolver(() => [EquipmentServiceRecord], { description: 'Services done, latest first (for one asset at a time).' })
  serviceHistory(@Root() asset: EquipmentAsset, @Ctx() ctx: Context) {
    return new EquipmentService(ctx).serviceHistory(asset);
  }
}

@Resolver(() => EquipmentServiceRecord)
export class EquipmentServiceRecordResolver {
  @SignedIn()
  @FieldResolver(() => String, { nullable: true })
  async recordedByName(@Root() record: EquipmentServiceRecord, @Ctx() ctx: Context): Promise<string | null> {
    return (await related(ctx, User, record.recordedBy))?.displayName ?? null;
  }
}
