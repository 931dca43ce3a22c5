import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { addDays, isIsoDate } from '../../core/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors';
import { AccountGroup, AccountKind, LedgerEntry, LedgerSource } from '../ledger/ledger.entity';
import { LedgerService, type Posting } from '../ledger/ledger.service';
import { BillLine, BillStatus } from '../payables/payables.entity';
import { depreciationThrough } from './depreciation';
import { EquipmentAsset, EquipmentServiceRecord } from './equipment.entity';
import { User } from '../../core/organization.entity';
import type { EquipmentAssetInput } from './equipment.inputs';

const MAX_COST = 1e10;
export const DEPRECIATION_EXPENSE = '5630';
export const ACCUMULATED_DEPRECIATION = '1590';

export enum ReminderKind {
  SERVICE_OVERDUE = 'SERVICE_OVERDUE',
  SERVICE_DUE = 'SERVICE_DUE',
  WARRANTY_ENDING = 'WARRANTY_ENDING',
}

export interface Reminder {
  asset: EquipmentAsset;
  kind: ReminderKind;
  on: string;
}

/** The same day `months` later, or the month's last day when it is shorter (Jan 31 + 1 → Feb 28). */
function monthsAfter(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

const depreciationKey = (assetId: string, month: string) => `depreciation:${assetId}:${month}`;

export class EquipmentService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  assets(includeDisposed = false): Promise<EquipmentAsset[]> {
    return this.em.find(EquipmentAsset, includeDisposed ? {} : { disposedOn: null }, { orderBy: { inServiceOn: 'desc', name: 'asc' } });
  }

  async asset(id: string, field = 'id'): Promise<EquipmentAsset> {
    const asset = await this.em.findOne(EquipmentAsset, { id });
    if (!asset) {
      if (field === 'id') throw new NotFoundError('Equipment', id);
      throw new ValidationError(field, 'No such equipment in this organization.');
    }
    return asset;
  }

  async save(input: EquipmentAssetInput): Promise<EquipmentAsset> {
    const existing = input.id ? await this.asset(input.id, 'input.id') : null;
    if (existing && input.expectedVersion !== existing.version)
      throw new ConflictError('Someone else changed this equipment since you opened it.', { version: existing.version });
    const name = input.name.trim();
    if (!name || name.length > 160) throw new ValidationError('input.name', 'Name the equipment (at most 160 characters).');
    const serialNumber = input.serialNumber?.trim() || null;
    if (serialNumber && serialNumber.length > 80)
      throw new ValidationError('input.serialNumber', 'Keep the serial number under 80 characters.');

    const fromBill = input.billLineId ? await this.billLine(input.billLineId, existing?.id ?? null) : null;
    const costCentre = fromBill
      ? fromBill.costCentre
      : input.costCentreId
        ? await new LedgerService(this.ctx).costCentre(input.costCentreId, 'input.costCentreId')
        : null;
    if (!costCentre) throw new ValidationError('input.costCentreId', 'Choose where the equipment is (its cost centre).');
    const cost = fromBill ? fromBill.amount : input.cost;
    if (cost == null || !Number.isSafeInteger(cost) || cost <= 0 || cost > MAX_COST)
      throw new ValidationError('input.cost', 'Enter what it cost in cents, more than zero.');
    if (!Number.isSafeInteger(input.salvageValue) || input.salvageValue < 0 || input.salvageValue >= cost)
      throw new ValidationError('input.salvageValue', 'The salvage value is at least zero and less than the cost.');
    if (!Number.isInteger(input.usefulLifeMonths) || input.usefulLifeMonths < 1 || input.usefulLifeMonths > 600)
      throw new ValidationError('input.usefulLifeMonths', 'Enter the useful life in months, from 1 to 600 (50 years).');
    const today = this.ctx.today();
    const inServiceOn = input.inServiceOn || fromBill?.bill.invoiceDate;
    if (!inServiceOn || !isIsoDate(inServiceOn) || inServiceOn < '1980-01-01' || inServiceOn > addDays(today, 365))
      throw new ValidationError('input.inServiceOn', 'Enter the date it was placed in service, as YYYY-MM-DD.');
    for (const field of ['warrantyEndsOn', 'nextServiceOn', 'disposedOn'] as const) {
      const value = input[field];
      if (value && !isIsoDate(value)) throw new ValidationError(`input.${field}`, 'Enter a date as YYYY-MM-DD.');
    }
    if (input.disposedOn && (input.disposedOn < inServiceOn || input.disposedOn > today))
      throw new ValidationError('input.disposedOn', 'It was disposed of after it was placed in service, and not after today.');
    if (
      input.serviceEveryMonths != null &&
      (!Number.isInteger(input.serviceEveryMonths) || input.serviceEveryMonths < 1 || input.serviceEveryMonths > 120)
    )
      throw new ValidationError('input.serviceEveryMonths', 'Service every 1 to 120 months, or leave it empty.');
    const notes = input.notes?.trim() || null;
    if (notes && notes.length > 2000) throw new ValidationError('input.notes', 'Keep the notes under 2,000 characters.');

    const fields = {
      name,
      category: input.category,
      serialNumber,
      costCentre,
      vendor: fromBill ? fromBill.bill.vendor : (existing?.vendor ?? null),
      billLine: fromBill,
      cost,
      salvageValue: input.salvageValue,
      usefulLifeMonths: input.usefulLifeMonths,
      inServiceOn,
      warrantyEndsOn: input.warrantyEndsOn || null,
      nextServiceOn: input.nextServiceOn || null,
      serviceEveryMonths: input.serviceEveryMonths ?? null,
      disposedOn: input.disposedOn || null,
      notes,
    };
    if (existing) {
      const changesBook =
        existing.cost !== cost ||
        existing.salvageValue !== fields.salvageValue ||
        existing.usefulLifeMonths !== fields.usefulLifeMonths ||
        existing.inServiceOn !== inServiceOn ||
        existing.costCentre.id !== costCentre.id;
      if (changesBook && (await this.em.count(LedgerEntry, { sourceId: existing.id })) > 0)
        throw new ValidationError(
          'input.cost',
          'Depreciation has been posted for this equipment: its cost, salvage value, life, start and cost centre stay as posted. Record it as disposed of and register it again.',
        );
      Object.assign(existing, fields);
      await this.em.flush();
      return existing;
    }
    const asset = this.em.create(EquipmentAsset, { organization: this.ctx.organizationId, ...fields });
    await this.em.flush();
    return asset;
  }

  /** A service done: the next one is due the set number of months later. */
  async recordService(id: string, expectedVersion: number, servicedOn: string, note?: string | null): Promise<EquipmentAsset> {
    const asset = await this.asset(id);
    if (asset.version !== expectedVersion)
      throw new ConflictError('Someone else changed this equipment since you opened it.', { version: asset.version });
    if (!isIsoDate(servicedOn) || servicedOn > this.ctx.today())
      throw new ValidationError('servicedOn', 'Enter the service date, not after today.');
    if (servicedOn < asset.inServiceOn) throw new ValidationError('servicedOn', 'It was serviced after it was placed in service.');
    const text = note?.trim() || null;
    if (text && text.length > 2000) throw new ValidationError('note', 'Keep the note under 2,000 characters.');
    this.em.create(EquipmentServiceRecord, {
      organization: this.ctx.organizationId,
      asset,
      servicedOn,
      note: text,
      recordedBy: this.ctx.userId ? this.em.getReference(User, this.ctx.userId) : null,
    });
    // A service recorded late (an older date than the last one) does not move the next one back.
    const next = asset.serviceEveryMonths ? monthsAfter(servicedOn, asset.serviceEveryMonths) : null;
    const last = await this.em.findOne(EquipmentServiceRecord, { asset, servicedOn: { $gt: servicedOn } }, { fields: ['id'] });
    if (!last) asset.nextServiceOn = next;
    await this.em.flush();
    return asset;
  }

  /**
   * Posts every month's depreciation that has ended by today and is not posted yet, through the
   * ledger (depreciation expense against accumulated depreciation, in the asset's cost centre, on the
   * month's last day). Each month's posting has its own key, so running again posts nothing twice.
   */
  async postDue(today = this.ctx.today()): Promise<{ postings: number }> {
    const assets = await this.em.find(EquipmentAsset, { inServiceOn: { $lte: today } });
    const postings: Posting[] = [];
    if (!assets.length) return { postings: 0 };
    const ledger = new LedgerService(this.ctx);
    const expense = await ledger.standardAccount(DEPRECIATION_EXPENSE);
    const accumulated = await ledger.standardAccount(ACCUMULATED_DEPRECIATION);
    for (const asset of assets) {
      for (const month of depreciationThrough(asset, today)) {
        if (month.amount === 0) continue;
        postings.push({
          date: month.postOn,
          source: LedgerSource.JOURNAL,
          dedupeKey: depreciationKey(asset.id, month.month),
          sourceId: asset.id,
          memo: `Depreciation ${month.month}: ${asset.name}`.slice(0, 300),
          lines: [
            { account: expense, costCentre: asset.costCentre, amount: month.amount },
            { account: accumulated, costCentre: asset.costCentre, amount: -month.amount },
          ],
        });
      }
    }
    const { posted } = await ledger.postMany(postings);
    await this.em.flush();
    return { postings: posted.length };
  }

  /** Services done on the asset, latest first. */
  serviceHistory(asset: EquipmentAsset): Promise<EquipmentServiceRecord[]> {
    return this.em.find(EquipmentServiceRecord, { asset }, { orderBy: { servicedOn: 'desc', createdAt: 'desc' } });
  }

  /** Months of this asset's depreciation already in the ledger. */
  async postedMonths(asset: EquipmentAsset): Promise<Set<string>> {
    const rows = await this.em.find(
      LedgerEntry,
      { sourceId: asset.id, amount: { $gt: 0 } },
      { fields: ['postingKey'], disableIdentityMap: true },
    );
    return new Set(rows.map((r) => r.postingKey.split(':')[2]));
  }

  /** Service overdue or due, and warranties ending, within `withinDays` of today; soonest first. */
  async reminders(withinDays: number): Promise<Reminder[]> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366) throw new ValidationError('withinDays', 'From 0 to 366 days.');
    const today = this.ctx.today();
    const until = addDays(today, withinDays);
    const assets = await this.em.find(EquipmentAsset, {
      disposedOn: null,
      $or: [{ nextServiceOn: { $lte: until } }, { warrantyEndsOn: { $gte: today, $lte: until } }],
    });
    const reminders: Reminder[] = [];
    for (const asset of assets) {
      if (asset.nextServiceOn && asset.nextServiceOn <= until)
        reminders.push({
          asset,
          kind: asset.nextServiceOn < today ? ReminderKind.SERVICE_OVERDUE : ReminderKind.SERVICE_DUE,
          on: asset.nextServiceOn,
        });
      if (asset.warrantyEndsOn && asset.warrantyEndsOn >= today && asset.warrantyEndsOn <= until)
        reminders.push({ asset, kind: ReminderKind.WARRANTY_ENDING, on: asset.warrantyEndsOn });
    }
    return reminders.sort((a, b) => a.on.localeCompare(b.on) || a.asset.name.localeCompare(b.asset.name));
  }

  private async billLine(id: string, assetId: string | null): Promise<BillLine> {
    const line = await this.em.findOne(BillLine, { id }, { populate: ['bill', 'bill.vendor', 'account', 'costCentre'] });
    if (!line) throw new ValidationError('input.billLineId', 'No such bill line in this organization.');
    if (line.bill.status === BillStatus.VOID) throw new ValidationError('input.billLineId', 'That bill is void.');
    if (line.account.kind !== AccountKind.ASSET || line.account.group !== AccountGroup.EQUIPMENT)
      throw new ValidationError(
        'input.billLineId',
        `That line was billed to ${line.account.code} ${line.account.name}, an expense: bill equipment to an equipment account (1500) to register it.`,
      );
    const other = await this.em.findOne(EquipmentAsset, { billLine: line, ...(assetId ? { id: { $ne: assetId } } : {}) });
    if (other) throw new ValidationError('input.billLineId', `That line is registered already, as ${other.name}.`);
    return line;
  }
}
