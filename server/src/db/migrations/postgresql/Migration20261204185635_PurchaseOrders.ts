import { Migration } from '@mikro-orm/migrations';

export class Migration20261204185635_PurchaseOrders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "purchase_orders" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "number" varchar(20) not null, "vendor_id" uuid not null, "status" text check ("status" in ('DRAFT', 'APPROVED', 'ORDERED', 'PARTLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED')) not null default 'DRAFT', "total" bigint not null default 0, "ordered_on" date null, "expected_on" date null, "memo" text null, "created_by_id" uuid null, "approved_by_id" uuid null, "approved_at" timestamptz null, constraint "purchase_orders_pkey" primary key ("id"));`);
    this.addSql(`create index "purchase_orders_organization_id_index" on "purchase_orders" ("organization_id");`);
    this.addSql(`create index "purchase_orders_organization_id_status_index" on "purchase_orders" ("organization_id", "status");`);
    this.addSql(`alter table "purchase_orders" add constraint "purchase_orders_organization_id_number_unique" unique ("organization_id", "number");`);

    this.addSql(`create table "purchase_order_lines" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "order_id" uuid not null, "position" smallint not null, "description" varchar(300) not null, "account_id" uuid not null, "cost_centre_id" uuid not null, "quantity" int not null, "unit_price" bigint not null, "amount" bigint not null, "quantity_received" int not null default 0, "quantity_billed" int not null default 0, constraint "purchase_order_lines_pkey" primary key ("id"));`);
    this.addSql(`create index "purchase_order_lines_organization_id_index" on "purchase_order_lines" ("organization_id");`);
    this.addSql(`create index "purchase_order_lines_order_id_index" on "purchase_order_lines" ("order_id");`);

    this.addSql(`create table "purchase_receipts" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "line_id" uuid not null, "received_on" date not null, "quantity" int not null, "received_by_id" uuid null, "note" varchar(300) null, constraint "purchase_receipts_pkey" primary key ("id"));`);
    this.addSql(`create index "purchase_receipts_organization_id_index" on "purchase_receipts" ("organization_id");`);
    this.addSql(`create index "purchase_receipts_line_id_index" on "purchase_receipts" ("line_id");`);

    this.addSql(`alter table "purchase_orders" add constraint "purchase_orders_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "purchase_orders" add constraint "purchase_orders_vendor_id_foreign" foreign key ("vendor_id") references "vendors" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_orders" add constraint "purchase_orders_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "purchase_orders" add constraint "purchase_orders_approved_by_id_foreign" foreign key ("approved_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "purchase_order_lines" add constraint "purchase_order_lines_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "purchase_order_lines" add constraint "purchase_order_lines_order_id_foreign" foreign key ("order_id") references "purchase_orders" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "purchase_order_lines" add constraint "purchase_order_lines_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_order_lines" add constraint "purchase_order_lines_cost_centre_id_foreign" foreign key ("cost_centre_id") references "cost_centres" ("id") on update cascade;`);

    this.addSql(`alter table "purchase_receipts" add constraint "purchase_receipts_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "purchase_receipts" add constraint "purchase_receipts_line_id_foreign" foreign key ("line_id") references "purchase_order_lines" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "purchase_receipts" add constraint "purchase_receipts_received_by_id_foreign" foreign key ("received_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "payables_settings" add column "match_tolerance_bps" int not null default 200, add column "match_tolerance_max" bigint not null default 10000;`);

    this.addSql(`alter table "bills" add column "hold_reason" text null;`);

    this.addSql(`alter table "bill_lines" add column "po_line_id" uuid null, add column "quantity" int null, add column "unit_price" bigint null;`);
    this.addSql(`alter table "bill_lines" add constraint "bill_lines_po_line_id_foreign" foreign key ("po_line_id") references "purchase_order_lines" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "purchase_order_lines" drop constraint "purchase_order_lines_order_id_foreign";`);

    this.addSql(`alter table "purchase_receipts" drop constraint "purchase_receipts_line_id_foreign";`);

    this.addSql(`alter table "bill_lines" drop constraint "bill_lines_po_line_id_foreign";`);

    this.addSql(`drop table if exists "purchase_orders" cascade;`);

    this.addSql(`drop table if exists "purchase_order_lines" cascade;`);

    this.addSql(`drop table if exists "purchase_receipts" cascade;`);

    this.addSql(`alter table "bill_lines" drop column "po_line_id", drop column "quantity", drop column "unit_price";`);

    this.addSql(`alter table "bills" drop column "hold_reason";`);

    this.addSql(`alter table "payables_settings" drop column "match_tolerance_bps", drop column "match_tolerance_max";`);
  }

}
