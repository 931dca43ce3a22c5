import { Migration } from '@mikro-orm/migrations';

export class Migration20261127014653_Compensation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "compensation_cycles" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "name" varchar(160) not null, "effective_date" date not null, "status" text check ("status" in ('OPEN', 'APPROVED', 'APPLIED', 'CANCELLED')) not null default 'OPEN', "eligible_hired_by" date not null, "include_providers" boolean not null, "pool_bps" int null, "pool_amount" bigint null, "guidelines" jsonb not null, "approved_at" timestamptz null, "applied_at" timestamptz null, constraint "compensation_cycles_pkey" primary key ("id"));`);
    this.addSql(`create index "compensation_cycles_organization_id_index" on "compensation_cycles" ("organization_id");`);

    this.addSql(`create table "procedure_codes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "code" varchar(10) not null, "work_rvu_hundredths" int not null, constraint "procedure_codes_pkey" primary key ("id"));`);
    this.addSql(`create index "procedure_codes_organization_id_index" on "procedure_codes" ("organization_id");`);
    this.addSql(`alter table "procedure_codes" add constraint "procedure_codes_organization_id_code_unique" unique ("organization_id", "code");`);

    this.addSql(`create table "salary_bands" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "job" varchar(160) not null, "category" text check ("category" in ('PHYSICIAN', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'NURSE_MIDWIFE', 'CLINICAL_STAFF', 'ADMINISTRATIVE_STAFF', 'MANAGEMENT')) not null, "minimum" bigint not null, "midpoint" bigint not null, "maximum" bigint not null, constraint "salary_bands_pkey" primary key ("id"));`);
    this.addSql(`create index "salary_bands_organization_id_index" on "salary_bands" ("organization_id");`);
    this.addSql(`alter table "salary_bands" add constraint "salary_bands_organization_id_job_unique" unique ("organization_id", "job");`);

    this.addSql(`create table "provider_plans" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "provider_id" uuid not null, "year" int not null, "model" text check ("model" in ('SALARY', 'PRODUCTIVITY', 'SALARY_PLUS_PRODUCTIVITY', 'COLLECTIONS_PERCENT')) not null, "base_salary" bigint not null default 0, "wrvu_threshold_hundredths" int not null default 0, "rate_per_wrvu" bigint not null default 0, "collections_bps" int not null default 0, "quality_bonus" bigint not null default 0, constraint "provider_plans_pkey" primary key ("id"));`);
    this.addSql(`create index "provider_plans_organization_id_index" on "provider_plans" ("organization_id");`);
    this.addSql(`alter table "provider_plans" add constraint "provider_plans_organization_id_provider_id_year_unique" unique ("organization_id", "provider_id", "year");`);

    this.addSql(`create table "compensation_proposals" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "cycle_id" uuid not null, "employee_id" uuid not null, "provider" boolean not null, "pay_basis" text check ("pay_basis" in ('SALARY', 'HOURLY')) not null, "rate" bigint not null, "fte_hundredths" int not null, "benefits_load_bps" int not null, "band_midpoint" bigint null, "rating" int null, "merit_bps" int not null default 0, "adjustment" bigint not null default 0, "bonus" bigint not null default 0, "rationale" varchar(500) null, "proposed_by_id" uuid null, "proposed_at" timestamptz null, constraint "compensation_proposals_pkey" primary key ("id"));`);
    this.addSql(`create index "compensation_proposals_organization_id_index" on "compensation_proposals" ("organization_id");`);
    this.addSql(`create index "compensation_proposals_organization_id_cycle_id_index" on "compensation_proposals" ("organization_id", "cycle_id");`);
    this.addSql(`alter table "compensation_proposals" add constraint "compensation_proposals_cycle_id_employee_id_unique" unique ("cycle_id", "employee_id");`);

    this.addSql(`create table "productivity_targets" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "provider_id" uuid not null, "year" int not null, "patients_per_day_tenths" int not null, "visits" int not null, "wrvu_hundredths" int not null, "charges" bigint not null, "collections" bigint not null, constraint "productivity_targets_pkey" primary key ("id"));`);
    this.addSql(`create index "productivity_targets_organization_id_index" on "productivity_targets" ("organization_id");`);
    this.addSql(`alter table "productivity_targets" add constraint "productivity_targets_organization_id_provider_id_year_unique" unique ("organization_id", "provider_id", "year");`);

    this.addSql(`create table "encounters" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "external_id" varchar(64) not null, "patient_ref" varchar(64) not null, "provider_id" uuid not null, "date_of_service" date not null, "location_id" uuid null, constraint "encounters_pkey" primary key ("id"));`);
    this.addSql(`create index "encounters_organization_id_index" on "encounters" ("organization_id");`);
    this.addSql(`create index "encounters_organization_id_provider_id_date_of_service_index" on "encounters" ("organization_id", "provider_id", "date_of_service");`);
    this.addSql(`alter table "encounters" add constraint "encounters_organization_id_external_id_unique" unique ("organization_id", "external_id");`);

    this.addSql(`create table "service_lines" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "encounter_id" uuid not null, "provider_id" uuid not null, "date_of_service" date not null, "procedure_code" varchar(10) not null, "units" int not null, "charge" bigint not null, "wrvu_hundredths" int not null, constraint "service_lines_pkey" primary key ("id"));`);
    this.addSql(`create index "service_lines_organization_id_index" on "service_lines" ("organization_id");`);
    this.addSql(`create index "service_lines_encounter_id_index" on "service_lines" ("encounter_id");`);
    this.addSql(`create index "service_lines_organization_id_provider_id_date_of_service_index" on "service_lines" ("organization_id", "provider_id", "date_of_service");`);

    this.addSql(`create table "compensation_records" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "employee_id" uuid not null, "effective_from" date not null, "pay_basis" text check ("pay_basis" in ('SALARY', 'HOURLY')) not null, "rate" bigint not null, "fte_hundredths" int not null, "bonus_target_bps" int not null default 0, "benefits_load_bps" int not null default 0, "reason" text check ("reason" in ('HIRE', 'MERIT', 'ADJUSTMENT', 'PROMOTION', 'CORRECTION')) not null, "cycle_id" uuid null, "note" varchar(300) null, constraint "compensation_records_pkey" primary key ("id"));`);
    this.addSql(`create index "compensation_records_organization_id_index" on "compensation_records" ("organization_id");`);
    this.addSql(`create index "compensation_records_employee_id_index" on "compensation_records" ("employee_id");`);
    this.addSql(`alter table "compensation_records" add constraint "compensation_records_organization_id_employee_id__9abd3_unique" unique ("organization_id", "employee_id", "effective_from");`);

    this.addSql(`create table "collections" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "encounter_id" uuid not null, "provider_id" uuid not null, "posted_on" date not null, "amount" bigint not null, constraint "collections_pkey" primary key ("id"));`);
    this.addSql(`create index "collections_organization_id_index" on "collections" ("organization_id");`);
    this.addSql(`create index "collections_encounter_id_index" on "collections" ("encounter_id");`);
    this.addSql(`create index "collections_organization_id_provider_id_posted_on_index" on "collections" ("organization_id", "provider_id", "posted_on");`);

    this.addSql(`alter table "compensation_cycles" add constraint "compensation_cycles_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "procedure_codes" add constraint "procedure_codes_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "salary_bands" add constraint "salary_bands_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "provider_plans" add constraint "provider_plans_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "provider_plans" add constraint "provider_plans_provider_id_foreign" foreign key ("provider_id") references "employees" ("id") on update cascade;`);

    this.addSql(`alter table "compensation_proposals" add constraint "compensation_proposals_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "compensation_proposals" add constraint "compensation_proposals_cycle_id_foreign" foreign key ("cycle_id") references "compensation_cycles" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "compensation_proposals" add constraint "compensation_proposals_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade;`);
    this.addSql(`alter table "compensation_proposals" add constraint "compensation_proposals_proposed_by_id_foreign" foreign key ("proposed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "productivity_targets" add constraint "productivity_targets_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "productivity_targets" add constraint "productivity_targets_provider_id_foreign" foreign key ("provider_id") references "employees" ("id") on update cascade;`);

    this.addSql(`alter table "encounters" add constraint "encounters_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "encounters" add constraint "encounters_provider_id_foreign" foreign key ("provider_id") references "employees" ("id") on update cascade;`);
    this.addSql(`alter table "encounters" add constraint "encounters_location_id_foreign" foreign key ("location_id") references "locations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "service_lines" add constraint "service_lines_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_lines" add constraint "service_lines_encounter_id_foreign" foreign key ("encounter_id") references "encounters" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_lines" add constraint "service_lines_provider_id_foreign" foreign key ("provider_id") references "employees" ("id") on update cascade;`);

    this.addSql(`alter table "compensation_records" add constraint "compensation_records_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "compensation_records" add constraint "compensation_records_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade;`);
    this.addSql(`alter table "compensation_records" add constraint "compensation_records_cycle_id_foreign" foreign key ("cycle_id") references "compensation_cycles" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "collections" add constraint "collections_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "collections" add constraint "collections_encounter_id_foreign" foreign key ("encounter_id") references "encounters" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "collections" add constraint "collections_provider_id_foreign" foreign key ("provider_id") references "employees" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "compensation_proposals" drop constraint "compensation_proposals_cycle_id_foreign";`);

    this.addSql(`alter table "compensation_records" drop constraint "compensation_records_cycle_id_foreign";`);

    this.addSql(`alter table "service_lines" drop constraint "service_lines_encounter_id_foreign";`);

    this.addSql(`alter table "collections" drop constraint "collections_encounter_id_foreign";`);

    this.addSql(`drop table if exists "compensation_cycles" cascade;`);

    this.addSql(`drop table if exists "procedure_codes" cascade;`);

    this.addSql(`drop table if exists "salary_bands" cascade;`);

    this.addSql(`drop table if exists "provider_plans" cascade;`);

    this.addSql(`drop table if exists "compensation_proposals" cascade;`);

    this.addSql(`drop table if exists "productivity_targets" cascade;`);

    this.addSql(`drop table if exists "encounters" cascade;`);

    this.addSql(`drop table if exists "service_lines" cascade;`);

    this.addSql(`drop table if exists "compensation_records" cascade;`);

    this.addSql(`drop table if exists "collections" cascade;`);
  }

}
