import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { moneyColumn } from '../../core/money';
import { Employee, Location } from '../orgchart/orgchart.entity';

/**
 * A procedure code and its work RVU, in hundredths (CMS publishes two decimals). Only codes and
 * numbers: CPT descriptions are licensed by the AMA and are not stored.
 */
@ObjectType({ description: 'A procedure code (CPT/HCPCS) and its work RVU value: codes and numbers only.' })
@Entity({ tableName: 'procedure_codes' })
@Unique({ properties: ['organization', 'code'] })
export class ProcedureCode extends OrgScopedEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 10 })
  code!: string;

  @Field(() => Int, { description: 'Work RVUs per unit, in hundredths (0.97 → 97).' })
  @Property({ type: 'integer' })
  workRvuHundredths!: number;
}

/** A visit: who saw which patient, when and where. Billing extends it with diagnoses and claims. */
@Entity({ tableName: 'encounters' })
@Unique({ properties: ['organization', 'externalId'] })
@Index({ properties: ['organization', 'provider', 'dateOfService'] })
export class Encounter extends OrgScopedEntity<'location'> {
  /** The practice-management system's visit number: a re-import adds nothing. */
  @Property({ type: 'string', length: 64 })
  externalId!: string;

  /** A reference to the patient in the practice-management system, not the patient's name. */
  @Property({ type: 'string', length: 64 })
  patientRef!: string;

  @ManyToOne({ entity: () => Employee })
  provider!: Employee;

  @Property({ type: 'date' })
  dateOfService!: string;

  @ManyToOne({ entity: () => Location, nullable: true })
  location?: Location | null;
}

/**
 * A billed procedure. Provider and date of service are copied from the encounter so productivity
 * sums run over one table.
 */
@Entity({ tableName: 'service_lines' })
@Index({ properties: ['organization', 'provider', 'dateOfService'] })
export class ServiceLine extends OrgScopedEntity {
  @ManyToOne({ entity: () => Encounter, deleteRule: 'cascade', index: true })
  encounter!: Encounter;

  @ManyToOne({ entity: () => Employee })
  provider!: Employee;

  @Property({ type: 'date' })
  dateOfService!: string;

  @Property({ type: 'string', length: 10 })
  procedureCode!: string;

  @Property({ type: 'integer' })
  units!: number;

  @Property({ type: moneyColumn() })
  charge!: number;

  /** Work RVUs in hundredths: the code's value times units, fixed when the line is recorded. */
  @Property({ type: 'integer' })
  wrvuHundredths!: number;
}

/** Money collected for an encounter (payer or patient), on the date it was posted. */
@Entity({ tableName: 'collections' })
@Index({ properties: ['organization', 'provider', 'postedOn'] })
export class Collection extends OrgScopedEntity {
  @ManyToOne({ entity: () => Encounter, deleteRule: 'cascade', index: true })
  encounter!: Encounter;

  @ManyToOne({ entity: () => Employee })
  provider!: Employee;

  @Property({ type: 'date' })
  postedOn!: string;

  @Property({ type: moneyColumn() })
  amount!: number;
}
