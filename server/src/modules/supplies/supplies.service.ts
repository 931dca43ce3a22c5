import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { addDays, isIsoDate } from '../../core/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors';
import { User } from '../../core/organization.entity';
import { AccountKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { PurchaseOrderService } from '../payables/purchase-order.service';
import { PurchaseOrder, PurchaseOrderStatus } from '../payables/purchasing.entity';
import { VendorService } from '../payables/vendor.service';
import { quantityToPar, reorderPoint } from './reorder';
import { Supply, SupplyCount } from './supplies.entity';
import type { SupplyCountInput, SupplyInput } from './supplies.inputs';

const MAX_UNITS = 1_000_000;
const MAX_UNIT_PRICE = 1e9; // $10 million in cents
/** An order still to come in: a supply on one is not ordered again from the list. */
export const OPEN_ORDER: readonly PurchaseOrderStatus[] = [
  PurchaseOrderStatus.DRAFT,
  PurchaseOrderStatus.APPROVED,
  PurchaseOrderStatus.ORDERED,
  PurchaseOrderStatus.PARTLY_RECEIVED,
];

const wholeUnits = (value: number, max = MAX_UNITS) => Number.isInteger(value) && value >= 0 && value <= max;

export interface SupplyFilter {
  toReorder?: boolean | null;
  costCentreId?: string | null;
  vendorId?: string | null;
  includeInactive?: boolean | null;
}

export class SuppliesService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  /** The supplies by location and name; `toReorder` keeps those at or below their reorder point (compared in SQL). */
  supplies(filter: SupplyFilter = {}): Promise<Supply[]> {
    return this.em.find(
      Supply,
      {
        ...(filter.includeInactive ? {} : { active: true }),
        ...(filter.costCentreId ? { costCentre: filter.costCentreId } : {}),
        ...(filter.vendorId ? { vendor: filter.vendorId } : {}),
        ...(filter.toReorder ? { [raw((alias) => `${alias}.on_hand - ${alias}.reorder_point`)]: { $lte: 0 } } : {}),
      },
      { populate: ['vendor', 'costCentre', 'account', 'lastOrder'], orderBy: { costCentre: { name: 'asc' }, name: 'asc' }, limit: 2000 },
    );
  }

  async supply(id: string, field = 'id'): Promise<Supply> {
    const supply = await this.em.findOne(Supply, { id }, { populate: ['vendor', 'costCentre', 'account', 'lastOrder'] });
    if (!supply) {
      if (field === 'id') throw new NotFoundError('Supply', id);
      throw new ValidationError(field, 'No such supply in this organization.');
    }
    return supply;
  }

  async save(input: SupplyInput): Promise<Supply> {
    const existing = input.id ? await this.supply(input.id, 'input.id') : null;
    if (existing && input.expectedVersion !== existing.version)
      throw new ConflictError('Someone else changed this supply since you opened it.', { version: existing.version });
    const name = input.name.trim();
    if (!name || name.length > 160) throw new ValidationError('input.name', 'Name the supply (at most 160 characters).');
    const unit = input.unit.trim();
    if (!unit || unit.length > 40)
      throw new ValidationError('input.unit', 'Say what it is counted in: box of 100, case, each (at most 40 characters).');
    const vendor = await new VendorService(this.ctx).vendor(input.vendorId, 'input.vendorId');
    const ledger = new LedgerService(this.ctx);
    const accountId = input.accountId || vendor.defaultAccount?.id;
    if (!accountId) throw new ValidationError('input.accountId', 'Choose the expense account its orders go to.');
    const account = await ledger.account(accountId, 'input.accountId');
    if (account.kind !== AccountKind.EXPENSE) throw new ValidationError('input.accountId', 'Supplies are ordered to an expense account.');
    const costCentre = await ledger.costCentre(input.costCentreId, 'input.costCentreId');
    if (!Number.isSafeInteger(input.unitPrice) || input.unitPrice <= 0 || input.unitPrice > MAX_UNIT_PRICE)
      throw new ValidationError('input.unitPrice', 'Enter the unit price in cents, more than zero.');
    const dailyUseHundredths = Math.round(input.dailyUse * 100);
    if (
      !Number.isFinite(input.dailyUse) ||
      Math.abs(dailyUseHundredths - input.dailyUse * 100) > 1e-6 ||
      !wholeUnits(dailyUseHundredths, 100 * 10_000)
    )
      throw new ValidationError('input.dailyUse', 'Enter the units used a day, zero or more, with at most two decimals.');
    if (!wholeUnits(input.leadTimeDays, 365))
      throw new ValidationError('input.leadTimeDays', 'Enter the lead time in whole days, 0 to 365.');
    if (!wholeUnits(input.safetyStock))
      throw new ValidationError('input.safetyStock', 'Enter the safety stock in whole units, zero or more.');
    const point = reorderPoint(dailyUseHundredths, input.leadTimeDays, input.safetyStock);
    if (!wholeUnits(input.parLevel) || input.parLevel <= point)
      throw new ValidationError('input.parLevel', `The par level is what a reorder fills up to: more than the reorder point (${point}).`);

    const fields = {
      name,
      unit,
      vendor,
      account,
      costCentre,
      unitPrice: input.unitPrice,
      dailyUseHundredths,
      leadTimeDays: input.leadTimeDays,
      safetyStock: input.safetyStock,
      parLevel: input.parLevel,
      reorderPoint: point,
      active: input.active,
    };
    const duplicate = await this.em.findOne(Supply, { name, costCentre, ...(existing ? { id: { $ne: existing.id } } : {}) });
    if (duplicate) throw new ValidationError('input.name', `${costCentre.name} has a supply of that name already.`);
    if (existing) {
      Object.assign(existing, fields);
      await this.em.flush();
      return existing;
    }
    const supply = this.em.create(Supply, { organization: this.ctx.organizationId, ...fields });
    await this.em.flush();
    return supply;
  }

  /** A stock count: what is on the shelf of each supply counted, as of the day. All or nothing. */
  async recordCounts(input: SupplyCountInput): Promise<Supply[]> {
    const today = this.ctx.today();
    if (!isIsoDate(input.countedOn) || input.countedOn > today || input.countedOn < addDays(today, -366))
      throw new ValidationError('input.countedOn', 'Enter the day of the count, within the last year and not after today.');
    if (!input.counts.length) throw new ValidationError('input.counts', 'Count at least one supply.');
    if (input.counts.length > 2000) throw new ValidationError('input.counts', 'At most 2,000 supplies in one count.');
    const ids = input.counts.map((c) => c.supplyId);
    const found = new Map((await this.em.find(Supply, { id: { $in: ids } })).map((s) => [s.id, s]));
    const seen = new Set<string>();
    const counted: Supply[] = [];
    for (const [i, c] of input.counts.entries()) {
      const supply = found.get(c.supplyId);
      if (!supply) throw new ValidationError(`input.counts.${i}.supplyId`, 'No such supply in this organization.');
      if (seen.has(supply.id)) throw new ValidationError(`input.counts.${i}.supplyId`, `${supply.name} is counted twice.`);
      seen.add(supply.id);
      if (!wholeUnits(c.onHand))
        throw new ValidationError(`input.counts.${i}.onHand`, 'Enter the units on the shelf, a whole number, zero or more.');
      counted.push(supply);
    }
    const by = this.ctx.userId ? this.em.getReference(User, this.ctx.userId) : null;
    input.counts.forEach((c, i) => {
      const supply = counted[i];
      this.em.create(SupplyCount, {
        organization: this.ctx.organizationId,
        supply,
        countedOn: input.countedOn,
        quantity: c.onHand,
        countedBy: by,
      });
      // An older count does not overwrite a newer one.
      if (!supply.countedOn || supply.countedOn <= input.countedOn) Object.assign(supply, { onHand: c.onHand, countedOn: input.countedOn });
    });
    await this.em.flush();
    await this.em.populate(counted, ['vendor', 'costCentre', 'account', 'lastOrder']);
    return counted;
  }

  /**
   * Turns the chosen supplies of the to-reorder list into draft purchase orders, one per vendor,
   * each line bringing a supply back up to par, through the purchasing service (which numbers,
   * checks and audits them like any order). All orders or none.
   */
  async createOrders(supplyIds: string[]): Promise<PurchaseOrder[]> {
    if (!supplyIds.length) throw new ValidationError('supplyIds', 'Choose at least one supply to order.');
    if (supplyIds.length > 500) throw new ValidationError('supplyIds', 'At most 500 supplies at once.');
    return this.em.transactional(async (em) => {
      const found = new Map(
        (await em.find(Supply, { id: { $in: supplyIds } }, { populate: ['vendor', 'costCentre', 'account', 'lastOrder'] })).map((s) => [
          s.id,
          s,
        ]),
      );
      const byVendor = new Map<string, Supply[]>();
      for (const [i, id] of supplyIds.entries()) {
        const field = `supplyIds.${i}`;
        const supply = found.get(id);
        if (!supply) throw new ValidationError(field, 'No such supply in this organization.');
        if (byVendor.get(supply.vendor.id)?.includes(supply)) throw new ValidationError(field, `${supply.name} is chosen twice.`);
        if (!supply.active) throw new ValidationError(field, `${supply.name} is no longer stocked.`);
        if (supply.onHand > supply.reorderPoint)
          throw new ValidationError(
            field,
            `${supply.name} is above its reorder point (${supply.onHand} on hand, reorder at ${supply.reorderPoint}).`,
          );
        if (supply.lastOrder && OPEN_ORDER.includes(supply.lastOrder.status))
          throw new ValidationError(field, `${supply.name} is on ${supply.lastOrder.number} already.`);
        byVendor.set(supply.vendor.id, [...(byVendor.get(supply.vendor.id) ?? []), supply]);
      }
      const purchasing = new PurchaseOrderService(this.ctx.withEntityManager(em));
      const orders: PurchaseOrder[] = [];
      for (const [vendorId, supplies] of byVendor) {
        const { order } = await purchasing.save({
          vendorId,
          memo: 'Drafted from the supplies to reorder, up to par.',
          lines: supplies.map((s) => ({
            description: `${s.name} (${s.unit})`,
            accountId: s.account.id,
            costCentreId: s.costCentre.id,
            quantity: quantityToPar(s.onHand, s.parLevel),
            unitPrice: s.unitPrice,
          })),
        });
        for (const s of supplies) s.lastOrder = order;
        orders.push(order);
      }
      await em.flush();
      return orders;
    });
  }
}
