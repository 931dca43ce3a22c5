import type { EntityManager } from '@mikro-orm/knex';
import { distance } from 'fastest-levenshtein';
import type { Context } from '../../core/context';
import { ConflictError, NeedsConfirmationError, NotFoundError, ValidationError } from '../../core/errors';
import { AccountKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { Vendor } from './payables.entity';
import type { VendorInput } from './payables.inputs';

const TAX_ID = /^(\d{2}-\d{7}|\d{3}-\d{2}-\d{4})$/;
const LEGAL_FORMS = /\b(the|inc|incorporated|llc|l l c|llp|lp|ltd|limited|co|corp|corporation|company|pllc|pc|pa)\b/g;

/** A vendor's name as the duplicate check compares it: lower case, no punctuation, no legal form ("Inc.", "LLC"). */
export function comparableName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(LEGAL_FORMS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Two names are very similar when they compare equal, or differ by at most one edit in ten characters. */
export function similarNames(a: string, b: string): boolean {
  const [x, y] = [comparableName(a), comparableName(b)];
  if (!x || !y) return false;
  if (x === y) return true;
  const longer = Math.max(x.length, y.length);
  return longer >= 6 && distance(x, y) * 10 <= longer;
}

export class VendorService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  vendors(includeInactive = false): Promise<Vendor[]> {
    return this.em.find(Vendor, includeInactive ? {} : { active: true }, { orderBy: { name: 'asc' } });
  }

  async vendor(id: string, field = 'id'): Promise<Vendor> {
    const vendor = await this.em.findOne(Vendor, { id });
    if (!vendor) {
      if (field === 'id') throw new NotFoundError('Vendor', id);
      throw new ValidationError(field, 'No such vendor in this organization.');
    }
    return vendor;
  }

  /**
   * Adds or changes a vendor. A vendor with the same tax id, or a very similar name, is probably
   * already there: the save waits for the user to confirm it is another one.
   */
  async save(input: VendorInput): Promise<Vendor> {
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (!name || name.length > 160) throw new ValidationError('input.name', 'Give the vendor a name of at most 160 characters.');
    if (!Number.isInteger(input.termsDays) || input.termsDays < 0 || input.termsDays > 365) {
      throw new ValidationError('input.termsDays', 'Net days are between 0 and 365.');
    }
    if (!Number.isInteger(input.discountBps) || input.discountBps < 0 || input.discountBps > 2_000) {
      throw new ValidationError('input.discountBps', 'An early-payment discount is between 0 % and 20 %.');
    }
    if (
      !Number.isInteger(input.discountDays) ||
      input.discountDays < 0 ||
      (input.discountBps > 0 && (input.discountDays < 1 || input.discountDays > input.termsDays))
    ) {
      throw new ValidationError('input.discountDays', 'The discount applies for 1 day up to the net days.');
    }
    const taxId = input.taxId?.trim() || null;
    if (taxId && !TAX_ID.test(taxId)) throw new ValidationError('input.taxId', 'Enter an EIN as 12-3456789 or an SSN as 123-45-6789.');
    const remitTo = input.remitTo?.trim() || null;
    if (remitTo && remitTo.length > 500) throw new ValidationError('input.remitTo', 'Keep the remit-to under 500 characters.');
    const ledger = new LedgerService(this.ctx);
    const defaultAccount = input.defaultAccountId ? await ledger.account(input.defaultAccountId, 'input.defaultAccountId') : null;
    if (defaultAccount && ![AccountKind.EXPENSE, AccountKind.ASSET].includes(defaultAccount.kind)) {
      throw new ValidationError('input.defaultAccountId', 'Bills go to an expense (or asset) account.');
    }
    const defaultCostCentre = input.defaultCostCentreId
      ? await ledger.costCentre(input.defaultCostCentreId, 'input.defaultCostCentreId')
      : null;

    const existing = input.id ? await this.vendor(input.id, 'input.id') : null;
    if (existing && input.expectedVersion !== existing.version) {
      throw new ConflictError('Someone else changed this vendor since you opened it.', { version: existing.version, name: existing.name });
    }
    // Everything is checked before anything is created: a query would flush a half-made vendor.
    const others = (await this.em.find(Vendor, {})).filter((v) => v.id !== existing?.id);
    const sameName = others.find((v) => v.name.toLowerCase() === name.toLowerCase());
    if (sameName) throw new ValidationError('input.name', `“${sameName.name}” is already a vendor.`);
    if (!input.confirmPossibleDuplicate) {
      const twin = (taxId && others.find((v) => v.taxId === taxId)) || others.find((v) => similarNames(v.name, name));
      if (twin) {
        throw new NeedsConfirmationError(
          'input.confirmPossibleDuplicate',
          twin.taxId && twin.taxId === taxId
            ? `“${twin.name}” has the same tax id: is this the same vendor?`
            : `“${twin.name}” has a very similar name: is this the same vendor?`,
          { duplicate: { id: twin.id, name: twin.name } },
        );
      }
    }
    const vendor = existing ?? this.em.create(Vendor, { organization: this.ctx.organizationId, name, category: input.category });
    Object.assign(vendor, {
      name,
      category: input.category,
      defaultAccount,
      defaultCostCentre,
      termsDays: input.termsDays,
      discountBps: input.discountBps,
      discountDays: input.discountBps > 0 ? input.discountDays : 0,
      remitTo,
      taxId,
      is1099: input.is1099,
      active: input.active,
    });
    await this.em.flush();
    return vendor;
  }
}
