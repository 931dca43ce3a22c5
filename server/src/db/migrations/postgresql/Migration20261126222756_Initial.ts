import { Migration } from '@mikro-orm/migrations';

export class Migration20261126222756_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organizations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "slug" varchar(80) not null, "fiscal_year_start_month" int not null default 1, "currency" varchar(3) not null default 'USD', "time_zone" varchar(64) not null default 'America/New_York', constraint "organizations_pkey" primary key ("id"));`);
    this.addSql(`alter table "organizations" add constraint "organizations_slug_unique" unique ("slug");`);

    this.addSql(`create table "locations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "name" varchar(120) not null, "address" varchar(200) null, constraint "locations_pkey" primary key ("id"));`);
    this.addSql(`create index "locations_organization_id_index" on "locations" ("organization_id");`);
    this.addSql(`alter table "locations" add constraint "locations_organization_id_name_unique" unique ("organization_id", "name");`);

    this.addSql(`create table "departments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "name" varchar(120) not null, constraint "departments_pkey" primary key ("id"));`);
    this.addSql(`create index "departments_organization_id_index" on "departments" ("organization_id");`);
    this.addSql(`alter table "departments" add constraint "departments_organization_id_name_unique" unique ("organization_id", "name");`);

    this.addSql(`create table "positions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "title" varchar(160) not null, "category" text check ("category" in ('PHYSICIAN', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'NURSE_MIDWIFE', 'CLINICAL_STAFF', 'ADMINISTRATIVE_STAFF', 'MANAGEMENT')) not null, "tier" text check ("tier" in ('EXECUTIVE', 'MANAGER', 'PROVIDER', 'STAFF')) not null, "department_id" uuid null, "location_id" uuid null, "opened_on" date not null, "closed_on" date null, constraint "positions_pkey" primary key ("id"));`);
    this.addSql(`create index "positions_organization_id_index" on "positions" ("organization_id");`);

    this.addSql(`create table "reporting_lines" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "position_id" uuid not null, "reports_to_id" uuid null, "clinical_supervisor_id" uuid null, "effective_from" date not null, "effective_to" date null, constraint "reporting_lines_pkey" primary key ("id"));`);
    this.addSql(`create index "reporting_lines_organization_id_index" on "reporting_lines" ("organization_id");`);
    this.addSql(`create index "reporting_lines_position_id_index" on "reporting_lines" ("position_id");`);
    this.addSql(`create index "reporting_lines_organization_id_effective_from_index" on "reporting_lines" ("organization_id", "effective_from");`);

    this.addSql(`create table "users" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "display_name" varchar(200) not null, "password_hash" varchar(200) not null, "failed_login_count" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(`create table "sessions" ("token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "sessions_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(`create table "memberships" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "organization_id" uuid not null, "role" text check ("role" in ('OFFICE_MANAGER', 'PRACTICE_MANAGER', 'ADMINISTRATOR', 'PHYSICIAN_OWNER', 'CONSULTANT', 'ASSISTANT', 'PROVIDER', 'STAFF')) not null, "ends_on" date null, constraint "memberships_pkey" primary key ("id"));`);
    this.addSql(`create index "memberships_organization_id_index" on "memberships" ("organization_id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_organization_id_unique" unique ("user_id", "organization_id");`);

    this.addSql(`create table "employees" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "work_email" varchar(254) not null, "category" text check ("category" in ('PHYSICIAN', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'NURSE_MIDWIFE', 'CLINICAL_STAFF', 'ADMINISTRATIVE_STAFF', 'MANAGEMENT')) not null, "employment_type" text check ("employment_type" in ('FULL_TIME', 'PART_TIME', 'PER_DIEM', 'CONTRACTOR')) not null default 'FULL_TIME', "fte_hundredths" int not null default 100, "hire_date" date not null, "end_date" date null, "user_id" uuid null, constraint "employees_pkey" primary key ("id"));`);
    this.addSql(`create index "employees_organization_id_index" on "employees" ("organization_id");`);

    this.addSql(`create table "assignments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "employee_id" uuid not null, "position_id" uuid not null, "start_date" date not null, "end_date" date null, constraint "assignments_pkey" primary key ("id"));`);
    this.addSql(`create index "assignments_organization_id_index" on "assignments" ("organization_id");`);
    this.addSql(`create index "assignments_employee_id_index" on "assignments" ("employee_id");`);
    this.addSql(`create index "assignments_position_id_index" on "assignments" ("position_id");`);
    this.addSql(`create index "assignments_organization_id_start_date_index" on "assignments" ("organization_id", "start_date");`);

    this.addSql(`create table "audit_entries" ("id" uuid not null, "organization_id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "actor_role" text check ("actor_role" in ('OFFICE_MANAGER', 'PRACTICE_MANAGER', 'ADMINISTRATOR', 'PHYSICIAN_OWNER', 'CONSULTANT', 'ASSISTANT', 'PROVIDER', 'STAFF')) null, "action" text check ("action" in ('CREATE', 'UPDATE', 'DELETE', 'READ')) not null, "entity_name" varchar(80) not null, "entity_id" varchar(64) not null, "before" jsonb null, "after" jsonb null, "correlation_id" varchar(64) null, constraint "audit_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entries_organization_id_at_index" on "audit_entries" ("organization_id", "at");`);

    this.addSql(`alter table "locations" add constraint "locations_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "departments" add constraint "departments_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "positions" add constraint "positions_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "positions" add constraint "positions_department_id_foreign" foreign key ("department_id") references "departments" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "positions" add constraint "positions_location_id_foreign" foreign key ("location_id") references "locations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "reporting_lines" add constraint "reporting_lines_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reporting_lines" add constraint "reporting_lines_position_id_foreign" foreign key ("position_id") references "positions" ("id") on update cascade;`);
    this.addSql(`alter table "reporting_lines" add constraint "reporting_lines_reports_to_id_foreign" foreign key ("reports_to_id") references "positions" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "reporting_lines" add constraint "reporting_lines_clinical_supervisor_id_foreign" foreign key ("clinical_supervisor_id") references "positions" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "employees" add constraint "employees_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "employees" add constraint "employees_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "assignments" add constraint "assignments_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assignments" add constraint "assignments_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade;`);
    this.addSql(`alter table "assignments" add constraint "assignments_position_id_foreign" foreign key ("position_id") references "positions" ("id") on update cascade;`);

    this.addSql(`alter table "audit_entries" add constraint "audit_entries_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit_entries" add constraint "audit_entries_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "locations" drop constraint "locations_organization_id_foreign";`);

    this.addSql(`alter table "departments" drop constraint "departments_organization_id_foreign";`);

    this.addSql(`alter table "positions" drop constraint "positions_organization_id_foreign";`);

    this.addSql(`alter table "reporting_lines" drop constraint "reporting_lines_organization_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_organization_id_foreign";`);

    this.addSql(`alter table "employees" drop constraint "employees_organization_id_foreign";`);

    this.addSql(`alter table "assignments" drop constraint "assignments_organization_id_foreign";`);

    this.addSql(`alter table "audit_entries" drop constraint "audit_entries_organization_id_foreign";`);

    this.addSql(`alter table "positions" drop constraint "positions_location_id_foreign";`);

    this.addSql(`alter table "positions" drop constraint "positions_department_id_foreign";`);

    this.addSql(`alter table "reporting_lines" drop constraint "reporting_lines_position_id_foreign";`);

    this.addSql(`alter table "reporting_lines" drop constraint "reporting_lines_reports_to_id_foreign";`);

    this.addSql(`alter table "reporting_lines" drop constraint "reporting_lines_clinical_supervisor_id_foreign";`);

    this.addSql(`alter table "assignments" drop constraint "assignments_position_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_user_id_foreign";`);

    this.addSql(`alter table "employees" drop constraint "employees_user_id_foreign";`);

    this.addSql(`alter table "audit_entries" drop constraint "audit_entries_actor_id_foreign";`);

    this.addSql(`alter table "assignments" drop constraint "assignments_employee_id_foreign";`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "locations" cascade;`);

    this.addSql(`drop table if exists "departments" cascade;`);

    this.addSql(`drop table if exists "positions" cascade;`);

    this.addSql(`drop table if exists "reporting_lines" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "memberships" cascade;`);

    this.addSql(`drop table if exists "employees" cascade;`);

    this.addSql(`drop table if exists "assignments" cascade;`);

    this.addSql(`drop table if exists "audit_entries" cascade;`);
  }

}
