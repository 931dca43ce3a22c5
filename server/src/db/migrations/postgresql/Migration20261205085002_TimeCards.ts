import { Migration } from '@mikro-orm/migrations';

export class Migration20261205085002_TimeCards extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "time_card_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "workweek_starts_on" smallint not null default 7, "rule_set" text check ("rule_set" in ('FLSA', 'CALIFORNIA')) not null default 'FLSA', "rounding_minutes" smallint not null default 0, "adp_company_code" varchar(10) null, constraint "time_card_settings_pkey" primary key ("id"));`);
    this.addSql(`create index "time_card_settings_organization_id_index" on "time_card_settings" ("organization_id");`);
    this.addSql(`alter table "time_card_settings" add constraint "time_card_settings_organization_id_unique" unique ("organization_id");`);

    this.addSql(`create table "payroll_exports" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "number" int not null, "period_start" date not null, "period_end" date not null, "card_count" int not null, "exported_by_id" uuid null, constraint "payroll_exports_pkey" primary key ("id"));`);
    this.addSql(`create index "payroll_exports_organization_id_index" on "payroll_exports" ("organization_id");`);
    this.addSql(`alter table "payroll_exports" add constraint "payroll_exports_organization_id_number_unique" unique ("organization_id", "number");`);

    this.addSql(`create table "time_cards" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "employee_id" uuid not null, "week_start" date not null, "status" text check ("status" in ('OPEN', 'SUBMITTED', 'APPROVED', 'LOCKED', 'EXPORTED')) not null default 'OPEN', "revision" int not null default 0, "worked_minutes" int not null default 0, "regular_minutes" int not null default 0, "overtime_minutes" int not null default 0, "double_time_minutes" int not null default 0, "pto_minutes" int not null default 0, "sick_minutes" int not null default 0, "meal_premiums" int not null default 0, "open_shifts" int not null default 0, "submitted_at" timestamptz null, "approved_at" timestamptz null, "approved_by_id" uuid null, "export_batch_id" uuid null, constraint "time_cards_pkey" primary key ("id"));`);
    this.addSql(`create index "time_cards_organization_id_index" on "time_cards" ("organization_id");`);
    this.addSql(`create index "time_cards_employee_id_index" on "time_cards" ("employee_id");`);
    this.addSql(`create index "time_cards_organization_id_week_start_status_index" on "time_cards" ("organization_id", "week_start", "status");`);
    this.addSql(`alter table "time_cards" add constraint "time_cards_organization_id_employee_id_week_start_unique" unique ("organization_id", "employee_id", "week_start");`);

    this.addSql(`create table "time_entries" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "card_id" uuid not null, "employee_id" uuid not null, "kind" text check ("kind" in ('WORK', 'PTO', 'SICK')) not null, "day" date not null, "clock_in" timestamptz null, "meal_start" timestamptz null, "meal_end" timestamptz null, "clock_out" timestamptz null, "minutes" int not null default 0, "cost_centre_id" uuid null, "revision" int not null, "superseded_in" int null, "replaces_id" uuid null, "entered_by_id" uuid null, constraint "time_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "time_entries_organization_id_index" on "time_entries" ("organization_id");`);
    this.addSql(`create index "time_entries_card_id_index" on "time_entries" ("card_id");`);
    this.addSql(`create index "time_entries_organization_id_employee_id_clock_in_index" on "time_entries" ("organization_id", "employee_id", "clock_in");`);

    this.addSql(`create table "time_card_corrections" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "card_id" uuid not null, "revision" int not null, "reason" varchar(500) not null, "corrected_by_id" uuid null, constraint "time_card_corrections_pkey" primary key ("id"));`);
    this.addSql(`create index "time_card_corrections_organization_id_index" on "time_card_corrections" ("organization_id");`);
    this.addSql(`create index "time_card_corrections_card_id_index" on "time_card_corrections" ("card_id");`);

    this.addSql(`alter table "time_card_settings" add constraint "time_card_settings_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "payroll_exports" add constraint "payroll_exports_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "payroll_exports" add constraint "payroll_exports_exported_by_id_foreign" foreign key ("exported_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "time_cards" add constraint "time_cards_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "time_cards" add constraint "time_cards_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade;`);
    this.addSql(`alter table "time_cards" add constraint "time_cards_approved_by_id_foreign" foreign key ("approved_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "time_cards" add constraint "time_cards_export_batch_id_foreign" foreign key ("export_batch_id") references "payroll_exports" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "time_entries" add constraint "time_entries_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "time_entries" add constraint "time_entries_card_id_foreign" foreign key ("card_id") references "time_cards" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "time_entries" add constraint "time_entries_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade;`);
    this.addSql(`alter table "time_entries" add constraint "time_entries_cost_centre_id_foreign" foreign key ("cost_centre_id") references "cost_centres" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "time_entries" add constraint "time_entries_replaces_id_foreign" foreign key ("replaces_id") references "time_entries" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "time_entries" add constraint "time_entries_entered_by_id_foreign" foreign key ("entered_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "time_card_corrections" add constraint "time_card_corrections_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "time_card_corrections" add constraint "time_card_corrections_card_id_foreign" foreign key ("card_id") references "time_cards" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "time_card_corrections" add constraint "time_card_corrections_corrected_by_id_foreign" foreign key ("corrected_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "time_cards" drop constraint "time_cards_export_batch_id_foreign";`);

    this.addSql(`alter table "time_entries" drop constraint "time_entries_card_id_foreign";`);

    this.addSql(`alter table "time_card_corrections" drop constraint "time_card_corrections_card_id_foreign";`);

    this.addSql(`alter table "time_entries" drop constraint "time_entries_replaces_id_foreign";`);

    this.addSql(`drop table if exists "time_card_settings" cascade;`);

    this.addSql(`drop table if exists "payroll_exports" cascade;`);

    this.addSql(`drop table if exists "time_cards" cascade;`);

    this.addSql(`drop table if exists "time_entries" cascade;`);

    this.addSql(`drop table if exists "time_card_corrections" cascade;`);
  }

}
