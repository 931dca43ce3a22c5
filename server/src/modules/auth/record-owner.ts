import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../core/context';
import { SignedIn } from '../../core/allow';
import { ValidationError } from '../../core/errors';

/** The kinds of record a page of the SPA opens by id (a link someone may share). */
export enum RecordKind {
  BUDGET = 'BUDGET',
  CAMPAIGN = 'CAMPAIGN',
  COMPENSATION_CYCLE = 'COMPENSATION_CYCLE',
  EMPLOYEE = 'EMPLOYEE',
  BILL = 'BILL',
  PURCHASE_ORDER = 'PURCHASE_ORDER',
  EQUIPMENT_ASSET = 'EQUIPMENT_ASSET',
  TIME_CARD = 'TIME_CARD',
}
registerEnumType(RecordKind, { name: 'RecordKind', description: 'A kind of record a page opens by id.' });

/** By entity name, so this module needs none of the others. */
const ENTITY: Record<RecordKind, string> = {
  [RecordKind.BUDGET]: 'Budget',
  [RecordKind.CAMPAIGN]: 'Campaign',
  [RecordKind.COMPENSATION_CYCLE]: 'CompensationCycle',
  [RecordKind.EMPLOYEE]: 'Employee',
  [RecordKind.BILL]: 'Bill',
  [RecordKind.PURCHASE_ORDER]: 'PurchaseOrder',
  [RecordKind.EQUIPMENT_ASSET]: 'EquipmentAsset',
  [RecordKind.TIME_CARD]: 'TimeCard',
};

@ObjectType({ description: 'The practice a record belongs to, told only to a member of that practice.' })
export class RecordOwner {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  organizationName!: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A page found no such record in the current practice: is it one of the viewer's other practices'?
 * One indexed lookup by primary key past the tenant filter, answered only when the viewer holds an
 * active membership in the owning practice; otherwise null, exactly as for an id that exists nowhere,
 * so nobody learns that a record exists in a practice they do not belong to.
 */
export async function recordOwner(ctx: Context, kind: RecordKind, id: string): Promise<RecordOwner | null> {
  if (!UUID.test(id)) return null;
  const entity = ENTITY[kind];
  if (!entity) throw new ValidationError('kind', 'Unknown kind of record.');
  const row = (await ctx.em.findOne(entity, { id } as never, {
    filters: false,
    fields: ['organization'] as never,
    disableIdentityMap: true,
  })) as { organization?: { id: string } } | null;
  const organizationId = row?.organization?.id;
  if (!organizationId) return null;
  const membership = ctx.memberships.find((m) => m.organization.id === organizationId);
  return membership ? { organizationId, organizationName: membership.organization.name } : null;
}

@Resolver()
export class RecordOwnerResolver {
  @SignedIn()
  @Query(() => RecordOwner, {
    nullable: true,
    description:
      'Which of your practices holds this record, for a link opened while another practice is current; null when none of yours does.',
  })
  recordOwner(@Ctx() ctx: Context, @Arg('kind', () => RecordKind) kind: RecordKind, @Arg('id', () => ID) id: string) {
    return recordOwner(ctx, kind, id);
  }
}
