import { Migration } from '@mikro-orm/migrations';

export class Migration20261204223655_RecurringBills extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "recurring_bills" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "name" varchar(120) not null, "vendor_id" uuid not null, "frequency" text check ("frequency" in ('MONTHLY', 'QUARTERLY', 'ANNUALLY')) not null, "next_on" date not null, "ends_on" date null, "lines" jsonb not null, "total" bigint not null, "memo" text null, "active" boolean not null default true, "bills_created" int not null default 0, "created_by_id" uuid null, constraint "recurring_bills_pkey" primary key ("id"));`);
    this.addSql(`create index "recurring_bills_organization_id_index" on "recurring_bills" ("organization_id");`);
    this.addSql(`create index "recurring_bills_organization_id_active_next_on_index" on "recurring_bills" ("organization_id", "active", "next_on");`);

    this.addSql(`alter table "recurring_bills" add constraint "recurring_bills_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "recurring_bills" add constraint "recurring_bills_vendor_id_foreign" foreign key ("vendor_id") references "vendors" ("id") on update cascade;`);
    this.addSql(`alter table "recurring_bills" add constraint "recurring_bills_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recurring_bills" cascade;`);
  }

}
