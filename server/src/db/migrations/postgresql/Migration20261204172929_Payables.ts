import { Migration } from '@mikro-orm/migrations';

export class Migration20261204172929_Payables extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "payables_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "basis" text check ("basis" in ('ACCRUAL', 'CASH')) not null default 'ACCRUAL', "approval_limits" jsonb not null, "separate_approver_and_payer" boolean not null default true, "near_duplicate_days" int not null default 5, constraint "payables_settings_pkey" primary key ("id"));`);
    this.addSql(`create index "payables_settings_organization_id_index" on "payables_settings" ("organization_id");`);
    this.addSql(`alter table "payables_settings" add constraint "payables_settings_organization_id_unique" unique ("organization_id");`);

    this.addSql(`create table "vendors" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "name" varchar(160) not null, "category" text check ("category" in ('MEDICAL_SUPPLIES', 'VACCINES_AND_DRUGS', 'LAB', 'RENT', 'UTILITIES', 'IT', 'EQUIPMENT', 'OFFICE_SUPPLIES', 'INSURANCE', 'PROFESSIONAL_SERVICES', 'SERVICES', 'OTHER')) not null, "default_account_id" uuid null, "default_cost_centre_id" uuid null, "terms_days" int not null default 30, "discount_bps" int not null default 0, "discount_days" int not null default 0, "remit_to" text null, "tax_id" varchar(20) null, "is1099" boolean not null default false, "active" boolean not null default true, constraint "vendors_pkey" primary key ("id"));`);
    this.addSql(`create index "vendors_organization_id_index" on "vendors" ("organization_id");`);
    this.addSql(`alter table "vendors" add constraint "vendors_organization_id_name_unique" unique ("organization_id", "name");`);

    this.addSql(`create table "bills" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "vendor_id" uuid not null, "invoice_number" varchar(60) not null, "invoice_key" varchar(60) not null, "invoice_date" date not null, "due_date" date not null, "discount_date" date null, "discount_amount" bigint not null default 0, "total" bigint not null, "amount_paid" bigint not null default 0, "discount_taken" bigint not null default 0, "status" text check ("status" in ('RECEIVED', 'APPROVED', 'SCHEDULED', 'PARTIALLY_PAID', 'PAID', 'VOID')) not null default 'RECEIVED', "memo" text null, "entered_by_id" uuid null, "approved_by_id" uuid null, "approved_at" timestamptz null, "paid_on" date null, "void_reason" text null, constraint "bills_pkey" primary key ("id"));`);
    this.addSql(`create index "bills_organization_id_index" on "bills" ("organization_id");`);
    this.addSql(`create unique index "bills_vendor_invoice_unique" on "bills" ("organization_id", "vendor_id", "invoice_key") where "status" <> 'VOID';`);
    this.addSql(`create index "bills_organization_id_vendor_id_invoice_date_index" on "bills" ("organization_id", "vendor_id", "invoice_date");`);
    this.addSql(`create index "bills_organization_id_status_due_date_index" on "bills" ("organization_id", "status", "due_date");`);

    this.addSql(`create table "bill_payments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "bill_id" uuid not null, "paid_on" date not null, "amount" bigint not null, "discount" bigint not null default 0, "method" text check ("method" in ('CHECK', 'ACH', 'CARD', 'CASH')) not null, "reference" varchar(80) null, "paid_by_id" uuid null, "voided_at" timestamptz null, "void_reason" text null, constraint "bill_payments_pkey" primary key ("id"));`);
    this.addSql(`create index "bill_payments_organization_id_index" on "bill_payments" ("organization_id");`);
    this.addSql(`create index "bill_payments_bill_id_index" on "bill_payments" ("bill_id");`);

    this.addSql(`create table "bill_lines" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "bill_id" uuid not null, "position" smallint not null, "account_id" uuid not null, "cost_centre_id" uuid not null, "description" varchar(300) null, "amount" bigint not null, constraint "bill_lines_pkey" primary key ("id"));`);
    this.addSql(`create index "bill_lines_organization_id_index" on "bill_lines" ("organization_id");`);
    this.addSql(`create index "bill_lines_bill_id_index" on "bill_lines" ("bill_id");`);

    this.addSql(`create table "bill_attachments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "bill_id" uuid not null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size" int not null, "storage_key" varchar(200) not null, constraint "bill_attachments_pkey" primary key ("id"));`);
    this.addSql(`create index "bill_attachments_organization_id_index" on "bill_attachments" ("organization_id");`);
    this.addSql(`create index "bill_attachments_bill_id_index" on "bill_attachments" ("bill_id");`);

    this.addSql(`alter table "payables_settings" add constraint "payables_settings_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "vendors" add constraint "vendors_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "vendors" add constraint "vendors_default_account_id_foreign" foreign key ("default_account_id") references "accounts" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "vendors" add constraint "vendors_default_cost_centre_id_foreign" foreign key ("default_cost_centre_id") references "cost_centres" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "bills" add constraint "bills_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bills" add constraint "bills_vendor_id_foreign" foreign key ("vendor_id") references "vendors" ("id") on update cascade;`);
    this.addSql(`alter table "bills" add constraint "bills_entered_by_id_foreign" foreign key ("entered_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "bills" add constraint "bills_approved_by_id_foreign" foreign key ("approved_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "bill_payments" add constraint "bill_payments_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bill_payments" add constraint "bill_payments_bill_id_foreign" foreign key ("bill_id") references "bills" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bill_payments" add constraint "bill_payments_paid_by_id_foreign" foreign key ("paid_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "bill_lines" add constraint "bill_lines_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bill_lines" add constraint "bill_lines_bill_id_foreign" foreign key ("bill_id") references "bills" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bill_lines" add constraint "bill_lines_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);
    this.addSql(`alter table "bill_lines" add constraint "bill_lines_cost_centre_id_foreign" foreign key ("cost_centre_id") references "cost_centres" ("id") on update cascade;`);

    this.addSql(`alter table "bill_attachments" add constraint "bill_attachments_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bill_attachments" add constraint "bill_attachments_bill_id_foreign" foreign key ("bill_id") references "bills" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bills" drop constraint "bills_vendor_id_foreign";`);

    this.addSql(`alter table "bill_payments" drop constraint "bill_payments_bill_id_foreign";`);

    this.addSql(`alter table "bill_lines" drop constraint "bill_lines_bill_id_foreign";`);

    this.addSql(`alter table "bill_attachments" drop constraint "bill_attachments_bill_id_foreign";`);

    this.addSql(`drop table if exists "payables_settings" cascade;`);

    this.addSql(`drop table if exists "vendors" cascade;`);

    this.addSql(`drop table if exists "bills" cascade;`);

    this.addSql(`drop table if exists "bill_payments" cascade;`);

    this.addSql(`drop table if exists "bill_lines" cascade;`);

    this.addSql(`drop table if exists "bill_attachments" cascade;`);
  }

}
