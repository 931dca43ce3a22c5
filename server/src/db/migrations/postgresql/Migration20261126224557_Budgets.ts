import { Migration } from '@mikro-orm/migrations';

export class Migration20261126224557_Budgets extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cost_centres" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "name" varchar(120) not null, "department_id" uuid null, "location_id" uuid null, constraint "cost_centres_pkey" primary key ("id"));`);
    this.addSql(`create index "cost_centres_organization_id_index" on "cost_centres" ("organization_id");`);
    this.addSql(`alter table "cost_centres" add constraint "cost_centres_organization_id_name_unique" unique ("organization_id", "name");`);

    this.addSql(`create table "budgets" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "fiscal_year" int not null, "budget_version" text check ("budget_version" in ('ORIGINAL', 'REVISED', 'FORECAST')) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'LOCKED')) not null default 'DRAFT', "start_month" int not null, "rejection_comment" text null, "submitted_at" timestamptz null, "approved_at" timestamptz null, constraint "budgets_pkey" primary key ("id"));`);
    this.addSql(`create index "budgets_organization_id_index" on "budgets" ("organization_id");`);
    this.addSql(`alter table "budgets" add constraint "budgets_organization_id_fiscal_year_budget_version_unique" unique ("organization_id", "fiscal_year", "budget_version");`);

    this.addSql(`create table "accounts" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "code" varchar(20) not null, "name" varchar(120) not null, "kind" text check ("kind" in ('REVENUE', 'EXPENSE')) not null, "group" text check ("group" in ('PATIENT_REVENUE', 'OTHER_REVENUE', 'PROVIDER_SALARIES', 'STAFF_SALARIES', 'BENEFITS', 'OCCUPANCY', 'MEDICAL_SUPPLIES', 'OFFICE_SUPPLIES', 'EQUIPMENT', 'MARKETING', 'IT', 'INSURANCE', 'PROFESSIONAL_FEES', 'OTHER_EXPENSE')) not null, "active" boolean not null default true, constraint "accounts_pkey" primary key ("id"));`);
    this.addSql(`create index "accounts_organization_id_index" on "accounts" ("organization_id");`);
    this.addSql(`alter table "accounts" add constraint "accounts_organization_id_code_unique" unique ("organization_id", "code");`);

    this.addSql(`create table "ledger_entries" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "date" date not null, "account_id" uuid not null, "cost_centre_id" uuid not null, "amount" bigint not null, "source" text check ("source" in ('BILL', 'PAYROLL', 'PAYMENT', 'IMPORT', 'JOURNAL')) not null, "memo" varchar(300) null, "dedupe_key" varchar(64) not null, constraint "ledger_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "ledger_entries_organization_id_index" on "ledger_entries" ("organization_id");`);
    this.addSql(`create index "ledger_entries_organization_id_account_id_cost_cen_b5a8b_index" on "ledger_entries" ("organization_id", "account_id", "cost_centre_id", "date");`);
    this.addSql(`create index "ledger_entries_organization_id_date_index" on "ledger_entries" ("organization_id", "date");`);
    this.addSql(`alter table "ledger_entries" add constraint "ledger_entries_organization_id_dedupe_key_unique" unique ("organization_id", "dedupe_key");`);

    this.addSql(`create table "budget_lines" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "budget_id" uuid not null, "account_id" uuid not null, "cost_centre_id" uuid not null, "m01" bigint not null default 0, "m02" bigint not null default 0, "m03" bigint not null default 0, "m04" bigint not null default 0, "m05" bigint not null default 0, "m06" bigint not null default 0, "m07" bigint not null default 0, "m08" bigint not null default 0, "m09" bigint not null default 0, "m10" bigint not null default 0, "m11" bigint not null default 0, "m12" bigint not null default 0, constraint "budget_lines_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_lines_organization_id_index" on "budget_lines" ("organization_id");`);
    this.addSql(`create index "budget_lines_budget_id_index" on "budget_lines" ("budget_id");`);
    this.addSql(`alter table "budget_lines" add constraint "budget_lines_budget_id_account_id_cost_centre_id_unique" unique ("budget_id", "account_id", "cost_centre_id");`);

    this.addSql(`create table "account_mappings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "external_name" varchar(200) not null, "account_id" uuid not null, constraint "account_mappings_pkey" primary key ("id"));`);
    this.addSql(`create index "account_mappings_organization_id_index" on "account_mappings" ("organization_id");`);
    this.addSql(`alter table "account_mappings" add constraint "account_mappings_organization_id_external_name_unique" unique ("organization_id", "external_name");`);

    this.addSql(`alter table "cost_centres" add constraint "cost_centres_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cost_centres" add constraint "cost_centres_department_id_foreign" foreign key ("department_id") references "departments" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cost_centres" add constraint "cost_centres_location_id_foreign" foreign key ("location_id") references "locations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "budgets" add constraint "budgets_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accounts" add constraint "accounts_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ledger_entries" add constraint "ledger_entries_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ledger_entries" add constraint "ledger_entries_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);
    this.addSql(`alter table "ledger_entries" add constraint "ledger_entries_cost_centre_id_foreign" foreign key ("cost_centre_id") references "cost_centres" ("id") on update cascade;`);

    this.addSql(`alter table "budget_lines" add constraint "budget_lines_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "budget_lines" add constraint "budget_lines_budget_id_foreign" foreign key ("budget_id") references "budgets" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "budget_lines" add constraint "budget_lines_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);
    this.addSql(`alter table "budget_lines" add constraint "budget_lines_cost_centre_id_foreign" foreign key ("cost_centre_id") references "cost_centres" ("id") on update cascade;`);

    this.addSql(`alter table "account_mappings" add constraint "account_mappings_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_mappings" add constraint "account_mappings_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);

    this.addSql(`alter table "organizations" add column "variance_threshold_bps" int not null default 1000, add column "budget_check_mode" text check ("budget_check_mode" in ('IGNORE', 'WARN', 'STOP')) not null default 'WARN';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ledger_entries" drop constraint "ledger_entries_cost_centre_id_foreign";`);

    this.addSql(`alter table "budget_lines" drop constraint "budget_lines_cost_centre_id_foreign";`);

    this.addSql(`alter table "budget_lines" drop constraint "budget_lines_budget_id_foreign";`);

    this.addSql(`alter table "ledger_entries" drop constraint "ledger_entries_account_id_foreign";`);

    this.addSql(`alter table "budget_lines" drop constraint "budget_lines_account_id_foreign";`);

    this.addSql(`alter table "account_mappings" drop constraint "account_mappings_account_id_foreign";`);

    this.addSql(`drop table if exists "cost_centres" cascade;`);

    this.addSql(`drop table if exists "budgets" cascade;`);

    this.addSql(`drop table if exists "accounts" cascade;`);

    this.addSql(`drop table if exists "ledger_entries" cascade;`);

    this.addSql(`drop table if exists "budget_lines" cascade;`);

    this.addSql(`drop table if exists "account_mappings" cascade;`);

    this.addSql(`alter table "organizations" drop column "variance_threshold_bps", drop column "budget_check_mode";`);
  }

}
